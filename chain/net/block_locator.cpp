#include "chain/net/block_locator.h"

#include "chain/net/messages.h"

namespace wb::net {

std::vector<std::uint64_t> locatorHeights(std::uint64_t tipHeight) {
  std::vector<std::uint64_t> heights;
  std::uint64_t step = 1;
  std::uint64_t height = tipHeight;
  // Keep the last slot for genesis.
  while (height > 0 && heights.size() + 1 < kMaxLocatorHashes) {
    heights.push_back(height);
    if (heights.size() >= 10) step *= 2;
    if (height <= step) break;
    height -= step;
  }
  heights.push_back(0);
  return heights;
}

Result<std::vector<BlockHash>> buildLocator(const Chain& chain) {
  std::vector<BlockHash> locator;
  for (std::uint64_t height : locatorHeights(chain.tip().height)) {
    WB_TRY_ASSIGN(hash, chain.hashAtHeight(height));
    if (*hash) locator.push_back(**hash);  // a reorg may have shortened the chain meanwhile
  }
  return locator;
}

Result<std::uint64_t> forkHeight(const Chain& chain, const std::vector<BlockHash>& locator) {
  for (const BlockHash& hash : locator) {
    WB_TRY_ASSIGN(record, chain.headerRecord(hash));
    if (!*record) continue;
    const std::uint64_t height = (*record)->header.height;
    WB_TRY_ASSIGN(onMain, chain.hashAtHeight(height));
    if (*onMain && **onMain == hash) return height;
  }
  return std::uint64_t{0};
}

}  // namespace wb::net
