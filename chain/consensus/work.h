// Chain weight: what a block adds to its chain for fork choice (DESIGN §4).
//   PoW work and PoS trust = ⌊2^256 / (target + 1)⌋ — the expected number of
//   hashes (kernel tries) needed to meet `target`;
//   DPoS weight = 1 per block (the longest chain wins).
// Cumulative weights are plain sums; they cannot realistically reach 2^256 but
// saturate rather than wrap if they ever did.
#pragma once

#include <cstdint>

#include "chain/consensus/uint256.h"
#include "chain/core/error.h"

namespace wb {

// ⌊2^256 / (target + 1)⌋. A zero target (never valid) counts as the maximum
// work; target = 2^256 − 1 gives 1.
U256 workForTarget(const U256& target);

// The work of a block whose compact bits are `bits` (decoded without a limit
// check — validation happens elsewhere). Fails like decodeCompact.
[[nodiscard]] Result<U256> workForBits(std::uint32_t bits);

// The DPoS weight of one block.
inline U256 dposBlockWeight() { return U256(1); }

// parent cumulative weight + block weight, saturating at 2^256 − 1.
U256 cumulativeWeight(const U256& parentCumulative, const U256& blockWeight);

}  // namespace wb
