// The node in-process: real stores in temporary directories, real engines and
// signatures, nodes talking over loopback.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/node/local_node_client.h"
#include "chain/node/node_errc.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

class TestNode : public NodeSuite {
  Q_OBJECT

  GenesisFile devGenesis(ConsensusKind kind, std::uint64_t time) { return kit_->devGenesis(kind, time); }
  NodeConfig config(const QString& dir, const GenesisFile& genesis, bool producer) {
    return kit_->config(dir, genesis, producer);
  }
  Tx transfer(const ChainParams& params, std::size_t from, std::size_t to, std::uint64_t nonce) {
    return kit_->transfer(params, from, to, nonce);
  }

private slots:
  // --dev-clock manual: blocks come only when asked, for every consensus, and a
  // pooled transaction goes into the next block.
  void manualProductionIncludesMempool_data() { test::addConsensusKindRows(); }
  void manualProductionIncludesMempool() {
    QFETCH(int, kind);
    QTemporaryDir dir;
    const GenesisFile genesis = devGenesis(static_cast<ConsensusKind>(kind), unixNow());
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    NodeRunner runner;
    QVERIFY2(runner.start(c, kit_->ctx()).ok(), "node start");
    QCOMPARE(runner.node()->chain().tip().height, 0u);

    const Tx tx = transfer(genesis.params, 3, 4, 0);
    auto txid = onNode(runner, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY2(txid.ok(), txid.ok() ? "" : txid.error().message.c_str());
    // Nothing is produced until asked.
    QTest::qWait(300);
    QCOMPARE(runner.node()->chain().tip().height, 0u);

    auto made = onNode(runner, [](Node& n) { return n.devProduce(3); });
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(made->size(), 3u);
    QCOMPARE(runner.node()->chain().tip().height, 3u);
    QCOMPARE(runner.node()->chain().tip().hash, made->back());
    auto location = runner.node()->chain().txLocation(*txid);
    QVERIFY(location.ok() && location->has_value());
    QCOMPARE((*location)->height, 1u);
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().size(); }), 0u);
    QVERIFY(runner.node()->chain().checkInvariant().ok());
    runner.stop();

    // The store survives a restart with the same tip.
    NodeRunner again;
    QVERIFY(again.start(c, kit_->ctx()).ok());
    QCOMPARE(again.node()->chain().tip().hash, made->back());
  }

  // A manual clock tells the chain's time, not the wall clock's: on a network
  // dated an hour back, dev_produce'd blocks stay in the past, also after a
  // restart (which continues after the tip instead of jumping to now).
  void manualClockFollowsTheChain() {
    QTemporaryDir dir;
    const std::uint64_t start = unixNow() - 3600;
    NodeConfig c = kit_->manualConfig(dir.path(), devGenesis(ConsensusKind::Dpos, start));
    const auto tipTime = [](Node& n) { return n.chain().headerRecord(n.chain().tip().hash).value()->header.time; };
    std::uint64_t reached = 0;
    {
      NodeRunner runner;
      QVERIFY(runner.start(c, kit_->ctx()).ok());
      QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(30); }).ok());
      reached = onNode(runner, tipTime);
      QVERIFY2(reached > start && reached <= start + 60, std::to_string(reached - start).c_str());
    }
    NodeRunner again;
    QVERIFY(again.start(c, kit_->ctx()).ok());
    QVERIFY(onNode(again, [](Node& n) { return n.devProduce(1); }).ok());
    const std::uint64_t next = onNode(again, tipTime);
    QVERIFY2(next > reached && next <= reached + 5, std::to_string(next - reached).c_str());
  }

  // dev_produce is refused without the manual clock.
  void manualProductionNeedsManualClock() {
    QTemporaryDir dir;
    NodeRunner runner;
    NodeConfig c = config(dir.path(), devGenesis(ConsensusKind::Dpos, unixNow()), true);
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    auto made = onNode(runner, [](Node& n) { return n.devProduce(1); });
    QVERIFY(!made.ok());
    QCOMPARE(made.code(), NodeErrc::NotDevClock);
  }

  // Automatic production on the system clock (PoW mines on worker threads), a
  // second node converges, and a transaction sent to the follower is mined by
  // the producer.
  void twoNodesConverge_data() { test::addConsensusKindRows({ConsensusKind::Pow, ConsensusKind::Dpos}); }
  void twoNodesConverge() {
    QFETCH(int, kind);
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    const GenesisFile genesis = devGenesis(static_cast<ConsensusKind>(kind), unixNow() - 1);
    NodeConfig a = config(dirA.path(), genesis, true);
    a.produce = true;
    NodeRunner producer;
    QVERIFY(producer.start(a, kit_->ctx()).ok());
    const quint16 port = onNode(producer, [](Node& n) { return n.p2pPort(); });
    QVERIFY(port != 0);

    NodeConfig b = config(dirB.path(), genesis, false);
    b.connect.push_back({QHostAddress(QHostAddress::LocalHost), port});
    NodeRunner follower;
    QVERIFY(follower.start(b, kit_->ctx()).ok());

    QTRY_VERIFY_WITH_TIMEOUT(follower.node()->chain().tip().height >= 3, 30000);
    const Tx tx = transfer(genesis.params, 5, 6, 0);
    auto txid = onNode(follower, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY(txid.ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        producer.node()->chain().txLocation(*txid).ok() && producer.node()->chain().txLocation(*txid)->has_value(),
        30000);
    // Stop producing so the tip stays put, then the follower must reach it.
    const TipPosition last = onNode(producer, [](Node& n) {
      (void)n.setProducing(false);
      return n.chain().tip();
    });
    QTRY_COMPARE_WITH_TIMEOUT(follower.node()->chain().tip(), last, 30000);
    const auto txInFollower = [&] {
      auto location = follower.node()->chain().txLocation(*txid);
      return location.ok() && location->has_value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(txInFollower(), 30000);
    QVERIFY(follower.node()->chain().checkInvariant().ok());
  }

  // Two PoW nodes mine apart (a partition), then meet: the lighter branch is
  // reorganised away, its transaction goes back to the pool, is relayed and
  // mined on the winning branch, and both end on one tip.
  void partitionHealsWithReorganisation() {
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    const GenesisFile genesis = devGenesis(ConsensusKind::Pow, unixNow() - 1);
    NodeConfig a = config(dirA.path(), genesis, true);
    a.produce = true;
    NodeConfig b = config(dirB.path(), genesis, true);
    b.produce = true;
    NodeRunner nodeA;
    NodeRunner nodeB;
    QVERIFY(nodeA.start(a, kit_->ctx()).ok());
    QVERIFY(nodeB.start(b, kit_->ctx()).ok());
    const Tx tx = transfer(genesis.params, 7, 8, 0);
    auto txid = onNode(nodeB, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY(txid.ok());
    const auto confirmedOn = [&](NodeRunner& r) {
      auto location = r.node()->chain().txLocation(*txid);
      return location.ok() && location->has_value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(confirmedOn(nodeB) && nodeA.node()->chain().tip().height >= 3, 30000);
    QVERIFY(!confirmedOn(nodeA));  // partitioned: A never saw it
    QVERIFY(onNode(nodeB, [](Node& n) { return n.setProducing(false); }).ok());

    const quint16 portA = onNode(nodeA, [](Node& n) { return n.p2pPort(); });
    auto dialled = onNode(nodeB, [&](Node& n) {
      return n.peers().connectTo({QHostAddress(QHostAddress::LocalHost), portA});
    });
    QVERIFY(dialled.ok());
    // A keeps mining, so its branch ends up heavier whatever the start.
    QTRY_VERIFY_WITH_TIMEOUT(confirmedOn(nodeA), 60000);
    const TipPosition last = onNode(nodeA, [](Node& n) {
      (void)n.setProducing(false);
      return n.chain().tip();
    });
    QTRY_COMPARE_WITH_TIMEOUT(nodeB.node()->chain().tip(), last, 30000);
    QVERIFY(confirmedOn(nodeB));
    QCOMPARE(onNode(nodeB, [](Node& n) { return n.mempool().size(); }), 0u);
    QVERIFY(nodeA.node()->chain().checkInvariant().ok());
    QVERIFY(nodeB.node()->chain().checkInvariant().ok());
  }

  // NodeClient: the call returns at once, the answer arrives later on the
  // caller's thread, and tip changes arrive as signals there too.
  void clientAnswersOnCallerThread() {
    QTemporaryDir dir;
    const GenesisFile genesis = devGenesis(ConsensusKind::Dpos, unixNow());
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    LocalNodeClient client(runner.node());
    QSignalSpy tips(&client, &NodeClient::tipChanged);

    // Block the node's thread briefly: the client call must still return at once.
    QMetaObject::invokeMethod(
        runner.node(), [] { QThread::msleep(300); }, Qt::QueuedConnection);
    bool answered = false;
    QThread* answeredOn = nullptr;
    std::uint64_t nonce = 99;
    QElapsedTimer timer;
    timer.start();
    client.nextNonce(kit_->accounts().key(3), [&](Result<std::uint64_t> r) {
      answered = true;
      answeredOn = QThread::currentThread();
      if (r) nonce = *r;
    });
    QVERIFY(timer.elapsed() < 100);
    QVERIFY(!answered);
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(nonce, 0u);

    std::optional<Hash32> submitted;
    client.submitTx(transfer(genesis.params, 3, 4, 0), [&](Result<Hash32> r) {
      QVERIFY(r.ok());
      submitted = *r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(submitted.has_value(), 5000);
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tips.count(), 1, 5000);
    QCOMPARE(tips.at(0).at(1).value<quint64>(), 1u);

    std::optional<state::Account> account;
    client.account(kit_->accounts().key(4), [&](Result<state::Account> r) {
      QVERIFY(r.ok());
      account = *r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(account.has_value(), 5000);
    QCOMPARE(account->balance, kDevAccountCoins + kCoin);

    std::optional<NodeStatus> status;
    client.status([&](Result<NodeStatus> r) { status = *r; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 5000);
    QCOMPARE(status->tip.height, 1u);
  }

  // A client destroyed before its answer arrives never sees the callback.
  void destroyedClientGetsNoCallback() {
    QTemporaryDir dir;
    NodeConfig c = config(dir.path(), devGenesis(ConsensusKind::Pow, unixNow()), false);
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    bool called = false;
    {
      LocalNodeClient client(runner.node());
      QMetaObject::invokeMethod(
          runner.node(), [] { QThread::msleep(200); }, Qt::QueuedConnection);
      client.status([&](Result<NodeStatus>) { called = true; });
    }
    QTest::qWait(500);
    QVERIFY(!called);
  }
};

QTEST_GUILESS_MAIN(TestNode)
#include "test_node.moc"
