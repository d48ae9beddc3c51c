// RIPEMD-160, needed only for BIP32 key fingerprints (HASH160 = RIPEMD-160(SHA-256(x))).
// libsodium does not provide it; Debian's nettle does (we keep no hash of our own).
#pragma once

#include <array>

#include "chain/core/bytes.h"

namespace wb {

using Hash20 = std::array<Byte, 20>;

// RIPEMD-160 of `data`.
Hash20 ripemd160(ByteView data);

// RIPEMD-160(SHA-256(data)), Bitcoin's HASH160.
Hash20 hash160(ByteView data);

}  // namespace wb
