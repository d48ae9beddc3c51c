// The block time holds from block 1 on a PoW network of one machine (DESIGN §4):
// `waybilld genesis` and dev networks measure this machine's header hash rate
// and start at the bits whose expected work takes `block_time` here; ASERT
// follows the network from there.
#pragma once

#include <chrono>
#include <cstdint>

#include "chain/consensus/uint256.h"
#include "chain/core/error.h"
#include "chain/core/params.h"

namespace wb {

// Header hashes per second this machine mines with `threads` workers, measured
// for about `duration` with the real miner (mineHeader on an unreachable target).
double measureHashRate(unsigned threads, std::chrono::milliseconds duration);

// The target whose expected work, 2^256 / (target + 1), is hashesPerSecond ×
// blockTime hashes, clamped to [1, powLimit]. Integer arithmetic after rounding
// the expected work to a whole number of hashes (at least 1).
U256 targetForHashRate(double hashesPerSecond, std::uint64_t blockTime, const U256& powLimit);

// targetForHashRate in compact form (rounded down, so never easier than asked).
std::uint32_t bitsForHashRate(double hashesPerSecond, std::uint64_t blockTime, const Hash32& powLimit);

}  // namespace wb
