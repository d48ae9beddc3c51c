// A consensus witness (DESIGN §11, light mode): the state records a consensus
// engine read from a block's parent state to check the block — PoS: the
// producer's account; DPoS at the start of a round: every delegate and the totals
// that count them — each with its proof against the parent's state_root. A full
// node keeps one per block it connects (chain/store/consensus_witness.h); a light
// node checks a PoS or DPoS header with it (chain/light/proven_state_view.h).
//
// Encoding (stored and on the wire): u32 count | count × record, a record being
// u8 table | var key | u8 has_value [| var value] | u32 n | n × 32 siblings |
// u8 end [| 32 other leafkey | 32 other value hash when end = OtherLeaf]. The part
// from has_value on is a proof body, also used by the P2P proof message.
#pragma once

#include <optional>
#include <vector>

#include "chain/core/encoding.h"
#include "chain/state/kv_store.h"
#include "chain/state/state_tree.h"

namespace wb::state {

inline constexpr std::uint32_t kMaxWitnessKeyBytes = 511;        // as a state key (undo logs)
inline constexpr std::uint32_t kMaxWitnessValueBytes = 1 << 16;  // a state record is a few KiB at most
inline constexpr std::uint32_t kMaxWitnessSiblings = 256;        // one per bit of a leafkey
inline constexpr std::uint32_t kMaxWitnessRecords = 4096;        // a DPoS round's delegates and the totals

// A record (or its absence: value nullopt) with its proof.
struct ProvenValue {
  std::optional<Bytes> value;
  TreeProof proof;
  bool operator==(const ProvenValue&) const = default;
};

struct WitnessRecord {
  Table table = Table::Accounts;
  Bytes key;
  ProvenValue proven;
  bool operator==(const WitnessRecord&) const = default;
};

struct ConsensusWitness {
  std::vector<WitnessRecord> records;  // ≤ kMaxWitnessRecords, in the order they were read
  bool operator==(const ConsensusWitness&) const = default;
};

// Proof bodies (has_value onwards, see the file comment).
void writeProvenValue(Writer& out, const ProvenValue& proven);
// Fails with DecodeBadValue (a flag or end out of range, a value without a Leaf
// end or a Leaf end without one), DecodeFieldTooLong and the reader's errors.
[[nodiscard]] Result<ProvenValue> readProvenValue(Reader& in);

void writeWitness(Writer& out, const ConsensusWitness& witness);
// Also DecodeBadValue for a table outside the state tree.
[[nodiscard]] Result<ConsensusWitness> readWitness(Reader& in);
Bytes encodeWitness(const ConsensusWitness& witness);
// As readWitness; trailing bytes are refused.
[[nodiscard]] Result<ConsensusWitness> decodeWitness(ByteView encoded);

}  // namespace wb::state
