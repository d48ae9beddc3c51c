// Merkle root of a block's transactions (DESIGN §3, §4).
//
//   leaves   = H("wb.wtx", full tx) for each tx, in block order
//   parent   = H("wb.merkle", left ‖ right)
//   odd node = carried up to the next level unchanged, never paired with itself
//   empty    = 32 zero bytes
//
// Carrying the odd node up (instead of duplicating it as Bitcoin does) means no
// two different leaf lists share a root by repeating the last leaf, so Bitcoin's
// CVE-2012-2459 block mutation does not exist here. Leaves and inner nodes use
// different tags, so a leaf can never pass for an inner node either.
// Example, 5 leaves a b c d e:  root = H(H(H(a,b), H(c,d)), e).
#pragma once

#include <span>

#include "chain/core/bytes.h"

namespace wb {

// The Merkle root of `leaves` as described above.
Hash32 merkleRoot(std::span<const Hash32> leaves);

// H("wb.merkle", left ‖ right): one inner node.
Hash32 merkleParent(const Hash32& left, const Hash32& right);

}  // namespace wb
