#include "chain/state/state_witness.h"

#include <string>

#include "chain/core/core_errc.h"

namespace wb::state {
namespace {

Result<std::uint32_t> readCount(Reader& in, std::string_view field, std::uint32_t max) {
  WB_TRY_ASSIGN(count, in.u32(field));
  if (*count > max) {
    return fail(CoreErrc::DecodeFieldTooLong,
                std::string(field) + ": " + std::to_string(*count) + " is more than " + std::to_string(max));
  }
  return *count;
}

}  // namespace

void writeProvenValue(Writer& out, const ProvenValue& p) {
  out.u8(p.value ? 1 : 0);
  if (p.value) out.var(*p.value);
  out.u32(static_cast<std::uint32_t>(p.proof.siblings.size()));
  for (const Hash32& h : p.proof.siblings) out.fixed(h);
  out.u8(static_cast<std::uint8_t>(p.proof.end));
  if (p.proof.end == ProofEnd::OtherLeaf) out.fixed(p.proof.otherLeafKey).fixed(p.proof.otherValueHash);
}

Result<ProvenValue> readProvenValue(Reader& in) {
  ProvenValue p;
  WB_TRY_ASSIGN(hasValue, in.u8("value flag"));
  if (*hasValue > 1) return fail(CoreErrc::DecodeBadValue, "value flag must be 0 or 1");
  if (*hasValue == 1) {
    WB_TRY_ASSIGN(value, in.var("value", kMaxWitnessValueBytes));
    p.value = std::move(*value);
  }
  WB_TRY_ASSIGN(count, readCount(in, "siblings", kMaxWitnessSiblings));
  p.proof.siblings.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(sibling, in.fixed<32>("siblings"));
    p.proof.siblings.push_back(*sibling);
  }
  WB_TRY_ASSIGN(end, in.u8("end"));
  if (*end > static_cast<std::uint8_t>(ProofEnd::OtherLeaf)) {
    return fail(CoreErrc::DecodeBadValue, "unknown proof end " + std::to_string(*end));
  }
  p.proof.end = static_cast<ProofEnd>(*end);
  if ((p.proof.end == ProofEnd::Leaf) != p.value.has_value()) {
    return fail(CoreErrc::DecodeBadValue, "a proof ends in its own leaf exactly when it carries a value");
  }
  if (p.proof.end == ProofEnd::OtherLeaf) {
    WB_TRY_ASSIGN(otherKey, in.fixed<32>("other leafkey"));
    WB_TRY_ASSIGN(otherValue, in.fixed<32>("other value hash"));
    p.proof.otherLeafKey = *otherKey;
    p.proof.otherValueHash = *otherValue;
  }
  return p;
}

void writeWitness(Writer& out, const ConsensusWitness& witness) {
  out.u32(static_cast<std::uint32_t>(witness.records.size()));
  for (const WitnessRecord& r : witness.records) {
    out.u8(static_cast<std::uint8_t>(r.table)).var(r.key);
    writeProvenValue(out, r.proven);
  }
}

Result<ConsensusWitness> readWitness(Reader& in) {
  ConsensusWitness witness;
  WB_TRY_ASSIGN(count, readCount(in, "witness records", kMaxWitnessRecords));
  witness.records.reserve(*count);
  for (std::uint32_t i = 0; i < *count; ++i) {
    WitnessRecord r;
    WB_TRY_ASSIGN(table, in.u8("table"));
    if (*table >= kTableCount || !isCommitted(static_cast<Table>(*table))) {
      return fail(CoreErrc::DecodeBadValue, "table " + std::to_string(*table) + " is not in the state tree");
    }
    r.table = static_cast<Table>(*table);
    WB_TRY_ASSIGN(key, in.var("key", kMaxWitnessKeyBytes));
    r.key = std::move(*key);
    WB_TRY_ASSIGN(proven, readProvenValue(in));
    r.proven = std::move(*proven);
    witness.records.push_back(std::move(r));
  }
  return witness;
}

Bytes encodeWitness(const ConsensusWitness& witness) {
  Writer w;
  writeWitness(w, witness);
  return std::move(w).take();
}

Result<ConsensusWitness> decodeWitness(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(witness, readWitness(r));
  WB_TRY(r.finish());
  return std::move(*witness);
}

}  // namespace wb::state
