// How messages and logs name a hash (a block, an order, an account) briefly.
#pragma once

#include <string>

#include "chain/core/bytes.h"

namespace wb {

// The first 4 bytes of `hash` in hex, then "…" ("1a2b3c4d…").
inline std::string shortHex(const Hash32& hash) { return toHex(ByteView(hash).first(4)) + "…"; }

}  // namespace wb
