#include "tests/bench/sync_bench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include "chain/net/peer_manager.h"
#include "tests/bench/bench_chain.h"

namespace wb::bench {

SyncResult measureSync(std::size_t blocks, std::size_t txsPerBlock) {
  const BenchChain made(blocks, txsPerBlock);
  SyncResult result;

  QTemporaryDir dir;
  auto source = Chain::open(std::filesystem::path(dir.filePath("a").toStdString()), "bench", made.genesis, made.ctx);
  auto target = Chain::open(std::filesystem::path(dir.filePath("b").toStdString()), "bench", made.genesis, made.ctx);
  if (!source || !target) {
    result.error = !source ? source.error().message : target.error().message;
    return result;
  }
  result.txs = made.txs;
  if (auto imported = (*source)->importBlocks(made.views()); !imported.ok()) {
    result.error = imported.error().message;
    return result;
  }

  net::PeerManagerConfig config;
  net::PeerManager serving(**source, config);
  net::PeerManager syncing(**target, config);
  if (auto listening = serving.listen(QHostAddress::LocalHost, 0); !listening.ok()) {
    result.error = listening.error().message;
    return result;
  }
  QEventLoop loop;
  QObject::connect(&syncing, &net::PeerManager::tipAdvanced, &loop, [&](BlockHash, quint64 height) {
    if (height >= blocks) loop.quit();
  });
  QTimer::singleShot(600'000, &loop, &QEventLoop::quit);  // give up after ten minutes
  QElapsedTimer timer;
  timer.start();
  if (auto connected = syncing.connectTo({QHostAddress::LocalHost, serving.listenPort()}); !connected) {
    result.error = connected.error().message;
    return result;
  }
  loop.exec();
  result.seconds = double(timer.nsecsElapsed()) / 1e9;
  result.blocks = (*target)->tip().height;
  if (result.blocks != blocks) result.error = "the sync stopped at height " + std::to_string(result.blocks);
  return result;
}

}  // namespace wb::bench
