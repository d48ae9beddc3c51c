#include "chain/node/node_queries.h"

#include <algorithm>

#include "chain/node/node.h"
#include "chain/state/audit.h"
#include "chain/state/kv_store.h"
#include "chain/state/state_errc.h"
#include "chain/state/state_tables.h"

namespace wb::node {

Result<std::vector<DelegateEntry>> listDelegates(const Chain& chain) {
  std::vector<DelegateEntry> out;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    return state::forEachEntry(view.reader(), state::Table::Delegates, [&](const state::KeyValue& kv) -> Result<bool> {
      auto delegate = state::decodeDelegate(kv.second);
      if (!delegate || kv.first.size() != 32) return fail(StateErrc::Corrupt, "a stored delegate is damaged");
      DelegateEntry entry;
      std::copy(kv.first.begin(), kv.first.end(), entry.key.begin());
      entry.delegate = std::move(*delegate);
      out.push_back(std::move(entry));
      return true;
    });
  }));
  rankDelegates(out, chain.params().activeDelegates);
  return out;
}

void rankDelegates(std::vector<DelegateEntry>& delegates, std::uint32_t activeDelegates) {
  std::sort(delegates.begin(), delegates.end(), [](const DelegateEntry& a, const DelegateEntry& b) {
    if (a.delegate.votes != b.delegate.votes) return a.delegate.votes > b.delegate.votes;
    return a.key < b.key;
  });
  for (std::size_t i = 0; i < delegates.size(); ++i) {
    delegates[i].rank = i + 1;
    delegates[i].active = i < activeDelegates;
  }
}

Result<std::optional<BlockLookup>> findBlockByHash(const Chain& chain, const BlockHash& hash) {
  WB_TRY_ASSIGN(block, chain.block(hash));
  if (!*block) return std::optional<BlockLookup>{};
  BlockLookup out;
  out.hash = hash;
  out.size = encodeBlock(**block).size();
  WB_TRY_ASSIGN(onMain, chain.hashAtHeight((*block)->header.height));
  out.mainChain = *onMain && **onMain == hash;
  out.block = std::move(**block);
  return std::optional<BlockLookup>(std::move(out));
}

Result<std::optional<BlockLookup>> findBlockAtHeight(const Chain& chain, std::uint64_t height) {
  WB_TRY_ASSIGN(at, chain.hashAtHeight(height));
  if (!*at) return std::optional<BlockLookup>{};
  return findBlockByHash(chain, **at);
}

Result<std::vector<BlockSummary>> recentBlocks(const Chain& chain, std::uint64_t top, std::size_t count) {
  std::vector<BlockSummary> out;
  const std::uint64_t tip = chain.tip().height;
  std::uint64_t height = std::min(top, tip);
  while (out.size() < count) {
    WB_TRY_ASSIGN(found, findBlockAtHeight(chain, height));
    if (!*found) return fail(StateErrc::Corrupt, "the main chain has no block at height " + std::to_string(height));
    const BlockLookup& b = **found;
    out.push_back(
        {b.hash, b.block.header.height, b.block.header.time, b.block.header.producer, b.block.txs.size(), b.size});
    if (height == 0) break;
    --height;
  }
  return out;
}

Result<std::optional<TxLookup>> findTransaction(const Chain& chain, const Mempool& mempool, const Hash32& txid) {
  if (auto pending = mempool.find(txid)) {
    TxLookup out;
    out.tx = std::move(*pending);
    out.txid = txid;
    out.where = mempool.isReady(txid) ? TxLookup::Where::Pending : TxLookup::Where::Waiting;
    return std::optional<TxLookup>(std::move(out));
  }
  WB_TRY_ASSIGN(location, chain.txLocation(txid));
  if (!*location) return std::optional<TxLookup>{};
  WB_TRY_ASSIGN(block, chain.block((*location)->block));
  if (!*block || (*location)->index >= (*block)->txs.size()) {
    return fail(StateErrc::Corrupt, "the transaction index points to a missing block");
  }
  TxLookup out;
  out.tx = std::move((*block)->txs[(*location)->index]);
  out.txid = txid;
  out.where = TxLookup::Where::Confirmed;
  out.location = *location;
  return std::optional<TxLookup>(std::move(out));
}

ProducerStatus producerStatus(Node& node) {
  BlockProducer& producer = node.producer();
  ProducerStatus out;
  out.canProduce = producer.canProduce();
  out.producing = producer.running();
  out.waitingForKeys = node.waitingForProducerKeys();
  out.consensus = node.params().consensus;
  out.hashesPerSecond = out.consensus == ConsensusKind::Pow ? producer.hashesPerSecond() : 0;
  if (out.producing) out.nextBlockTime = producer.plannedTime();
  return out;
}

}  // namespace wb::node
