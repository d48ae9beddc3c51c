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
#include "chain/core/params.h"
#include "chain/mempool/mempool.h"
#include "chain/state/records.h"
#include "chain/store/chain.h"

namespace wb::node {

class Node;

// A registered delegate with its place in the ranking.
struct DelegateEntry {
  AccountKey key{};
  state::Delegate delegate;
  std::size_t rank = 0;  // 1-based: votes descending, then key ascending
  bool active = false;   // among the params' activeDelegates (DPoS producers)
};

// What a block list shows of one block.
struct BlockSummary {
  Hash32 hash{};
  std::uint64_t height = 0;
  std::uint64_t time = 0;
  AccountKey producer{};
  std::size_t txCount = 0;
  std::size_t size = 0;  // encoded bytes
};

struct BlockLookup {
  Block block;
  Hash32 hash{};
  bool mainChain = false;
  std::size_t size = 0;  // encoded bytes
};

struct TxLookup {
  Tx tx;
  Hash32 txid{};
  // Pending: in the mempool, ready; Waiting: in the mempool behind a nonce gap.
  enum class Where { Pending, Waiting, Confirmed } where = Where::Pending;
  std::optional<TxLocation> location;  // set when confirmed
};

struct ProducerStatus {
  bool canProduce = false;      // the node has a key to produce with
  bool producing = false;       // automatic production is on
  bool waitingForKeys = false;  // production is wanted but no key is there (wallet locked)
  ConsensusKind consensus = ConsensusKind::Pow;
  std::uint64_t hashesPerSecond = 0;           // PoW, over the last few seconds
  std::optional<std::uint64_t> nextBlockTime;  // unix seconds of our next planned block
};

// Every registered delegate of the tip state, ranked. Fails with StateCorrupt
// when a stored record is damaged, or the store's error.
[[nodiscard]] Result<std::vector<DelegateEntry>> listDelegates(const Chain& chain);

// The main-chain block at `height`, or nullopt above the tip.
[[nodiscard]] Result<std::optional<BlockLookup>> findBlockAtHeight(const Chain& chain, std::uint64_t height);

// The stored block `hash` (main chain or side branch), or nullopt when unknown.
[[nodiscard]] Result<std::optional<BlockLookup>> findBlockByHash(const Chain& chain, const Hash32& hash);

// Up to `count` main-chain blocks from height `top` (clamped to the tip) downwards.
[[nodiscard]] Result<std::vector<BlockSummary>> recentBlocks(const Chain& chain, std::uint64_t top, std::size_t count);

// Transaction `txid` from the mempool or the chain, or nullopt when unknown.
// Fails with StateCorrupt when the index points at a missing block.
[[nodiscard]] Result<std::optional<TxLookup>> findTransaction(const Chain& chain, const Mempool& mempool,
                                                              const Hash32& txid);

// The block producer's state (updates the PoW hash-rate window).
ProducerStatus producerStatus(Node& node);

}  // namespace wb::node
