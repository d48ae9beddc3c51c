#include "chain/consensus/dpos/dpos_finality.h"

#include <algorithm>
#include <set>

#include "chain/consensus/consensus_errc.h"

namespace wb {

namespace {

void addMissed(std::vector<MissedCount>& out, const AccountKey& producer, std::uint64_t count) {
  if (count == 0) return;
  for (MissedCount& m : out) {
    if (m.producer == producer) {
      m.count += count;
      return;
    }
  }
  out.push_back({producer, count});
}

// Adds the owners of slots [from, to] (inclusive, all inside one round).
Status addRange(const ChainParams& params, std::vector<MissedCount>& out, std::uint64_t from, std::uint64_t to,
                const RoundScheduleFn& scheduleOf) {
  WB_TRY_ASSIGN(schedule, scheduleOf(roundOfSlot(params, from)));
  if (schedule->empty()) return fail(ConsensusErrc::NoDelegates, "a round's schedule is empty");
  for (std::uint64_t s = from; s <= to; ++s) addMissed(out, scheduledProducer(*schedule, s), 1);
  return {};
}

}  // namespace

Result<std::vector<MissedCount>> missedSlots(const ChainParams& params, std::uint64_t parentSlot, std::uint64_t slot,
                                             const RoundScheduleFn& scheduleOf) {
  std::vector<MissedCount> out;
  if (slot <= parentSlot + 1 || params.activeDelegates == 0) return out;
  const std::uint64_t n = params.activeDelegates;
  const std::uint64_t first = parentSlot + 1;
  const std::uint64_t last = slot - 1;
  const std::uint64_t firstRound = roundOfSlot(params, first);
  const std::uint64_t lastRound = roundOfSlot(params, last);
  if (firstRound == lastRound) {
    WB_TRY(addRange(params, out, first, last, scheduleOf));
    return out;
  }
  WB_TRY(addRange(params, out, first, (firstRound + 1) * n - 1, scheduleOf));
  if (lastRound > firstRound + 1) {
    // Whole rounds in between: each scheduled place misses once per round.
    WB_TRY_ASSIGN(middle, scheduleOf(firstRound + 1));
    for (const AccountKey& producer : *middle) addMissed(out, producer, lastRound - firstRound - 1);
  }
  WB_TRY(addRange(params, out, lastRound * n, last, scheduleOf));
  return out;
}

std::uint64_t irreversibilityThreshold(std::uint32_t activeDelegates) {
  return 2 * static_cast<std::uint64_t>(activeDelegates) / 3 + 1;
}

std::uint64_t lastIrreversibleHeight(std::span<const ProducedBlock> recent, std::uint32_t activeDelegates,
                                     std::uint64_t previousLib) {
  const std::uint64_t needed = irreversibilityThreshold(activeDelegates);
  std::set<AccountKey> producers;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    producers.insert(it->producer);
    if (producers.size() >= needed) return std::max(previousLib, it->height);
  }
  return previousLib;
}

}  // namespace wb
