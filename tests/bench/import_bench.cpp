#include "tests/bench/import_bench.h"

#include <QTemporaryDir>
#include <chrono>

#include "tests/support/test_chain.h"

namespace wb::bench {

ImportResult measureImport(std::size_t blocks, std::size_t txsPerBlock) {
  using namespace wb::testsupport;
  ImportResult result;
  SecpContext ctx;
  TestAccounts accounts(ctx, 64);
  const ChainGenesis genesis = testGenesis(accounts);
  BlockFactory factory(ctx, genesis, accounts);

  // Generate first: signing is the sender's cost, not the importer's.
  std::vector<Bytes> encoded;
  encoded.reserve(blocks);
  BlockHeader parent = genesis.header;
  for (std::size_t i = 0; i < blocks; ++i) {
    Block block = factory.makeBlock(parent, factory.mixedTxs(txsPerBlock), i % accounts.size());
    parent = block.header;
    result.txs += block.txs.size();
    encoded.push_back(encodeBlock(block));
  }

  QTemporaryDir dir;
  auto chain = Chain::open(std::filesystem::path(dir.path().toStdString()), "bench", genesis, ctx);
  if (!chain) {
    result.error = chain.error().message;
    return result;
  }
  // As a syncing node does: consecutive blocks in batches, pipelined.
  std::vector<ByteView> views(encoded.begin(), encoded.end());
  const auto start = std::chrono::steady_clock::now();
  if (auto imported = (*chain)->importBlocks(views); !imported.ok()) {
    result.error = imported.error().message;
    return result;
  }
  result.blocks = encoded.size();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.txPerSecond = result.seconds > 0 ? double(result.txs) / result.seconds : 0;
  if (auto invariant = (*chain)->checkInvariant(); !invariant.ok()) result.error = invariant.error().message;
  return result;
}

}  // namespace wb::bench
