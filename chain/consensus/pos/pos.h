// Proof of stake (DESIGN §4; BlackCoin PoSv3 shape, account-based).
//   kernel   k = H("wb.kernel", modifier(parent) ‖ producer ‖ time as u64 LE)
//   valid iff k ≤ target × weight (256-bit product clamped to 2^256 − 1) and
//             time % granularity == 0,
//   where weight = the producer's mature stake in the parent state (base units)
//   and target comes from bits, set by ASERT like PoW.
//   modifier(block) = H("wb.modifier", modifier(parent) ‖ k); modifier(genesis) = genesis hash.
// The producer signs the header, which ties the kernel to the producer's key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "chain/consensus/uint256.h"
#include "chain/core/amount.h"
#include "chain/core/block.h"
#include "chain/core/error.h"
#include "chain/core/params.h"

namespace wb {

// The kernel hash of `producer` staking at `time` on a parent with `parentModifier`.
Hash32 kernelHash(const Hash32& parentModifier, const AccountKey& producer, std::uint64_t time);

// modifier(block) = H("wb.modifier", parentModifier ‖ kernel).
Hash32 nextModifier(const Hash32& parentModifier, const Hash32& kernel);

// target × weight, clamped to 2^256 − 1.
U256 kernelThreshold(const U256& target, Amount weight);

// True when `kernel` (read big-endian) ≤ kernelThreshold(target, weight).
bool kernelMeetsTarget(const Hash32& kernel, const U256& target, Amount weight);

// The PoS kernel rules for `header` on a parent with `parentModifier`, given the
// producer's mature stake `weight` and the header's decoded `target`. Fails with
// ConsensusErrc::BadGranularity, ConsensusErrc::NoMatureStake (weight 0) or
// ConsensusErrc::KernelAboveTarget. Returns the kernel hash (for nextModifier).
[[nodiscard]] Result<Hash32> checkKernel(const ChainParams& params, const BlockHeader& header,
                                         const Hash32& parentModifier, Amount weight, const U256& target);

// Fails with ConsensusErrc::BadGranularity when time is not a multiple of params.posGranularity.
[[nodiscard]] Status checkGranularity(const ChainParams& params, std::uint64_t time);

// One local staking key and its mature stake in the parent state.
struct StakerWeight {
  AccountKey key{};
  Amount weight = 0;
};

// When and with which key a block can be staked.
struct StakeOpportunity {
  std::uint64_t time = 0;
  std::size_t keyIndex = 0;  // index into the keys given
  Hash32 kernel{};
};

// The staker's search: the first time t with earliest ≤ t ≤ latest, t a multiple
// of the granularity, at which some key's kernel meets target × weight; on a
// tie the key listed first wins. The caller passes earliest = max(now, MTP + 1)
// so blocks are neither back-dated nor before the MTP. nullopt when no key is
// eligible in the window (or no key has weight). Costs one hash per key per
// granularity step.
std::optional<StakeOpportunity> findStakeTime(const ChainParams& params, const Hash32& parentModifier,
                                              const U256& target, std::span<const StakerWeight> keys,
                                              std::uint64_t earliest, std::uint64_t latest);

}  // namespace wb
