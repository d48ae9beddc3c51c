#include "chain/node/ledger_check.h"

#include "chain/core/tx_sign.h"
#include "chain/node/node_errc.h"

namespace wb::node {
namespace {

Error broken(std::uint64_t height, const std::string& what) {
  return fail(NodeErrc::CheckFailed, "block " + std::to_string(height) + ": " + what);
}

}  // namespace

Status checkLedger(const Chain& chain, const SecpContext& ctx, const std::function<void(std::uint64_t)>& progress) {
  const TipPosition tip = chain.tip();
  const Hash32& genesisHash = chain.params().genesisHash;
  WB_TRY_ASSIGN(genesis, chain.hashAtHeight(0));
  if (!*genesis) return broken(0, "the genesis block is not indexed");
  BlockHash prev = **genesis;
  for (std::uint64_t h = 1; h <= tip.height; ++h) {
    WB_TRY_ASSIGN(hash, chain.hashAtHeight(h));
    if (!*hash) return broken(h, "missing from the main-chain index");
    WB_TRY_ASSIGN(block, chain.block(**hash));
    if (!*block) return broken(h, "body missing");
    const Block& b = **block;
    if (blockHash(b.header) != **hash) return broken(h, "stored under the wrong hash");
    if (b.header.height != h) return broken(h, "carries height " + std::to_string(b.header.height));
    if (b.header.prev != prev) return broken(h, "does not link to the block before it");
    if (computeTxRoot(b.txs) != b.header.txRoot) return broken(h, "tx_root does not match its transactions");
    for (std::uint32_t i = 0; i < b.txs.size(); ++i) {
      if (!verifyTxSignature(ctx, genesisHash, b.txs[i])) {
        return broken(h, "transaction " + std::to_string(i) + " has a bad signature");
      }
      // Nonces make txids unique, so the index must point exactly here.
      WB_TRY_ASSIGN(location, chain.txLocation(computeTxid(b.txs[i])));
      if (!*location || (*location)->block != **hash || (*location)->index != i) {
        return broken(h, "transaction " + std::to_string(i) + " is not indexed at its place");
      }
    }
    prev = **hash;
    if (progress && h % 1000 == 0) progress(h);
  }
  if (prev != tip.hash) return broken(tip.height, "the recorded tip is not the main chain's last block");
  const Status invariant = chain.checkInvariant();
  if (!invariant) return fail(NodeErrc::CheckFailed, "supply invariant: " + invariant.error().message);
  return {};
}

}  // namespace wb::node
