// A DPoS network with 21 active delegates registered and voted in by
// transactions produces every slot (issue 12, DESIGN §3, §4), on real waybilld
// processes with the production DPoS slot of 3 s (round = 21 slots, 63 s).
//
// Three processes, each producing with the accounts of its own wallet (a node
// signs for every scheduled account it holds, so one process stands for several
// delegates: 21 processes would only measure how a 2-core machine shares its
// time): account 0 of each wallet is a genesis delegate, accounts 1–7 register
// with delegate_register, and one account stakes and votes for all 21. From the
// first round whose schedule is taken from a state holding that vote, the
// network is checked over three whole rounds: one block in every slot, each
// round's 21 blocks by the 21 new delegates, none of them with a missed slot,
// every node on the same chain. Label "slow" (about five minutes); nothing waits
// on a fixed delay, every step waits for its condition with a generous deadline.
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <vector>

#include "tests/integration/dpos_network.h"
#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

constexpr int kProcesses = 3;
constexpr std::size_t kDelegatesPerProcess = 7;  // 3 × 7 = 21
constexpr std::uint32_t kActiveDelegates = 21;
constexpr std::uint64_t kBlockTime = 3;
constexpr qint64 kRounds = 3;  // measured after the vote took effect

QJsonObject blockAt(Daemon& node, qint64 height) {
  return node.call("chain_block", {{"height", height}})["result"].toObject();
}

}  // namespace

class TestDaemonDposDelegates : public QObject {
  Q_OBJECT

  QTemporaryDir netDir_;
  DposNetwork net_;
  NetNodes nodes_;

  Daemon& node(int i) { return *nodes_[static_cast<std::size_t>(i)]->daemon; }
  qint64 slotOfBlock(const QJsonObject& block) const {
    return static_cast<qint64>(slotOf(net_.genesis.params, static_cast<std::uint64_t>(block["time"].toInteger())));
  }
  QString report() { return describeNodes(nodes_); }

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  void cleanup() { stopNodes(nodes_); }

  void twentyOneVotedDelegatesFillEverySlot() {
    DposNetworkSpec spec;
    spec.name = "delegates-dpos";
    spec.blockTime = kBlockTime;
    spec.activeDelegates = kActiveDelegates;
    spec.startInSeconds = 10;  // the processes are up and linked before slot 1
    for (int p = 0; p < kProcesses; ++p) {
      spec.wallets.push_back({1 + kDelegatesPerProcess});
      spec.genesisDelegates.emplace_back(p, 0);
    }
    QString error;
    QVERIFY2(makeDposNetwork(netDir_.path(), spec, net_, error), qPrintable(error));

    std::vector<QString> listens;
    for (int p = 0; p < kProcesses; ++p) {
      auto n = std::make_unique<NetNode>();
      n->daemon = std::make_unique<Daemon>(n->dir.path(), net_.name);
      listens.push_back(QString("127.0.0.1:%1").arg(freePort()));
      QStringList args = net_.producerArgs(static_cast<std::size_t>(p));
      args << "--listen" << listens.back();
      for (int q = 0; q < p; ++q) args << "--connect" << listens[static_cast<std::size_t>(q)];  // every pair linked
      nodes_.push_back(std::move(n));
      QVERIFY2(node(p).start(args), qPrintable(node(p).output()));
    }
    QVERIFY2(waitUntil(
                 [&] {
                   for (int p = 0; p < kProcesses; ++p) {
                     if (node(p).call("node_info")["result"].toObject()["height"].toInteger() < 2) return false;
                   }
                   return true;
                 },
                 120'000),
             qPrintable(report()));

    // 21 delegates register by transactions, each from its own account on its own node.
    QStringList delegates;
    for (int p = 0; p < kProcesses; ++p) {
      const DposWallet& wallet = net_.wallets[static_cast<std::size_t>(p)];
      for (std::size_t a = 1; a <= kDelegatesPerProcess; ++a) {
        const QString name = QString("delegate-%1-%2").arg(p).arg(a);
        const QJsonObject sent =
            node(p).result("delegate_register", {{"from", wallet.addresses[a]}, {"name", name}}).toObject();
        QVERIFY2(sent.contains("txid"), qPrintable(name));
        delegates << wallet.addresses[a];
      }
    }
    QCOMPARE(delegates.size(), qsizetype(kActiveDelegates));
    const auto registered = [&](Daemon& n) {
      QSet<QString> found;
      for (const QJsonValue& d : n.result("delegate_list")["delegates"].toArray()) found << d["address"].toString();
      for (const QString& address : delegates) {
        if (!found.contains(address)) return false;
      }
      return true;
    };
    QVERIFY2(waitUntil([&] { return registered(node(0)); }, 120'000), qPrintable(report()));

    // One account stakes and votes for all 21: they outrank the genesis delegates.
    const QString voter = net_.wallets[0].addresses[0];
    QVERIFY(node(0).result("stake", {{"from", voter}, {"amount", "1000"}}).toObject().contains("txid"));
    const QJsonObject vote =
        node(0).result("vote", {{"from", voter}, {"delegates", QJsonArray::fromStringList(delegates)}}).toObject();
    QVERIFY(vote.contains("txid"));
    qint64 voteHeight = -1;
    QVERIFY2(waitUntil(
                 [&] {
                   const QJsonObject tx = node(0).call("chain_tx", {{"txid", vote["txid"]}})["result"].toObject();
                   voteHeight = tx["height"].toInteger(-1);
                   return voteHeight > 0;
                 },
                 120'000),
             qPrintable(report()));
    // The first round after the vote's takes its schedule from a state holding the vote.
    const qint64 firstRound = slotOfBlock(blockAt(node(0), voteHeight)) / kActiveDelegates + 1;
    const qint64 firstSlot = firstRound * kActiveDelegates;
    const qint64 endSlot = (firstRound + kRounds) * kActiveDelegates;  // exclusive

    // Wait for the whole window (about 4 rounds of 63 s) and one block after it.
    const int windowMs =
        static_cast<int>((endSlot - slotOfBlock(blockAt(node(0), voteHeight)) + 10) * kBlockTime * 1000);
    qint64 tipHeight = -1;
    QVERIFY2(waitUntil(
                 [&] {
                   const QJsonObject info = node(0).call("node_info")["result"].toObject();
                   tipHeight = info["height"].toInteger(-1);
                   return tipHeight > 0 && slotOfBlock(blockAt(node(0), tipHeight)) >= endSlot;
                 },
                 windowMs + 120'000, 1'000),
             qPrintable(report()));

    // Every slot of the window has its block, each round by the 21 delegates.
    qint64 height = voteHeight;
    while (slotOfBlock(blockAt(node(0), height)) < firstSlot) ++height;
    const QSet<QString> expected(delegates.begin(), delegates.end());
    for (qint64 round = firstRound; round < firstRound + kRounds; ++round) {
      QSet<QString> producers;
      for (qint64 slot = round * kActiveDelegates; slot < (round + 1) * kActiveDelegates; ++slot, ++height) {
        const QJsonObject block = blockAt(node(0), height);
        QVERIFY2(slotOfBlock(block) == slot, qPrintable(QString("slot %1 has no block: block %2 is in slot %3\n%4")
                                                            .arg(slot)
                                                            .arg(height)
                                                            .arg(slotOfBlock(block))
                                                            .arg(report())));
        producers << block["producer"].toString();
      }
      QVERIFY2(producers == expected,
               qPrintable(QString("round %1: %2 distinct producers").arg(round).arg(producers.size())));
    }
    qInfo("vote in block %lld; rounds %lld to %lld (slots %lld to %lld, blocks %lld to %lld): every slot has its block",
          static_cast<long long>(voteHeight), static_cast<long long>(firstRound),
          static_cast<long long>(firstRound + kRounds - 1), static_cast<long long>(firstSlot),
          static_cast<long long>(endSlot - 1), static_cast<long long>(height - kRounds * kActiveDelegates),
          static_cast<long long>(height - 1));
    // No new delegate ever missed a slot; all the nodes hold the same window.
    for (const QJsonValue& d : node(0).result("delegate_list")["delegates"].toArray()) {
      if (!expected.contains(d["address"].toString())) continue;
      QVERIFY2(d["active"].toBool(), qPrintable(d["name"].toString()));
      QVERIFY2(d["missed"].toInteger() == 0, qPrintable(d["name"].toString() + " missed a slot"));
      QVERIFY2(d["produced"].toInteger() >= kRounds, qPrintable(d["name"].toString()));
    }
    const QString last = blockHashAt(node(0), height - 1);
    QVERIFY2(waitUntil(
                 [&] {
                   for (int p = 1; p < kProcesses; ++p) {
                     if (blockHashAt(node(p), height - 1) != last) return false;
                   }
                   return true;
                 },
                 60'000),
             qPrintable(report()));

    for (int p = 0; p < kProcesses; ++p) QVERIFY2(node(p).stop() == 0, qPrintable(node(p).output().right(6000)));
    for (auto& n : nodes_) {
      QString output;
      QVERIFY2(runDaemon({"--datadir", n->dir.path(), "--network", net_.name, "--check"}, &output) == 0,
               qPrintable(output));
    }
  }
};

QTEST_GUILESS_MAIN(TestDaemonDposDelegates)
#include "test_daemon_dpos_delegates.moc"
