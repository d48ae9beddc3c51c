#include "chain/light/proof_check.h"

#include <string>

#include "chain/core/short_hex.h"
#include "chain/light/header_chain.h"
#include "chain/light/light_errc.h"
#include "chain/state/state_errc.h"
#include "chain/state/state_tree.h"

namespace wb::light {
namespace {

constexpr std::size_t kMaxSiblings = 256;  // one per bit of a leafkey

Error malformed(const std::string& why) { return fail(LightErrc::ProofMalformed, "a malformed state proof: " + why); }

}  // namespace

Result<ProvenRecord> checkProof(const BlockHeader& header, state::Table table, ByteView key, const StateProof& proof) {
  if (!state::isCommitted(table)) {
    return malformed("table " + std::string(state::tableName(table)) + " is not in the state tree");
  }
  const BlockHash hash = blockHash(header);
  if (proof.block != hash || proof.height != header.height || proof.stateRoot != header.stateRoot) {
    return fail(LightErrc::ProofWrongBlock, "the proof is for block " + shortHex(proof.block) + " at height " +
                                                std::to_string(proof.height) + ", not for " + shortHex(hash) +
                                                " at height " + std::to_string(header.height) + " with its state root");
  }
  const state::TreeProof& path = proof.proof;
  if (path.siblings.size() > kMaxSiblings) {
    return malformed(std::to_string(path.siblings.size()) + " siblings (a path has at most 256)");
  }
  if ((path.end == state::ProofEnd::Leaf) != proof.value.has_value()) {
    return malformed("a path ends in the key's own leaf exactly when the record is present");
  }
  const Hash32 leafKey = state::treeLeafKey(table, key);
  std::optional<Hash32> valueHash;
  if (proof.value) valueHash = state::treeValueHash(*proof.value);
  const auto root = state::foldTreeProof(leafKey, valueHash, path);
  if (!root) return malformed("its path contradicts itself (another leaf equal to the key or off its path)");
  if (*root != header.stateRoot) {
    return fail(LightErrc::ProofRootMismatch, "the proof folds up to " + shortHex(*root) + ", not to the state root " +
                                                  shortHex(header.stateRoot) + " of block " + shortHex(hash));
  }
  return ProvenRecord{table, Bytes(key.begin(), key.end()), proof.value, header.height, hash};
}

Result<ProvenRecord> checkProof(const HeaderChain& chain, state::Table table, ByteView key, const StateProof& proof) {
  WB_TRY_ASSIGN(stored, chain.header(proof.block));
  const auto unknown = [&](const char* why) {
    return fail(LightErrc::ProofUnknownBlock, "the proof is for block " + shortHex(proof.block) + " at height " +
                                                  std::to_string(proof.height) + ", " + why);
  };
  if (!*stored) return unknown("which this node has no header of");
  WB_TRY_ASSIGN(best, chain.onBestBranch(proof.block));
  if (!*best) return unknown("which is not on this node's best branch");
  return checkProof((*stored)->header, table, key, proof);
}

namespace {

Result<Hash32> hashMember(const JsonValue& object, std::string_view name) {
  const JsonValue* v = object.find(name);
  const std::string* text = v ? v->asString() : nullptr;
  if (!text) return malformed("'" + std::string(name) + "' is missing or not a string");
  auto hash = hash32FromHex(*text);
  if (!hash) return malformed("'" + std::string(name) + "' is not 32 bytes of hexadecimal");
  return *hash;
}

}  // namespace

Result<StateProof> stateProofFromJson(const JsonValue& result) {
  if (!result.asObject()) return malformed("the answer is not an object");
  StateProof out;
  const JsonValue* height = result.find("height");
  const auto heightValue = height ? height->asU64() : std::nullopt;
  if (!heightValue) return malformed("'height' is missing or not a height");
  out.height = *heightValue;
  WB_TRY_ASSIGN(block, hashMember(result, "block"));
  out.block = BlockHash{*block};
  WB_TRY_ASSIGN(root, hashMember(result, "state_root"));
  out.stateRoot = *root;

  const JsonValue* value = result.find("value");
  if (!value) return malformed("'value' is missing");
  if (!value->isNull()) {
    const std::string* text = value->asString();
    auto bytes = text ? fromHex(*text) : Result<Bytes>(malformed(""));
    if (!bytes) return malformed("'value' is neither null nor hexadecimal");
    out.value = std::move(*bytes);
  }

  const JsonValue* siblings = result.find("siblings");
  const JsonArray* list = siblings ? siblings->asArray() : nullptr;
  if (!list) return malformed("'siblings' is missing or not an array");
  if (list->size() > kMaxSiblings) return malformed(std::to_string(list->size()) + " siblings");
  for (const JsonValue& s : *list) {
    const std::string* text = s.asString();
    auto hash = text ? hash32FromHex(*text) : Result<Hash32>(malformed(""));
    if (!hash) return malformed("a sibling is not 32 bytes of hexadecimal");
    out.proof.siblings.push_back(*hash);
  }

  const JsonValue* other = result.find("other");
  if (!other) return malformed("'other' is missing");
  if (other->isNull()) {
    out.proof.end = out.value ? state::ProofEnd::Leaf : state::ProofEnd::Empty;
  } else {
    if (!other->asObject()) return malformed("'other' is neither null nor an object");
    if (out.value) return malformed("a present record's path cannot end in another key's leaf");
    WB_TRY_ASSIGN(leafKey, hashMember(*other, "leafkey"));
    WB_TRY_ASSIGN(valueHash, hashMember(*other, "value_hash"));
    out.proof.end = state::ProofEnd::OtherLeaf;
    out.proof.otherLeafKey = *leafKey;
    out.proof.otherValueHash = *valueHash;
  }
  return out;
}

Result<StateProof> stateProofFromJson(std::string_view text) {
  auto parsed = parseJson(text);
  if (!parsed) return malformed("the answer is not JSON: " + parsed.error().message);
  return stateProofFromJson(*parsed);
}

Result<state::Account> provenAccount(const ProvenRecord& record) {
  if (!record.value) return state::Account{};
  return state::decodeAccount(*record.value);
}

Result<std::optional<state::Order>> provenOrder(const ProvenRecord& record) {
  if (!record.value) return std::optional<state::Order>();
  WB_TRY_ASSIGN(order, state::decodeOrder(*record.value));
  return std::optional<state::Order>(*order);
}

Result<state::Order> provenExistingOrder(const ProvenRecord& record) {
  WB_TRY_ASSIGN(order, provenOrder(record));
  if (!*order) {
    return fail(StateErrc::OrderNotFound, "order " + toHex(record.key) + " not found (proven absent at height " +
                                              std::to_string(record.height) + ")");
  }
  return **order;
}

}  // namespace wb::light
