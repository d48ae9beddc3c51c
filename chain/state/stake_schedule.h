// The heights at which staked coins change state, in one place: the ledger schedules its
// deadlines with these, and the wallet's history predicts the same releases with them.
#pragma once

#include <cstdint>

#include "chain/core/params.h"

namespace wb::state {

// The height from which coins staked in block `height` count as mature stake.
constexpr std::uint64_t stakeMaturityHeight(const ChainParams& params, std::uint64_t height) {
  return height + params.minStakeAge;
}

// The height at which coins unstaked in block `height` return to the balance.
constexpr std::uint64_t unbondingReleaseHeight(const ChainParams& params, std::uint64_t height) {
  return height + params.unbondingBlocks;
}

}  // namespace wb::state
