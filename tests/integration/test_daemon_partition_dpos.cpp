// A partitioned DPoS network of real waybilld processes heals (issue 12, DESIGN
// §4, §7). Eight nodes on their own 127.0.0.x addresses, in two halves of four
// (a random tree of --connect links each), on a network of seven active
// delegates (1 s slots) whose keys are split between the halves: the first half
// holds five of them (node 0 two, nodes 1–3 one each), the second two (nodes 4
// and 5; nodes 6 and 7 only follow). Five is ⌊2·7/3⌋ + 1, what finality needs.
// Node 0's wallet holds one more account, which is no delegate yet.
//
//   joined:  one --connect link from node 4 to node 0 joins the halves; all
//            seven delegates produce, every node's LIB advances;
//   apart:   node 4 restarts without that link. Both halves go on producing
//            in their own delegates' slots; the first half's LIB moves past
//            the fork point, the second half's stops at or below it. In the
//            first half, node 0's spare account registers as a delegate and is
//            voted in: from the next round it produces there (so the first
//            half's later rounds have a schedule the fork point's state does
//            not give);
//   healed:  a node_connect from node 4 to node 0. The second half leaves its
//            branch (it never finalised a block of it) for the first half's
//            longer one (most blocks wins, its rounds checked against its own
//            votes); every node ends on the block the first half had at that
//            moment and knows the new delegate, finality resumes everywhere, and
//            `waybilld --check` passes on every data directory.
//
// Nothing waits on a fixed delay: every phase waits for its condition with a
// generous deadline (label "slow": eight processes and eight ledger checks).
#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <vector>

#include "chain/consensus/dpos/dpos_finality.h"
#include "tests/integration/dpos_network.h"
#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

constexpr int kNodes = 8;
constexpr int kHalf = kNodes / 2;
constexpr std::uint32_t kActiveDelegates = 7;
// The wallet each node produces with (-1: none, it only follows) and its accounts.
constexpr int kWalletOfNode[kNodes] = {0, 1, 2, 3, 4, 5, -1, -1};
constexpr std::size_t kAccountsOfWallet[] = {3, 1, 1, 1, 1, 1};
constexpr std::size_t kNewcomer = 2;  // node 0's account that is voted in while the halves are apart
constexpr int kWallets = 6;
constexpr int kFirstHalfDelegates = 5;
// Deadlines: generous, for a loaded 2-core machine.
constexpr int kPhaseMs = 120'000;

QJsonObject infoOf(Daemon& node) { return node.call("node_info")["result"].toObject(); }
qint64 heightOf(Daemon& node) { return infoOf(node)["height"].toInteger(-1); }
qint64 libOf(Daemon& node) { return infoOf(node)["lib"].toInteger(-1); }

}  // namespace

class TestDaemonPartitionDpos : public QObject {
  Q_OBJECT

  QTemporaryDir netDir_;
  DposNetwork net_;
  NetNodes nodes_;

  Daemon& node(int i) { return *nodes_[static_cast<std::size_t>(i)]->daemon; }

  // The lowest height at which every node in [from, to) has a block, and whether
  // they all have the same block at `height`.
  qint64 lowestHeight(int from, int to) {
    qint64 low = -1;
    for (int i = from; i < to; ++i) {
      const qint64 h = heightOf(node(i));
      if (h < 0) return -1;
      low = low < 0 ? h : std::min(low, h);
    }
    return low;
  }
  bool sameBlockAt(int from, int to, qint64 height) {
    const QString hash = blockHashAt(node(from), height);
    if (hash.isEmpty()) return false;
    for (int i = from + 1; i < to; ++i) {
      if (blockHashAt(node(i), height) != hash) return false;
    }
    return true;
  }
  qint64 lowestLib(int from, int to) {
    qint64 low = -1;
    for (int i = from; i < to; ++i) {
      const qint64 lib = libOf(node(i));
      if (lib < 0) return -1;
      low = low < 0 ? lib : std::min(low, lib);
    }
    return low;
  }
  qint64 highestLib(int from, int to) {
    qint64 high = -1;
    for (int i = from; i < to; ++i) high = std::max(high, libOf(node(i)));
    return high;
  }
  // The last height at which nodes `a` and `b` have the same block (both chains
  // share genesis), searching down from the lower tip.
  qint64 forkHeight(int a, int b) {
    qint64 h = std::min(heightOf(node(a)), heightOf(node(b)));
    while (h > 0 && blockHashAt(node(a), h) != blockHashAt(node(b), h)) --h;
    return h;
  }
  // `address`'s entry in `node`'s delegate_list (empty when it is no delegate there).
  static QJsonObject newcomerOn(Daemon& node, const QString& address) {
    for (const QJsonValue& d : node.result("delegate_list")["delegates"].toArray()) {
      if (d["address"].toString() == address) return d.toObject();
    }
    return {};
  }
  QString report() { return describeNodes(nodes_); }

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  // After a failure, what each node said tells why.
  void cleanup() { stopNodes(nodes_); }

  void minorityStopsFinalisingAndFollowsTheMajorityWhenHealed() {
    // The network: seven genesis delegates, every account of every wallet. Slot 1
    // comes once every node has had time to start.
    DposNetworkSpec spec;
    spec.name = "partition-dpos";
    spec.blockTime = 1;
    spec.activeDelegates = kActiveDelegates;
    spec.startInSeconds = 20;
    for (int w = 0; w < kWallets; ++w) {
      spec.wallets.push_back({kAccountsOfWallet[w]});
      for (std::size_t a = 0; a < kAccountsOfWallet[w]; ++a) {
        if (w != 0 || a != kNewcomer) spec.genesisDelegates.emplace_back(w, a);
      }
    }
    QCOMPARE(spec.genesisDelegates.size(), std::size_t{kActiveDelegates});
    QCOMPARE(wb::irreversibilityThreshold(kActiveDelegates), std::uint64_t{kFirstHalfDelegates});
    QString error;
    QVERIFY2(makeDposNetwork(netDir_.path(), spec, net_, error), qPrintable(error));

    QRandomGenerator random(12);
    for (int i = 0; i < kNodes; ++i) {
      auto n = std::make_unique<NetNode>();
      n->listen = QString("127.0.0.%1:%2").arg(i + 1).arg(freePort());
      n->daemon = std::make_unique<Daemon>(n->dir.path(), net_.name);
      const int w = kWalletOfNode[i];
      n->args = w >= 0 ? net_.producerArgs(static_cast<std::size_t>(w)) : net_.followerArgs();
      n->args << "--listen" << n->listen;
      const int first = i < kHalf ? 0 : kHalf;
      if (i > first) {  // a random tree in each half
        const int target = first + static_cast<int>(random.bounded(static_cast<quint32>(i - first)));
        n->args << "--connect" << nodes_[static_cast<std::size_t>(target)]->listen;
      }
      QStringList args = n->args;
      if (i == kHalf) args << "--connect" << nodes_[0]->listen;  // the link between the halves
      nodes_.push_back(std::move(n));
      QVERIFY2(nodes_.back()->daemon->start(args), qPrintable(nodes_.back()->daemon->output()));
    }

    // Joined: every delegate produces on one chain, so every node finalises.
    QVERIFY2(waitUntil(
                 [&] {
                   const qint64 lib = lowestLib(0, kNodes);
                   return lib >= 3 && sameBlockAt(0, kNodes, lib);
                 },
                 kPhaseMs),
             qPrintable(report()));

    // Apart: node 4 comes back without the link to node 0 (nobody in the first
    // half dialled it, so nobody dials it again).
    QCOMPARE(node(kHalf).stop(), 0);
    QVERIFY2(node(kHalf).start(nodes_[kHalf]->args), qPrintable(node(kHalf).output().right(4000)));
    const qint64 splitHeightA = heightOf(node(0));
    // The second half makes blocks of its own (its two delegates' slots), the
    // first half finalises past the fork point, the second half does not.
    qint64 fork = -1;
    QVERIFY2(waitUntil(
                 [&] {
                   fork = forkHeight(0, kHalf);
                   return heightOf(node(kHalf)) >= fork + 2 && lowestLib(0, kHalf) > fork &&
                          heightOf(node(0)) > splitHeightA;
                 },
                 kPhaseMs),
             qPrintable(report()));
    // Each half is one chain.
    QVERIFY2(
        waitUntil([&] { return sameBlockAt(0, kHalf, fork + 1) && sameBlockAt(kHalf, kNodes, fork + 1); }, kPhaseMs),
        qPrintable(report()));
    QVERIFY2(highestLib(kHalf, kNodes) <= fork, qPrintable(report()));
    // The first half votes a new delegate in; it produces from the next round on.
    const QString newcomer = net_.wallets[0].addresses[kNewcomer];
    const QString voter = net_.wallets[0].addresses[0];
    QVERIFY(
        node(0).result("delegate_register", {{"from", newcomer}, {"name", "newcomer"}}).toObject().contains("txid"));
    QVERIFY(waitUntil([&] { return newcomerOn(node(0), newcomer)["name"].toString() == "newcomer"; }, kPhaseMs));
    QVERIFY(node(0).result("stake", {{"from", voter}, {"amount", "1000"}}).toObject().contains("txid"));
    QVERIFY(node(0).result("vote", {{"from", voter}, {"delegates", QJsonArray{newcomer}}}).toObject().contains("txid"));
    QVERIFY2(waitUntil(
                 [&] {
                   const QJsonObject d = newcomerOn(node(0), newcomer);
                   return d["active"].toBool() && d["produced"].toInteger() >= 2;
                 },
                 kPhaseMs),
             qPrintable(report()));
    QVERIFY2(newcomerOn(node(kHalf), newcomer).isEmpty(), "the second half must not know the new delegate");
    // The second half goes on producing, its LIB does not move.
    const qint64 libB = highestLib(kHalf, kNodes);
    const qint64 heightB = heightOf(node(kHalf));
    const qint64 libA = lowestLib(0, kHalf);
    QVERIFY2(waitUntil([&] { return heightOf(node(kHalf)) >= heightB + 3 && lowestLib(0, kHalf) > libA; }, kPhaseMs),
             qPrintable(report()));
    QVERIFY2(highestLib(kHalf, kNodes) == libB, qPrintable(report()));
    QVERIFY2(forkHeight(0, kHalf) == fork, qPrintable(report()));

    // Healed: the first half's chain (more blocks, finalised) wins everywhere.
    const qint64 healHeight = heightOf(node(0));
    const QString healBlock = blockHashAt(node(0), healHeight);
    qInfo("apart: fork at height %lld; first half at height %lld, LIB %lld; second half at height %lld, LIB %lld",
          static_cast<long long>(fork), static_cast<long long>(healHeight), static_cast<long long>(lowestLib(0, kHalf)),
          static_cast<long long>(heightOf(node(kHalf))), static_cast<long long>(highestLib(kHalf, kNodes)));
    QElapsedTimer healing;
    healing.start();
    QVERIFY(!node(kHalf).result("node_connect", {{"address", nodes_[0]->listen}}).toObject().isEmpty());
    QVERIFY2(waitUntil(
                 [&] {
                   for (int i = 0; i < kNodes; ++i) {
                     if (blockHashAt(node(i), healHeight) != healBlock) return false;
                   }
                   return true;
                 },
                 kPhaseMs),
             qPrintable(report()));
    qInfo("healed: every node on the first half's block %lld after %lld ms", static_cast<long long>(healHeight),
          static_cast<long long>(healing.elapsed()));
    for (int i = kHalf; i < kNodes; ++i) QVERIFY(newcomerOn(node(i), newcomer)["active"].toBool());
    // Finality resumes: all seven delegates build on one chain again.
    QVERIFY2(waitUntil([&] { return lowestLib(0, kNodes) >= healHeight; }, kPhaseMs), qPrintable(report()));
    QVERIFY2(sameBlockAt(0, kNodes, healHeight), qPrintable(report()));

    // Every ledger is consistent once its node has stopped.
    for (auto& n : nodes_) QVERIFY2(n->daemon->stop() == 0, qPrintable(n->daemon->output().right(6000)));
    for (auto& n : nodes_) {
      QString output;
      QVERIFY2(runDaemon({"--datadir", n->dir.path(), "--network", net_.name, "--check"}, &output) == 0,
               qPrintable(output));
    }
  }
};

QTEST_GUILESS_MAIN(TestDaemonPartitionDpos)
#include "test_daemon_partition_dpos.moc"
