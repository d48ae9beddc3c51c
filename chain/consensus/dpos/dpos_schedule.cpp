#include "chain/consensus/dpos/dpos_schedule.h"

#include <algorithm>
#include <limits>
#include <string>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"

namespace wb {

Result<std::uint64_t> slotOfTime(const ChainParams& params, std::uint64_t time) {
  if (time < params.genesisTime) {
    return fail(ConsensusErrc::TimeBeforeGenesis, "block time " + std::to_string(time) + " is before the genesis");
  }
  if (params.blockTime == 0) return fail(ConsensusErrc::BadParams, "block_time must be at least 1 second");
  const std::uint64_t offset = time - params.genesisTime;
  if (offset % params.blockTime != 0) {
    return fail(ConsensusErrc::NotSlotStart, "block time " + std::to_string(time) + " is not the start of a " +
                                                 std::to_string(params.blockTime) + " s slot");
  }
  return offset / params.blockTime;
}

std::uint64_t slotStartTime(const ChainParams& params, std::uint64_t slot) {
  constexpr auto kMax = std::numeric_limits<std::uint64_t>::max();
  if (params.blockTime != 0 && slot > (kMax - params.genesisTime) / params.blockTime) return kMax;
  return params.genesisTime + slot * params.blockTime;
}

std::uint64_t firstSlotAtOrAfter(const ChainParams& params, std::uint64_t time) {
  if (time <= params.genesisTime || params.blockTime == 0) return 0;
  const std::uint64_t offset = time - params.genesisTime;
  return offset / params.blockTime + (offset % params.blockTime != 0 ? 1 : 0);
}

std::uint64_t roundOfSlot(const ChainParams& params, std::uint64_t slot) {
  return params.activeDelegates == 0 ? 0 : slot / params.activeDelegates;
}

std::uint64_t roundSeed(std::uint64_t round, const BlockHash& lastBlockHash) {
  Writer w;
  w.u64(round).fixed(lastBlockHash);
  const Hash32 digest = taggedHash(tag::kRound, w.bytes());
  std::uint64_t seed = 0;
  for (unsigned i = 0; i < 8; ++i) seed |= static_cast<std::uint64_t>(digest[i]) << (8 * i);
  return seed;
}

void shuffleSchedule(std::vector<AccountKey>& schedule, std::uint64_t seed) {
  const std::size_t n = schedule.size();
  for (std::size_t i = 0; i < n; ++i) {
    // Steem's "high performance random generator" (xorshift64*), verbatim in shape.
    std::uint64_t k = seed + static_cast<std::uint64_t>(i) * 2685821657736338717ULL;
    k ^= (k >> 12);
    k ^= (k << 25);
    k ^= (k >> 27);
    k *= 2685821657736338717ULL;
    const std::size_t j = i + static_cast<std::size_t>(k % (n - i));
    std::swap(schedule[i], schedule[j]);
  }
}

std::vector<AccountKey> topDelegates(std::span<const DelegateVotes> standings, std::size_t n) {
  std::vector<DelegateVotes> ranked(standings.begin(), standings.end());
  const auto better = [](const DelegateVotes& a, const DelegateVotes& b) {
    return a.votes != b.votes ? a.votes > b.votes : a.key < b.key;
  };
  const std::size_t take = std::min(n, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(take), ranked.end(), better);
  std::vector<AccountKey> out;
  out.reserve(take);
  for (std::size_t i = 0; i < take; ++i) out.push_back(ranked[i].key);
  return out;
}

Result<std::vector<AccountKey>> buildRoundSchedule(const ChainParams& params, std::uint64_t round,
                                                   const BlockHash& lastBlockHash,
                                                   std::span<const DelegateVotes> standings,
                                                   std::span<const AccountKey> genesisDelegates) {
  const std::size_t n = params.activeDelegates;
  if (n == 0) return fail(ConsensusErrc::BadParams, "active_delegates must be at least 1");
  if (standings.empty() && genesisDelegates.empty()) {
    return fail(ConsensusErrc::NoDelegates, "round " + std::to_string(round) + " has no delegate to schedule");
  }
  std::vector<AccountKey> schedule = topDelegates(standings, n);
  // Genesis delegates fill empty places: unused ones first, then repeats, so
  // every slot of the round has an owner.
  for (const AccountKey& key : genesisDelegates) {
    if (schedule.size() == n) break;
    if (std::find(schedule.begin(), schedule.end(), key) == schedule.end()) schedule.push_back(key);
  }
  const std::vector<AccountKey> distinct = schedule;
  for (std::size_t i = 0; schedule.size() < n; ++i) {
    schedule.push_back(genesisDelegates.empty() ? distinct[i % distinct.size()]
                                                : genesisDelegates[i % genesisDelegates.size()]);
  }
  shuffleSchedule(schedule, roundSeed(round, lastBlockHash));
  return schedule;
}

const AccountKey& scheduledProducer(std::span<const AccountKey> schedule, std::uint64_t slot) {
  return schedule[static_cast<std::size_t>(slot % schedule.size())];
}

}  // namespace wb
