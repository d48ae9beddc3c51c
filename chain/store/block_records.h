// What the chain store keeps about blocks besides state: header records (with the
// chain weight up to them and their validation status), the main-chain tip, and
// where each confirmed transaction is.
#pragma once

#include <vector>

#include "chain/core/block.h"
#include "chain/core/chain_position.h"  // TipPosition, TxLocation

namespace wb {

enum class BlockStatus : std::uint8_t {
  HeaderOnly = 1,  // header valid, body not stored yet
  HaveBody = 2,    // body stored (may or may not be on the main chain)
  Invalid = 3,     // failed validation when connected: never try again
};

struct HeaderRecord {
  BlockHeader header;
  // Cumulative chain weight up to and including this block (work, trust or
  // block count), a big-endian 256-bit number as the consensus engine defines it.
  Hash32 chainWeight{};
  BlockStatus status = BlockStatus::HeaderOnly;
  // The consensus engine's verdict, kept for the children's checks.
  Hash32 posModifier{};                  // PoS: modifier(block)
  std::vector<AccountKey> dposSchedule;  // DPoS: the schedule of the block's round
  bool verdictComplete = true;           // false while state-dependent checks are deferred
  bool operator==(const HeaderRecord&) const = default;
};

Bytes encodeHeaderRecord(const HeaderRecord& record);
[[nodiscard]] Result<HeaderRecord> decodeHeaderRecord(ByteView encoded);

Bytes encodeTipPosition(const TipPosition& tip);
[[nodiscard]] Result<TipPosition> decodeTipPosition(ByteView encoded);

Bytes encodeTxLocation(const TxLocation& location);
[[nodiscard]] Result<TxLocation> decodeTxLocation(ByteView encoded);

// a + b for big-endian 256-bit numbers, saturating at 2²⁵⁶ − 1.
Hash32 addWeight(const Hash32& a, const Hash32& b);
// 1 as a big-endian 256-bit number: the weight of a block when every block counts the same.
Hash32 unitWeight();

}  // namespace wb
