// DPoS slots, rounds and producer schedules (DESIGN §4).
//   slot  s = (time − genesis.time) / block_time; a block's time is exactly its
//           slot's start, and slots strictly increase along a chain;
//   round r = slots [r·N, (r+1)·N), N = active_delegates;
//   schedule(r) = the top N delegates by votes (ties: smaller key first) in the
//           state after the last block before round r, shuffled with Steem's
//           xorshift shuffle; genesis delegates fill places no delegate takes;
//   slot s belongs to schedule(round of s)[s mod N], who must sign the block.
// The genesis block sits in slot 0 and counts as "before" every round, so a
// block whose parent is genesis takes its round's schedule from genesis.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb {

// A registered delegate and its vote weight in some state.
struct DelegateVotes {
  AccountKey key{};
  Amount votes = 0;

  bool operator==(const DelegateVotes&) const = default;
};

// The slot of a block at `time`. Fails with ConsensusErrc::TimeBeforeGenesis or
// ConsensusErrc::NotSlotStart (time is not exactly a slot's start).
[[nodiscard]] Result<std::uint64_t> slotOfTime(const ChainParams& params, std::uint64_t time);

// The unix time at which `slot` starts (saturates at 2^64 − 1).
std::uint64_t slotStartTime(const ChainParams& params, std::uint64_t slot);

// The first slot starting at or after `time` (slot 0 for times before genesis).
std::uint64_t firstSlotAtOrAfter(const ChainParams& params, std::uint64_t time);

// The round containing `slot` (N = params.activeDelegates ≥ 1).
std::uint64_t roundOfSlot(const ChainParams& params, std::uint64_t slot);

// The shuffle seed of round r: the first 8 bytes, little-endian, of
// H("wb.round", r as u64 LE ‖ hash of the last block before the round).
std::uint64_t roundSeed(std::uint64_t round, const BlockHash& lastBlockHash);

// Steem's update_witness_schedule shuffle with `seed` in place of its
// head-block time: for i in 0..n, k = xorshift64*(seed + i × 2685821657736338717),
// swap(i, i + k mod (n − i)).
void shuffleSchedule(std::vector<AccountKey>& schedule, std::uint64_t seed);

// The top `n` of `standings` by votes, ties broken by the smaller key (bytewise).
std::vector<AccountKey> topDelegates(std::span<const DelegateVotes> standings, std::size_t n);

// The schedule of `round` (N = params.activeDelegates entries): topDelegates of
// `standings` (the state after `lastBlockHash`, the last block before the
// round), then — when fewer than N delegates exist — genesis delegates not yet
// chosen, then genesis delegates again in order, and finally shuffled with
// roundSeed(round, lastBlockHash). Fails with ConsensusErrc::NoDelegates when both
// lists are empty, ConsensusErrc::BadParams when N is 0.
[[nodiscard]] Result<std::vector<AccountKey>> buildRoundSchedule(const ChainParams& params, std::uint64_t round,
                                                                 const BlockHash& lastBlockHash,
                                                                 std::span<const DelegateVotes> standings,
                                                                 std::span<const AccountKey> genesisDelegates);

// The producer of `slot` in its round's `schedule`: schedule[slot mod size].
// `schedule` must not be empty.
const AccountKey& scheduledProducer(std::span<const AccountKey> schedule, std::uint64_t slot);

}  // namespace wb
