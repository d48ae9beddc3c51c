#include "chain/consensus/compact.h"

#include <cstdio>

#include "chain/consensus/consensus_errc.h"

namespace wb {

std::string formatBits(std::uint32_t bits) {
  char buffer[11];
  std::snprintf(buffer, sizeof buffer, "0x%08x", bits);
  return buffer;
}

CompactDecoding decodeCompactRaw(std::uint32_t bits) {
  const unsigned size = bits >> 24;
  std::uint32_t word = bits & 0x007fffff;
  CompactDecoding out;
  if (size <= 3) {
    word >>= 8 * (3 - size);
    out.value = U256(word);
  } else {
    out.value = U256(word) << (8 * (size - 3));
  }
  out.negative = word != 0 && (bits & 0x00800000) != 0;
  out.overflow = word != 0 && (size > 34 || (word > 0xff && size > 33) || (word > 0xffff && size > 32));
  return out;
}

Result<U256> decodeCompact(std::uint32_t bits) {
  const CompactDecoding d = decodeCompactRaw(bits);
  if (d.negative) return fail(ConsensusErrc::CompactNegative, "bits " + formatBits(bits) + " encode a negative target");
  if (d.overflow) {
    return fail(ConsensusErrc::CompactOverflow, "bits " + formatBits(bits) + " encode a target wider than 256 bits");
  }
  if (d.value.isZero()) return fail(ConsensusErrc::CompactZero, "bits " + formatBits(bits) + " encode a zero target");
  return d.value;
}

Result<U256> targetFromBits(std::uint32_t bits, const U256& powLimit) {
  WB_TRY_ASSIGN(target, decodeCompact(bits));
  if (*target > powLimit) {
    return fail(ConsensusErrc::TargetAboveLimit,
                "bits " + formatBits(bits) + " encode a target easier than the network's limit");
  }
  return target;
}

std::uint32_t encodeCompact(const U256& target) {
  unsigned size = (target.bits() + 7) / 8;
  std::uint32_t compact = 0;
  if (size <= 3) {
    compact = static_cast<std::uint32_t>(target.low64() << (8 * (3 - size)));
  } else {
    compact = static_cast<std::uint32_t>((target >> (8 * (size - 3))).low64());
  }
  // The mantissa's top bit is the sign: move one byte into the exponent instead.
  if ((compact & 0x00800000) != 0) {
    compact >>= 8;
    ++size;
  }
  return compact | (size << 24);
}

}  // namespace wb
