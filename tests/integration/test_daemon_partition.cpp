// A partitioned network of real waybilld processes heals (issue 12, DESIGN §7):
// eight nodes of the consensus this suite is built for (WAYBILL_PARTITION_CONSENSUS:
// pow or pos; one CTest suite each) in two halves of four, each half on its own
// 127.0.0.x addresses in a random tree of --connect links and with its own
// producer (a dev node on the manual clock; the second one shares the first's
// genesis file). Both halves go on producing apart; then a node_connect joins
// them (the lighter half's producer, whose manual clock stands at its own tip,
// leaves and comes back as a follower), every node ends on the heavier half's
// tip, and `waybilld --check` passes on every data directory. Label "slow": eight processes and eight
// ledger checks (seconds here, much longer under a sanitizer).
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <vector>

#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

const QString kConsensus = QStringLiteral(WAYBILL_PARTITION_CONSENSUS);
const QString kNetwork = QStringLiteral("dev-") + kConsensus;
constexpr int kNodes = 8;
constexpr int kHalf = kNodes / 2;

QString tipOf(Daemon& node) { return node.call("node_info")["result"].toObject()["tip"].toString(); }

}  // namespace

class TestDaemonPartition : public QObject {
  Q_OBJECT

  NetNodes nodes_;

  // True once every node in [from, to) is on `hash` (within `ms`).
  bool allOn(int from, int to, const QString& hash, int ms) {
    return waitUntil(
        [&] {
          for (int i = from; i < to; ++i) {
            if (tipOf(*nodes_[i]->daemon) != hash) return false;
          }
          return true;
        },
        ms);
  }

  // Makes `count` blocks on the producer `node`; returns the last one's hash.
  static QString produce(Daemon& node, int count) {
    const QJsonArray hashes = node.result("dev_produce", {{"blocks", count}})["hashes"].toArray();
    return hashes.isEmpty() ? QString() : hashes.last().toString();
  }

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  void halvesProduceApartAndConvergeWhenJoined() {
    QRandomGenerator random(12);
    for (int i = 0; i < kNodes; ++i) {
      auto node = std::make_unique<NetNode>();
      node->listen = QString("127.0.0.%1:%2").arg(i + 1).arg(freePort());
      node->daemon = std::make_unique<Daemon>(node->dir.path(), kNetwork);
      QStringList args{"--listen", node->listen};
      const int first = i < kHalf ? 0 : kHalf;  // the half's producer
      if (i == first) {
        if (i != 0) {  // the same network as the first half's producer: its genesis file, our own keys and clock
          QVERIFY(QDir().mkpath(node->dir.filePath(kNetwork)));
          QVERIFY(QFile::copy(nodes_[0]->daemon->genesisPath(), node->daemon->genesisPath()));
        }
        args << "--dev" << kConsensus << "--dev-clock"
             << "manual";
      } else {
        // A random tree: the producer's first follower hangs on the producer, the others
        // on an earlier follower (so the followers stay connected without the producer).
        const int root = i == first + 1 ? first : first + 1;
        const int target = root + static_cast<int>(random.bounded(static_cast<quint32>(i - root)));
        args << "--genesis" << nodes_[0]->daemon->genesisPath() << "--connect" << nodes_[target]->listen;
      }
      nodes_.push_back(std::move(node));
      QVERIFY2(nodes_.back()->daemon->start(args), qPrintable(nodes_.back()->daemon->output()));
    }
    Daemon& producerA = *nodes_[0]->daemon;
    Daemon& producerB = *nodes_[kHalf]->daemon;

    // Apart: the first half makes more blocks (one with a transfer, so no block
    // is the other half's), the second fewer; each half follows its producer.
    const QJsonArray accounts = producerA.result("wallet_accounts")["accounts"].toArray();
    QVERIFY(accounts.size() >= 2);
    QVERIFY(
        !producerA
             .result("wallet_send", {{"from", accounts[0]["address"]}, {"to", accounts[1]["address"]}, {"amount", "1"}})
             .toObject()
             .isEmpty());
    const QString tipA = produce(producerA, 6);
    const QString tipB = produce(producerB, 3);
    QVERIFY(!tipA.isEmpty() && !tipB.isEmpty() && tipA != tipB);
    QVERIFY(allOn(0, kHalf, tipA, 60'000));
    QVERIFY(allOn(kHalf, kNodes, tipB, 60'000));

    // Joined: the heavier branch wins everywhere. The second half's producer
    // goes first: its manual clock stands at its own tip and would take the
    // other half's later blocks for blocks from the future; it comes back on
    // the system clock, as a follower.
    QVERIFY2(producerB.stop() == 0, qPrintable(producerB.output().right(6000)));
    Daemon& joiner = *nodes_[kHalf + 1]->daemon;
    QVERIFY(!joiner.result("node_connect", {{"address", nodes_[0]->listen}}).toObject().isEmpty());
    QVERIFY2(allOn(kHalf + 1, kNodes, tipA, 60'000), qPrintable(tipOf(joiner)));
    QVERIFY2(
        producerB.start({"--network", kNetwork, "--listen", nodes_[kHalf]->listen, "--connect", nodes_[0]->listen}),
        qPrintable(producerB.output()));
    QVERIFY2(allOn(0, kNodes, tipA, 60'000), qPrintable(producerB.output().right(2000)));

    // Every ledger is consistent once its node has stopped.
    for (auto& node : nodes_) QVERIFY2(node->daemon->stop() == 0, qPrintable(node->daemon->output().right(6000)));
    for (auto& node : nodes_) {
      QString output;
      QCOMPARE(runDaemon({"--datadir", node->dir.path(), "--network", kNetwork, "--check"}, &output), 0);
    }
  }
};

QTEST_GUILESS_MAIN(TestDaemonPartition)
#include "test_daemon_partition.moc"
