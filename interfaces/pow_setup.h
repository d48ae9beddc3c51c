// What the first-run wizard asks of the mining code when it creates a PoW
// network (DESIGN §4): a difficulty at which this machine alone mines one
// block per block time from block 1. Declared here for the GUI (which sees the
// node only through interfaces/); defined by the PoW engine
// (chain/consensus/pow/pow_calibration.cpp).
#pragma once

#include <chrono>
#include <cstdint>

#include "chain/core/params.h"

namespace wb {

// The compact bits for `params` (its block time and PoW limit) at the hash rate
// this machine reaches on one thread (the GUI's node mines on one), measured
// for `duration`. Blocks the calling thread that long: call it off the GUI thread.
std::uint32_t initialBitsForThisMachine(const ChainParams& params, std::chrono::milliseconds duration);

}  // namespace wb
