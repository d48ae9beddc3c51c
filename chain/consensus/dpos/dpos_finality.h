// DPoS bookkeeping between blocks: which scheduled producers missed their
// slots, and the last irreversible block (DESIGN §4).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "chain/consensus/dpos/dpos_schedule.h"

namespace wb {

// How many slots one delegate missed.
struct MissedCount {
  AccountKey producer{};
  std::uint64_t count = 0;  // slots missed

  bool operator==(const MissedCount&) const = default;
};

// The schedule of a round, on demand (see missedSlots).
using RoundScheduleFn = std::function<Result<std::vector<AccountKey>>(std::uint64_t round)>;

// The slots strictly between `parentSlot` and `slot` had no block: who missed
// them, one entry per delegate in order of first missed slot. `scheduleOf(r)`
// gives round r's schedule; it is called for the parent's round, the block's
// round and — once, then reused — for the first round in between: every round
// after the parent's is built from the same parent state, so they differ only
// in order, which does not change the counts. So a gap of a million slots
// costs a few schedule builds. Fails with whatever scheduleOf fails with.
[[nodiscard]] Result<std::vector<MissedCount>> missedSlots(const ChainParams& params, std::uint64_t parentSlot,
                                                           std::uint64_t slot, const RoundScheduleFn& scheduleOf);

// A main-chain block's height and producer.
struct ProducedBlock {
  std::uint64_t height = 0;
  AccountKey producer{};
};

// ⌊2N/3⌋ + 1: distinct producers needed to make a block irreversible.
std::uint64_t irreversibilityThreshold(std::uint32_t activeDelegates);

// The last irreversible block (LIB): the highest height h such that at least
// irreversibilityThreshold(N) distinct producers produced a block at height ≥ h
// (producing a block builds on it and all its ancestors, as Steem's
// last_confirmed_block_num). `recent` lists the main chain's blocks above the
// previous LIB, oldest first, newest last (heights must increase). Returns
// max(previousLib, that height): the LIB never moves back.
std::uint64_t lastIrreversibleHeight(std::span<const ProducedBlock> recent, std::uint32_t activeDelegates,
                                     std::uint64_t previousLib);

}  // namespace wb
