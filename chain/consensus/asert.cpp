#include "chain/consensus/asert.h"

#include <limits>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"

namespace wb {

namespace {

__extension__ typedef __int128 i128;

// The 2^x approximation's fixed-point polynomial needs frac < 2^16.
constexpr std::uint64_t kPolyA = 195766423245049ULL;
constexpr std::uint64_t kPolyB = 971821376ULL;
constexpr std::uint64_t kPolyC = 5127ULL;

// Value (carry:low) >> shift, where carry holds bits 256..319. Returns false
// when the result does not fit in 256 bits.
bool shiftRight320(const U256& low, std::uint64_t carry, unsigned shift, U256& out) {
  if (shift == 0) {
    out = low;
    return carry == 0;
  }
  if (shift >= 320) {
    out = U256();
    return true;
  }
  if (shift >= 256) {
    out = U256(carry >> (shift - 256));
    return true;
  }
  // Here 0 < shift < 256: carry's bits land at 256 − shift and up.
  if (shift < 64 && (carry >> shift) != 0) return false;
  out = (low >> shift) + (U256(carry) << (256 - shift));
  return true;
}

}  // namespace

U256 asertTarget(const U256& anchorTarget, std::int64_t timeDiff, std::int64_t heightDiff, std::int64_t spacing,
                 std::int64_t halflife, const U256& powLimit) {
  const i128 delta = static_cast<i128>(timeDiff) - static_cast<i128>(spacing) * (static_cast<i128>(heightDiff) + 1);
  // C++ division truncates toward zero, as the reference's does.
  const i128 exponent = delta * 65536 / halflife;
  // Arithmetic shift floors: the integral part may be negative, frac is in [0, 65536).
  i128 shifts = exponent >> 16;
  const auto frac = static_cast<std::uint64_t>(static_cast<std::uint16_t>(exponent));
  const std::uint64_t factor =
      65536 + ((kPolyA * frac + kPolyB * frac * frac + kPolyC * frac * frac * frac + (1ULL << 47)) >> 48);

  std::uint64_t carry = 0;
  const U256 product = anchorTarget.mulU64(factor, carry);  // < 2^273: needs the carry limb
  shifts -= 16;
  U256 next;
  bool fits = true;
  if (shifts <= 0) {
    const i128 right = -shifts;
    fits = shiftRight320(product, carry, right > 320 ? 320u : static_cast<unsigned>(right), next);
  } else if (carry != 0 || shifts >= 256 || product.bits() + static_cast<unsigned>(shifts) > 256) {
    fits = false;  // would be ≥ 2^256, so it would end as powLimit anyway
  } else {
    next = product << static_cast<unsigned>(shifts);
  }
  if (!fits) return powLimit;
  if (next.isZero()) return U256(1);  // 0 is not a valid target, 1 is
  if (next > powLimit) return powLimit;
  return next;
}

Status checkBitsEqual(std::uint32_t bits, std::uint32_t expected) {
  if (bits == expected) return {};
  return fail(ConsensusErrc::WrongBits,
              "block bits " + formatBits(bits) + " differ from the required " + formatBits(expected));
}

Status checkAsertParams(const ChainParams& params) {
  if (params.blockTime == 0 || params.blockTime > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) /
                                                      65536 / kAsertHalflifeBlocks) {
    return fail(ConsensusErrc::BadParams, "block_time is out of range for difficulty adjustment");
  }
  const U256 limit = U256::fromBigEndian(params.powLimit);
  if (limit.isZero()) return fail(ConsensusErrc::BadParams, "pow_limit must not be zero");
  auto initial = targetFromBits(params.initialBits, limit);
  if (!initial) return fail(ConsensusErrc::BadParams, "initial bits are invalid: " + initial.error().message);
  return {};
}

Result<std::uint32_t> asertNextBits(const ChainParams& params, std::uint64_t parentHeight, std::uint64_t parentTime) {
  WB_TRY(checkAsertParams(params));
  const U256 limit = U256::fromBigEndian(params.powLimit);
  const U256 anchor = decodeCompact(params.initialBits).value();
  const auto spacing = static_cast<std::int64_t>(params.blockTime);
  // Saturate absurd inputs into int64; the 128-bit maths then clamps the result.
  constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max() / 4);
  const auto clampU = [](std::uint64_t v) { return static_cast<std::int64_t>(v > kMax ? kMax : v); };
  // timeDiff relative to the anchor's virtual parent, genesis.time − block_time.
  const std::int64_t timeDiff = parentTime >= params.genesisTime ? clampU(parentTime - params.genesisTime) + spacing
                                                                 : spacing - clampU(params.genesisTime - parentTime);
  const U256 next = asertTarget(anchor, timeDiff, clampU(parentHeight), spacing,
                                spacing * static_cast<std::int64_t>(kAsertHalflifeBlocks), limit);
  return encodeCompact(next);
}

}  // namespace wb
