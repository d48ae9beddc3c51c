// A crash in the middle of a long reorganisation (DESIGN §5, §10), with real
// waybilld processes: node A holds a 200-block branch full of transactions, node
// S a heavier empty one from the same genesis. A joins S and switches branches;
// it is killed with SIGKILL at random moments of that switch, then restarted
// alone. Each time it must come back on the heaviest branch it has stored (never
// on the lighter, half-switched tip a crash leaves), and `--check` must pass.
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

const QString kNetwork = QStringLiteral("dev-pow");
constexpr qint64 kBranchA = 200;  // blocks of A's own branch
constexpr qint64 kBranchS = 210;  // blocks of S's heavier branch
constexpr int kTxsPerBlock = 25;  // make A's blocks slow to take off the chain
constexpr int kRounds = 6;

qint64 heightOf(Daemon& node) { return node.result("node_info")["height"].toInteger(); }
QString tipOf(Daemon& node) { return node.result("node_info")["tip"].toString(); }

void copyDir(const QString& from, const QString& to) {
  std::filesystem::copy(from.toStdString(), to.toStdString(), std::filesystem::copy_options::recursive);
}

}  // namespace

class TestDaemonReorg : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  void killedDuringAReorganisationRestartsOnTheBestBranch() {
    QTemporaryDir root;
    const QString dirS = root.filePath("s"), pristineA = root.filePath("a");
    const QStringList manual{"--dev", "pow", "--dev-clock", "manual"};
    {
      Daemon s(dirS, kNetwork);  // creates the network; A starts from a copy of it
      QVERIFY2(s.start(manual), qPrintable(s.output()));
      QCOMPARE(s.stop(), 0);
    }
    copyDir(dirS, pristineA);

    // A's branch: every block carries transactions, so the switch takes a while.
    QStringList branchA;
    {
      Daemon a(pristineA, kNetwork);
      QVERIFY2(a.start(manual), qPrintable(a.output()));
      const QJsonArray accounts = a.result("wallet_accounts")["accounts"].toArray();
      for (qint64 b = 0; b < kBranchA; ++b) {
        for (int i = 0; i < kTxsPerBlock; ++i) {
          const QJsonObject from = accounts[i % 4].toObject(), to = accounts[4 + i % 4].toObject();
          QVERIFY(!a.result("wallet_send", {{"from", from["address"]}, {"to", to["address"]}, {"amount", "0.01"}})
                       .toObject()
                       .isEmpty());
        }
        QVERIFY(!a.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
      }
      QCOMPARE(heightOf(a), kBranchA);
      branchA << "";
      for (qint64 h = 1; h <= kBranchA; ++h) branchA << blockHashAt(a, h);
      QCOMPARE(a.stop(), 0);
    }

    // S's heavier branch (same work per block, more blocks), empty.
    Daemon s(dirS, kNetwork);
    const quint16 port = freePort();
    QVERIFY2(s.start(manual + QStringList{"--listen", QString::number(port)}), qPrintable(s.output()));
    QCOMPARE(s.result("dev_produce", {{"blocks", kBranchS}})["hashes"].toArray().size(), kBranchS);
    QStringList branchS{""};
    for (qint64 h = 1; h <= kBranchS; ++h) branchS << blockHashAt(s, h);
    QVERIFY(branchS[1] != branchA[1]);

    // How long joining S takes, to aim the kills inside the switch.
    qint64 joinMs = 0;
    {
      QTemporaryDir dir;
      copyDir(pristineA, dir.filePath("a"));
      Daemon a(dir.filePath("a"), kNetwork);
      QElapsedTimer timer;
      timer.start();
      QVERIFY2(a.start({"--network", kNetwork, "--connect", QString("127.0.0.1:%1").arg(port)}),
               qPrintable(a.output()));
      QVERIFY(waitUntil([&] { return tipOf(a) == branchS[kBranchS]; }, 120000, 20));
      joinMs = timer.elapsed();
      QCOMPARE(a.stop(), 0);
    }
    qInfo("joining S and switching branches took %lld ms", joinMs);

    int interrupted = 0;
    for (int round = 0; round < kRounds; ++round) {
      QTemporaryDir dir;
      const QString dirA = dir.filePath("a");
      copyDir(pristineA, dirA);
      {
        Daemon joining(dirA, kNetwork);
        QVERIFY2(joining.start({"--network", kNetwork, "--connect", QString("127.0.0.1:%1").arg(port)}),
                 qPrintable(joining.output()));
        QTest::qWait(
            static_cast<int>(QRandomGenerator::global()->bounded(joinMs / 5, std::max(joinMs, joinMs / 5 + 1))));
        joining.kill();
      }

      // Alone (no peer to finish the switch): only what the store holds counts.
      Daemon a(dirA, kNetwork);
      QVERIFY2(a.start({"--network", kNetwork}), qPrintable(a.output()));
      const qint64 height = heightOf(a);
      const QString tip = tipOf(a);
      QCOMPARE(a.stop(), 0);
      if (a.output().contains("interrupted reorganisation")) ++interrupted;
      QVERIFY2(
          height >= kBranchA,
          qPrintable(QString("round %1: restarted at height %2, lighter than A's own branch").arg(round).arg(height)));
      QVERIFY2(
          height <= kBranchS && (tip == branchS[height] || (height == kBranchA && tip == branchA[kBranchA])),
          qPrintable(QString("round %1: tip %2 at height %3 is on neither branch").arg(round).arg(tip).arg(height)));
      QString output;
      QCOMPARE(runDaemon({"--datadir", dirA, "--network", kNetwork, "--check"}, &output), 0);
      QVERIFY2(output.contains("ledger ok"), qPrintable(output));
    }
    qInfo("%d of %d kills landed inside the switch", interrupted, kRounds);
    QVERIFY2(interrupted > 0, "no kill landed inside the switch: the test did not test anything");
  }
};

QTEST_GUILESS_MAIN(TestDaemonReorg)
#include "test_daemon_reorg.moc"
