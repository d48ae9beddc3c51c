// Byte buffers and fixed-size hashes/keys, plus hex conversion.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chain/core/error.h"

namespace wb {

using Byte = std::uint8_t;
using Bytes = std::vector<Byte>;
using ByteView = std::span<const Byte>;

// A 32-byte value: hashes, x-only public keys, order ids.
using Hash32 = std::array<Byte, 32>;
// A 64-byte BIP340 signature.
using Sig64 = std::array<Byte, 64>;

// Lower-case hexadecimal of `data`.
std::string toHex(ByteView data);

// Parses hexadecimal (either case, even length). Fails with DecodeBadHex.
[[nodiscard]] Result<Bytes> fromHex(std::string_view hex);

// Parses exactly 64 hex digits into a Hash32. Fails with DecodeBadHex.
[[nodiscard]] Result<Hash32> hash32FromHex(std::string_view hex);

// True when every byte of `value` is zero (e.g. "no arbiter").
bool isZero(ByteView value);

// Views a string's bytes without copying.
inline ByteView asBytes(std::string_view text) { return {reinterpret_cast<const Byte*>(text.data()), text.size()}; }

}  // namespace wb
