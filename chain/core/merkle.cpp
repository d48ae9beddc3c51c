#include "chain/core/merkle.h"

#include <vector>

#include "chain/core/hash.h"

namespace wb {

Hash32 merkleParent(const Hash32& left, const Hash32& right) {
  return TaggedHasher(tag::kMerkle).update(left).update(right).final();
}

Hash32 merkleRoot(std::span<const Hash32> leaves) {
  if (leaves.empty()) return Hash32{};
  // Each level is reduced in place: node i of the next level overwrites slot i.
  std::vector<Hash32> level(leaves.begin(), leaves.end());
  std::size_t count = level.size();
  while (count > 1) {
    std::size_t next = 0;
    for (std::size_t i = 0; i + 1 < count; i += 2) level[next++] = merkleParent(level[i], level[i + 1]);
    if (count % 2 == 1) level[next++] = level[count - 1];  // the odd node goes up unchanged
    count = next;
  }
  return level[0];
}

}  // namespace wb
