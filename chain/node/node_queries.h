// Read-only questions about the node's chain and mempool that both the RPC
// methods (chain_rpc.cpp) and the GUI facade (NodeClient) ask: delegates in
// rank order, blocks by height or hash, recent block summaries, transactions
// wherever they are, and the producer's state. Call them on the node's thread.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "chain/core/block.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/mempool/mempool.h"
#include "chain/state/records.h"
#include "chain/store/chain.h"
#include "interfaces/node_types.h"

namespace wb::node {

class Node;

// DelegateEntry, BlockSummary, BlockLookup, TxLookup and ProducerStatus:
// interfaces/node_types.h.

// Every registered delegate of the tip state, ranked. Fails with StateErrc::Corrupt
// when a stored record is damaged, or the store's error.
[[nodiscard]] Result<std::vector<DelegateEntry>> listDelegates(const Chain& chain);
// Ranks `delegates` (keys and records set) in place as delegate_list shows them:
// votes descending, then key ascending; rank from 1, the first `activeDelegates` active.
void rankDelegates(std::vector<DelegateEntry>& delegates, std::uint32_t activeDelegates);

// The main-chain block at `height`, or nullopt above the tip.
[[nodiscard]] Result<std::optional<BlockLookup>> findBlockAtHeight(const Chain& chain, std::uint64_t height);

// The stored block `hash` (main chain or side branch), or nullopt when unknown.
[[nodiscard]] Result<std::optional<BlockLookup>> findBlockByHash(const Chain& chain, const BlockHash& hash);

// Up to `count` main-chain blocks from height `top` (clamped to the tip) downwards.
[[nodiscard]] Result<std::vector<BlockSummary>> recentBlocks(const Chain& chain, std::uint64_t top, std::size_t count);

// Transaction `txid` from the mempool or the chain, or nullopt when unknown.
// Fails with StateErrc::Corrupt when the index points at a missing block.
[[nodiscard]] Result<std::optional<TxLookup>> findTransaction(const Chain& chain, const Mempool& mempool,
                                                              const Hash32& txid);

// The block producer's state (updates the PoW hash-rate window).
ProducerStatus producerStatus(Node& node);

}  // namespace wb::node
