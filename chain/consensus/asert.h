// ASERT difficulty adjustment (aserti3-2d, Bitcoin Cash 2020-11-15 upgrade),
// integer-only and bit-for-bit the reference algorithm, used by PoW and PoS.
//
// Idea: the target is the anchor's target × 2^((time ahead of/behind schedule)
// / halflife). Blocks too fast (chain ahead of schedule) shrink the target —
// one halflife ahead halves it; blocks too slow grow it — one halflife behind
// doubles it. Results are clamped to [1, pow_limit].
//
// Waybill's anchor is the genesis block: the first block after genesis gets the
// network's initial bits, and for the block after `parent`
//   exponent = (parent.time − genesis.time − block_time × parent.height) / halflife
// with halflife = 288 × block_time. In the reference's terms: anchor height 0,
// anchor target = initial bits, and the anchor's (virtual) parent time is
// genesis.time − block_time, as if genesis had arrived exactly on schedule.
#pragma once

#include <cstdint>

#include "chain/consensus/uint256.h"
#include "chain/core/error.h"
#include "chain/core/params.h"

namespace wb {

// Halflife in blocks: the target halves/doubles per 288 block times ahead/behind.
inline constexpr std::uint64_t kAsertHalflifeBlocks = 288;

// The reference CalculateASERT: the next target from the anchor's target,
// timeDiff = (parent time − anchor's parent time), heightDiff = (parent height −
// anchor height), the ideal spacing and halflife in seconds (both ≥ 1). The
// exponent is truncated toward zero when divided by the halflife, then split
// with an arithmetic shift, exactly like the reference. Values of timeDiff or
// heightDiff too large for the reference's 64-bit arithmetic are computed
// exactly in 128 bits; they only ever saturate to 1 or powLimit.
U256 asertTarget(const U256& anchorTarget, std::int64_t timeDiff, std::int64_t heightDiff, std::int64_t spacing,
                 std::int64_t halflife, const U256& powLimit);

// The compact bits required of the block after a parent at `parentHeight` with
// `parentTime`, anchored at genesis as described above. Fails with
// ConsensusErrc::BadParams when the network's pow_limit/initial bits/block time are
// unusable (checkAsertParams), never for any parent.
[[nodiscard]] Result<std::uint32_t> asertNextBits(const ChainParams& params, std::uint64_t parentHeight,
                                                  std::uint64_t parentTime);

// Fails with ConsensusErrc::WrongBits unless a header's `bits` equal the `expected`
// bits (asertNextBits of its parent).
[[nodiscard]] Status checkBitsEqual(std::uint32_t bits, std::uint32_t expected);

// Checks what ASERT needs: block_time ≥ 1 with 288 × block_time in range, a
// non-zero pow_limit and initial bits that decode to a target ≤ pow_limit.
// Fails with ConsensusErrc::BadParams.
[[nodiscard]] Status checkAsertParams(const ChainParams& params);

}  // namespace wb
