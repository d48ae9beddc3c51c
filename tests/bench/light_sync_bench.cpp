#include "tests/bench/light_sync_bench.h"

#include <sys/stat.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <filesystem>

#include "chain/core/tx_sign.h"
#include "chain/light/light_node.h"
#include "chain/net/peer_manager.h"
#include "tests/chain/light/light_fixture.h"

namespace wb::bench {
namespace {

// Bytes a folder really occupies (allocated blocks: LMDB files may be sparse).
std::uint64_t diskUsage(const std::filesystem::path& dir) {
  std::uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir, ec)) {
    struct stat info {};
    if (entry.is_regular_file() && ::stat(entry.path().c_str(), &info) == 0) {
      total += static_cast<std::uint64_t>(info.st_blocks) * 512;
    }
  }
  return total;
}

// Runs the event loop until `done` holds or `timeoutMs` passes; false on timeout.
template <class Done>
bool runUntil(Done done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QEventLoop loop;
    QTimer::singleShot(1, &loop, &QEventLoop::quit);
    loop.exec();
  }
  return true;
}

}  // namespace

LightSyncResult measureLightSync(std::size_t blocks, std::size_t txsPerBlock, std::size_t proofs) {
  using namespace wb::testsupport;
  LightSyncResult result;
  SecpContext ctx;
  TestAccounts accounts(ctx, kDevAccounts);
  const GenesisFile file = lighttest::devGenesis(ConsensusKind::Pow, accounts);
  QTemporaryDir dir;
  const std::filesystem::path fullDir = std::filesystem::path(dir.filePath("full").toStdString());
  lighttest::FullNode full(fullDir, file, ctx, accounts);
  BlockFactory factory(ctx, full.genesis, accounts);

  // The chain: blocks of transactions, PoW-sealed by the full node's own engine.
  std::vector<Hash32> orderIds;
  for (std::size_t i = 0; i < blocks; ++i) {
    if (auto synced = full.chain->readState([&](const state::StateView& v) { return factory.syncNonces(v); });
        !synced) {
      result.error = synced.error().message;
      return result;
    }
    std::vector<Tx> txs = factory.mixedTxs(txsPerBlock);
    for (const Tx& tx : txs) {
      if (std::holds_alternative<OrderCreatePayload>(tx.payload)) orderIds.push_back(computeTxid(tx));
    }
    result.txs += txs.size();
    auto produced = full.produce(i % kDevAccounts, std::move(txs));
    if (!produced) {
      result.error = "block " + std::to_string(i + 1) + ": " + produced.error().message;
      return result;
    }
  }
  result.blocks = blocks;

  net::PeerManagerConfig config;
  net::PeerManager serving(*full.chain, config);
  if (auto listening = serving.listen(QHostAddress::LocalHost, 0); !listening.ok()) {
    result.error = listening.error().message;
    return result;
  }
  light::LightNodeConfig lightConfig;
  lightConfig.dataDir = dir.filePath("light");
  lightConfig.genesis = file;
  lightConfig.connect = {{QHostAddress(QHostAddress::LocalHost), serving.listenPort()}};
  auto light = light::LightNode::open(lightConfig, ctx);
  if (!light) {
    result.error = light.error().message;
    return result;
  }
  QElapsedTimer timer;
  timer.start();
  if (auto started = (*light)->start(); !started) {
    result.error = started.error().message;
    return result;
  }
  const BlockHash fullTip = full.chain->tip().hash;
  if (!runUntil([&] { return (*light)->headers().tip().hash == fullTip; }, 600'000)) {
    result.error = "the light node did not reach the full node's tip";
    return result;
  }
  result.headerSeconds = double(timer.nsecsElapsed()) / 1e9;

  // Accounts, then orders, each once, as a wallet refreshing its records asks for
  // them all at once when a header arrives.
  if (proofs > kDevAccounts + orderIds.size()) {
    result.error = "the chain holds fewer records than --proofs asks for";
    return result;
  }
  std::size_t answered = 0;
  std::string failure;
  timer.restart();
  for (std::size_t i = 0; i < proofs; ++i) {
    const bool order = i >= kDevAccounts;
    const Hash32 key = order ? orderIds[i - kDevAccounts] : accounts.key(i).bytes();
    (*light)->sync().requestProof(order ? state::Table::Orders : state::Table::Accounts, Bytes(key.begin(), key.end()),
                                  [&](const Result<light::ProvenRecord>& proven) {
                                    ++answered;
                                    if (!proven)
                                      failure = proven.error().message;
                                    else if (!proven->value)
                                      failure = "a record the chain holds was proven absent";
                                  });
  }
  if (!runUntil([&] { return answered == proofs; }, 600'000)) {
    result.error = "proof requests went unanswered";
    return result;
  }
  if (!failure.empty()) {
    result.error = "a proof failed: " + failure;
    return result;
  }
  result.proofSeconds = double(timer.nsecsElapsed()) / 1e9;
  result.proofs = proofs;
  (*light)->stop();
  result.lightDiskBytes = diskUsage(std::filesystem::path(dir.filePath("light").toStdString()));
  result.fullDiskBytes = diskUsage(fullDir);
  return result;
}

}  // namespace wb::bench
