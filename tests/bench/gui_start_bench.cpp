#include "tests/bench/gui_start_bench.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <chrono>
#include <vector>

#include "chain/core/genesis.h"
#include "chain/core/genesis_file.h"
#include "chain/store/chain.h"
#include "chain/store/chain_genesis.h"
#include "tests/support/test_chain.h"

namespace wb::bench {
namespace {

// How long the application may take before the bench gives up.
constexpr int kStartTimeoutMs = 120'000;

// The ledger: a dev-style PoW genesis for ten test accounts, then the blocks.
Status writeLedger(const QString& dataDir, const QString& genesisPath, std::size_t blocks, std::size_t txsPerBlock,
                   GuiStartResult& result) {
  using namespace wb::testsupport;
  SecpContext ctx;
  TestAccounts accounts(ctx, kDevAccounts);
  std::vector<AccountKey> keys;
  for (std::size_t i = 0; i < accounts.size(); ++i) keys.push_back(accounts.key(i));
  // Genesis far enough in the past that every block's time is behind real time.
  const auto now = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
  WB_TRY_ASSIGN(file, makeDevGenesis(ConsensusKind::Pow, now - 2 * 86'400 - blocks * 600,
                                     std::span<const AccountKey, kDevAccounts>(keys.data(), kDevAccounts)));
  WB_TRY(writeGenesisFile(std::filesystem::path(genesisPath.toStdString()), *file));
  const ChainGenesis genesis = chainGenesisFrom(*file);
  WB_TRY_ASSIGN(chain, Chain::open(std::filesystem::path(dataDir.toStdString()), genesis.params.name, genesis, ctx));
  BlockFactory factory(ctx, genesis, accounts);
  BlockHeader parent = genesis.header;
  // In slices, so a million transactions never sit in memory at once.
  constexpr std::size_t kSlice = 50;
  for (std::size_t done = 0; done < blocks;) {
    std::vector<Bytes> encoded;
    for (std::size_t i = 0; i < kSlice && done < blocks; ++i, ++done) {
      Block block = factory.makeBlock(parent, factory.mixedTxs(txsPerBlock), done % accounts.size());
      parent = block.header;
      result.txs += block.txs.size();
      encoded.push_back(encodeBlock(block));
    }
    std::vector<ByteView> views(encoded.begin(), encoded.end());
    if (auto imported = (*chain)->importBlocks(views); !imported.ok()) return imported.error();
  }
  result.blocks = blocks;
  return {};
}

// VmHWM of process `pid` (Linux), or 0 when unreadable.
std::uint64_t peakKibOf(qint64 pid) {
  QFile status(QStringLiteral("/proc/%1/status").arg(pid));
  if (!status.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : status.readAll().split('\n')) {
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').front().toULongLong();
  }
  return 0;
}

}  // namespace

GuiStartResult measureGuiStart(std::size_t blocks, std::size_t txsPerBlock, const QString& waybillPath) {
  GuiStartResult result;
  QTemporaryDir root;
  const QString dataDir = QDir(root.path()).filePath(QStringLiteral("data"));
  const QString genesisPath = QDir(root.path()).filePath(QStringLiteral("genesis.json"));
  if (!QDir().mkpath(dataDir)) {
    result.error = "cannot create the data directory";
    return result;
  }
  if (const Status written = writeLedger(dataDir, genesisPath, blocks, txsPerBlock, result); !written) {
    result.error = written.error().message;
    return result;
  }

  QProcess app;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(root.path()).filePath(QStringLiteral("config")));
  env.insert(QStringLiteral("WAYBILL_REPORT_FIRST_PAINT"), QStringLiteral("1"));
  app.setProcessEnvironment(env);
  app.setProcessChannelMode(QProcess::SeparateChannels);
  QElapsedTimer wall;
  wall.start();
  app.start(waybillPath, {QStringLiteral("--datadir"), dataDir, QStringLiteral("--genesis"), genesisPath,
                          QStringLiteral("--no-rpc")});
  if (!app.waitForStarted(10'000)) {
    result.error = "cannot start " + waybillPath.toStdString();
    return result;
  }
  QByteArray out;
  while (!out.contains("first-paint-ms ") || !out.endsWith('\n')) {
    if (wall.elapsed() > kStartTimeoutMs || !app.waitForReadyRead(kStartTimeoutMs)) {
      result.error = "waybill reported no first paint: " + app.readAllStandardError().toStdString();
      app.kill();
      app.waitForFinished();
      return result;
    }
    out += app.readAllStandardOutput();
  }
  result.wallMs = static_cast<double>(wall.elapsed());
  result.guiPeakKib = peakKibOf(app.processId());
  const QByteArray line = out.mid(out.indexOf("first-paint-ms ") + 15).trimmed();
  bool ok = false;
  result.firstPaintMs = line.split('\n').front().toDouble(&ok);
  if (!ok) result.error = "cannot read the first-paint line: " + out.toStdString();
  app.waitForFinished(30'000);
  return result;
}

}  // namespace wb::bench
