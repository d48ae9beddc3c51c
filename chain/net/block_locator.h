// Block locators (Bitcoin's shape): a short list of main-chain hashes, dense
// near the tip and exponentially sparser towards genesis, that lets a peer find
// the last block we share with it in one round trip however far apart we are.
#pragma once

#include <cstdint>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/core/ids.h"
#include "chain/store/chain.h"

namespace wb::net {

// The heights a locator lists for a chain whose tip is at `tipHeight`: the last
// 10 one by one, then steps doubling, genesis (0) last; at most kMaxLocatorHashes.
std::vector<std::uint64_t> locatorHeights(std::uint64_t tipHeight);

// The locator of `chain`'s main chain. Fails only when the store fails.
[[nodiscard]] Result<std::vector<BlockHash>> buildLocator(const Chain& chain);

// The height of the first `locator` entry on `chain`'s main chain: where a reply
// to getheaders starts (the next height). 0 (genesis) when none matches.
[[nodiscard]] Result<std::uint64_t> forkHeight(const Chain& chain, const std::vector<BlockHash>& locator);

}  // namespace wb::net
