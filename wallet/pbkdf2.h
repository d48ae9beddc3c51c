// PBKDF2-HMAC-SHA512 (RFC 8018) on libsodium's HMAC-SHA512; BIP39 turns a mnemonic
// into a seed with it. libsodium 1.0.18 has no PBKDF2 of its own.
#pragma once

#include <cstdint>
#include <span>

#include "chain/core/bytes.h"

namespace wb {

// Derives out.size() bytes from `password` and `salt` with `iterations` rounds (≥ 1)
// and writes them to `out`. Intermediate values are wiped before returning.
void pbkdf2HmacSha512(ByteView password, ByteView salt, std::uint32_t iterations, std::span<Byte> out);

}  // namespace wb
