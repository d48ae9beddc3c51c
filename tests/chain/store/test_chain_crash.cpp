// Kills a real importing process with SIGKILL at random moments; after each kill
// the store must reopen on a consistent tip: the supply invariant holds, the tip's
// body, undo log and index entries exist, nothing lies past it, the tip never goes
// back, and the state equals a replay of the main chain into a fresh store.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <random>

#include "chain/core/tx_sign.h"
#include "tests/support/test_chain.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;

class TestChainCrash : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void survivesSigkillDuringImport() {
    QTemporaryDir dir;
    const std::filesystem::path dataDir = dir.path().toStdString();
    SecpContext ctx;
    TestAccounts accounts(ctx, 8);
    const ChainGenesis genesis = testGenesis(accounts);
    std::mt19937 rng(20261126);
    std::uint64_t lastHeight = 0;
    int kills = 0;

    for (int round = 0; round < 22; ++round) {
      QProcess importer;
      importer.start(QStringLiteral(WB_CHAIN_IMPORTER), {dir.path()});
      QVERIFY(importer.waitForStarted());
      QVERIFY2(importer.waitForReadyRead(10000), qPrintable(importer.readAllStandardError()));
      QTest::qWait(std::uniform_int_distribution<int>(20, 250)(rng));
      if (importer.state() != QProcess::Running) QFAIL(qPrintable("importer died: " + importer.readAllStandardError()));
      ::kill(static_cast<pid_t>(importer.processId()), SIGKILL);
      QVERIFY(importer.waitForFinished());
      ++kills;

      auto chain = Chain::open(dataDir, "crash", genesis, ctx);
      WB_VERIFY_OK(chain);
      WB_VERIFY_OK((*chain)->checkInvariant());
      const TipPosition tip = (*chain)->tip();
      QVERIFY2(tip.height >= lastHeight, "the tip went backwards");
      lastHeight = tip.height;
      auto atTip = (*chain)->hashAtHeight(tip.height);
      QVERIFY(atTip.ok() && atTip->has_value() && **atTip == tip.hash);
      auto beyond = (*chain)->hashAtHeight(tip.height + 1);
      QVERIFY(beyond.ok() && !beyond->has_value());
      auto body = (*chain)->block(tip.hash);
      QVERIFY(body.ok() && body->has_value());
      if (!(*body)->txs.empty()) {
        auto located = (*chain)->txLocation(computeTxid((*body)->txs.back()));
        QVERIFY(located.ok() && located->has_value() && (*located)->block == tip.hash);
      }

      // Every few rounds, replay the main chain into a fresh store and compare.
      if (round % 5 == 4) {
        QTemporaryDir replayDir;
        auto replay = Chain::open(std::filesystem::path(replayDir.path().toStdString()), "crash", genesis, ctx);
        WB_VERIFY_OK(replay);
        for (std::uint64_t h = 1; h <= tip.height; ++h) {
          auto block = (*chain)->block((*chain)->hashAtHeight(h).value().value());
          WB_VERIFY_OK((*replay)->importBlock(encodeBlock(*block.value())));
        }
        QVERIFY(dumpChainState(**replay).value() == dumpChainState(**chain).value());
      }
    }
    QVERIFY(kills >= 20);
    QVERIFY2(lastHeight > 0, "the importer never committed a block");
    qInfo("%d kills; the chain reached height %llu", kills, static_cast<unsigned long long>(lastHeight));
  }
};

QTEST_GUILESS_MAIN(TestChainCrash)
#include "test_chain_crash.moc"
