// What the store benches import: 64 funded test accounts, their genesis, and a
// chain of blocks of mixed transactions by the accounts in turn, made (and
// signed) before any timing starts: signing is the sender's cost, not the importer's.
#pragma once

#include <vector>

#include "tests/support/test_chain.h"

namespace wb::bench {

struct BenchChain {
  // `blocks` consecutive blocks of `txsPerBlock` transactions on top of genesis.
  BenchChain(std::size_t blocks, std::size_t txsPerBlock) {
    testsupport::BlockFactory factory(ctx, genesis, accounts);
    encoded.reserve(blocks);
    BlockHeader parent = genesis.header;
    for (std::size_t i = 0; i < blocks; ++i) {
      Block block = factory.makeBlock(parent, factory.mixedTxs(txsPerBlock), i % accounts.size());
      parent = block.header;
      txs += block.txs.size();
      encoded.push_back(encodeBlock(block));
    }
  }
  // The blocks as an importer takes them.
  std::vector<ByteView> views() const { return {encoded.begin(), encoded.end()}; }

  SecpContext ctx;
  testsupport::TestAccounts accounts{ctx, 64};
  ChainGenesis genesis = testsupport::testGenesis(accounts);
  std::vector<Bytes> encoded;
  std::size_t txs = 0;
};

}  // namespace wb::bench
