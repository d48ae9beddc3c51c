#include "tests/bench/import_bench.h"

#include <QTemporaryDir>
#include <chrono>

#include "tests/bench/bench_chain.h"

namespace wb::bench {

ImportResult measureImport(std::size_t blocks, std::size_t txsPerBlock) {
  const BenchChain made(blocks, txsPerBlock);
  ImportResult result;
  result.txs = made.txs;

  QTemporaryDir dir;
  auto chain = Chain::open(std::filesystem::path(dir.path().toStdString()), "bench", made.genesis, made.ctx);
  if (!chain) {
    result.error = chain.error().message;
    return result;
  }
  // As a syncing node does: consecutive blocks in batches, pipelined.
  const std::vector<ByteView> views = made.views();
  const auto start = std::chrono::steady_clock::now();
  if (auto imported = (*chain)->importBlocks(views); !imported.ok()) {
    result.error = imported.error().message;
    return result;
  }
  result.blocks = made.encoded.size();
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.txPerSecond = result.seconds > 0 ? double(result.txs) / result.seconds : 0;
  if (auto invariant = (*chain)->checkInvariant(); !invariant.ok()) result.error = invariant.error().message;
  return result;
}

}  // namespace wb::bench
