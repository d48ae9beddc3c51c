// Bitcoin's compact `bits` encoding of a 256-bit target (DESIGN §4):
//   bits = exponent (1 byte) ‖ mantissa (3 bytes), value = mantissa × 256^(exponent − 3),
// where bit 0x00800000 of the mantissa is a sign bit. Waybill uses it for PoW
// and PoS targets and rejects every form Bitcoin would treat as invalid.
#pragma once

#include <cstdint>
#include <string>

#include "chain/consensus/uint256.h"
#include "chain/core/error.h"

namespace wb {

// Bitcoin's arith_uint256::SetCompact, faithfully: the value, and whether the
// encoding is negative or overflows 256 bits. For tests and diagnostics; use
// targetFromBits() to validate.
struct CompactDecoding {
  U256 value;
  bool negative = false;
  bool overflow = false;
};
CompactDecoding decodeCompactRaw(std::uint32_t bits);

// The target encoded by `bits`. Fails with ConsensusErrc::CompactNegative,
// ConsensusErrc::CompactOverflow or ConsensusErrc::CompactZero.
[[nodiscard]] Result<U256> decodeCompact(std::uint32_t bits);

// Like decodeCompact, and the target must not exceed `powLimit` (the easiest
// target the network allows): fails with ConsensusErrc::TargetAboveLimit.
[[nodiscard]] Result<U256> targetFromBits(std::uint32_t bits, const U256& powLimit);

// Bits as people read them: "0x1d00ffff".
std::string formatBits(std::uint32_t bits);

// The shortest compact form of `target` (Bitcoin's GetCompact with no sign):
// the result decodes to `target` with its low-order bits beyond the 3-byte
// mantissa truncated.
std::uint32_t encodeCompact(const U256& target);

}  // namespace wb
