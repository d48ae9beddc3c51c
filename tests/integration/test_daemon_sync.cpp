// Real waybilld processes syncing a long chain (DESIGN §7, §10): a dev node of
// the consensus this suite is built for (WAYBILL_SYNC_CONSENSUS: pow, pos or
// dpos; one CTest suite each) with the manual clock makes 1000 blocks at once with dev_produce, then
// nodes on the system clock join it. They must take every block (the manual
// network is dated back, so none is "in the future"), and one killed with
// SIGKILL in the middle of its sync must restart on a consistent tip and finish.
// Slow (label "slow"): about half a minute on two cores.
#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

constexpr qint64 kBlocks = 1000;
constexpr qint64 kBlocksPerCall = 250;  // each dev_produce call stays well within the HTTP timeout
const QString kConsensus = QStringLiteral(WAYBILL_SYNC_CONSENSUS);
const QString kNetwork = QStringLiteral("dev-") + kConsensus;

qint64 heightOf(Daemon& node) { return node.result("node_info")["height"].toInteger(); }
QString tipOf(Daemon& node) { return node.result("node_info")["tip"].toString(); }

}  // namespace

class TestDaemonSync : public QObject {
  Q_OBJECT

  QTemporaryDir sourceDir_;
  std::unique_ptr<Daemon> source_;
  quint16 sourcePort_ = 0;
  QString tip_;

  QStringList joinArgs() const {
    return {"--genesis", source_->genesisPath(), "--connect", QString("127.0.0.1:%1").arg(sourcePort_)};
  }

private slots:
  void initTestCase() {
    QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath()));
    source_ = std::make_unique<Daemon>(sourceDir_.path(), kNetwork);
    sourcePort_ = freePort();
    QVERIFY2(source_->start({"--dev", kConsensus, "--dev-clock", "manual", "--listen", QString::number(sourcePort_)}),
             qPrintable(source_->output()));
    for (qint64 made = 0; made < kBlocks; made += kBlocksPerCall) {
      const QJsonArray hashes = source_->result("dev_produce", {{"blocks", kBlocksPerCall}})["hashes"].toArray();
      QCOMPARE(hashes.size(), kBlocksPerCall);
    }
    QCOMPARE(heightOf(*source_), kBlocks);
    tip_ = tipOf(*source_);
    // All of it lies in the past, as a node on the system clock needs.
    const qint64 tipTime = source_->result("chain_block", {{"height", kBlocks}})["time"].toInteger();
    QVERIFY2(tipTime < QDateTime::currentSecsSinceEpoch(), qPrintable(QString::number(tipTime)));
  }

  // A node started after the 1000 blocks exist syncs all of them, quietly.
  void lateNodeSyncsEveryBlock() {
    QTemporaryDir dir;
    Daemon late(dir.path(), kNetwork);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(late.start(joinArgs()), qPrintable(late.output()));
    QVERIFY2(waitUntil([&] { return tipOf(late) == tip_; }, 60000), qPrintable(QString::number(heightOf(late))));
    qInfo("synced %lld blocks in %lld ms", kBlocks, timer.elapsed());
    QCOMPARE(heightOf(late), kBlocks);
    QCOMPARE(blockHashAt(late, kBlocks / 2), blockHashAt(*source_, kBlocks / 2));
    QCOMPARE(late.stop(), 0);
    // No block refused as "in the future", no retry, nothing else to warn about.
    QVERIFY2(!late.output().contains("warning"), qPrintable(late.output()));
  }

  // kill -9 in the middle of a sync: the store holds a consistent tip (--check
  // passes), and the restarted node finishes the sync from there.
  void killedDuringSyncRestartsAndFinishes() {
    QTemporaryDir dir;
    Daemon node(dir.path(), kNetwork);
    QVERIFY2(node.start(joinArgs()), qPrintable(node.output()));
    qint64 reached = 0;
    QVERIFY(waitUntil([&] { return (reached = heightOf(node)) > 0; }, 60000, 10));
    node.kill();
    qInfo("killed at height %lld or a little later", reached);
    QVERIFY2(reached < kBlocks, "the sync ended before the kill: this test needs a longer chain");

    QString output;
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--network", kNetwork, "--check"}, &output), 0);
    QVERIFY2(output.contains("ledger ok"), qPrintable(output));
    QVERIFY2(node.start({"--network", kNetwork, "--connect", QString("127.0.0.1:%1").arg(sourcePort_)}),
             qPrintable(node.output()));
    QVERIFY(heightOf(node) >= reached);
    QVERIFY(waitUntil([&] { return tipOf(node) == tip_; }, 60000));
    QCOMPARE(node.stop(), 0);
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--network", kNetwork, "--check"}, &output), 0);
  }
};

QTEST_GUILESS_MAIN(TestDaemonSync)
#include "test_daemon_sync.moc"
