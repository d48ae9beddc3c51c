// The node's RPC WebSocket events (DESIGN §7): new blocks and their
// transactions, order changes a deadline makes at a block's start (no
// transaction names the order), and transactions a reorganisation sends back to
// the mempool. Real nodes in-process with manual clocks, real stores and a real
// WebSocket client.
#include <QTemporaryDir>
#include <QtTest>

#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

class TestNodeEvents : public NodeSuite {
  Q_OBJECT

  // Starts a manual-clock producer with RPC in `dir`, connects `events` to it and
  // subscribes them to each of `topics`.
  bool startWithEvents(NodeRunner& runner, const QString& dir, const GenesisFile& genesis, EventSocket& events,
                       const QStringList& topics) {
    NodeConfig c = kit_->manualConfig(dir, genesis);
    c.rpc = rpc::RpcEndpoint{};
    if (!runner.start(c, kit_->ctx()).ok()) return false;
    const quint16 port = onNode(runner, [](Node& n) { return n.rpcPort(); });
    if (!events.open(port, QDir(dir).filePath(QString::fromStdString(genesis.params.name)))) return false;
    for (const QString& topic : topics) {
      if (!events.subscribe(topic)) return false;
    }
    return true;
  }

  // The statuses tx_status events gave `txid`, oldest first.
  static QStringList statusesOf(const EventSocket& events, const Hash32& txid) {
    QStringList out;
    for (const QJsonObject& e : events.events("tx_status")) {
      if (e["txid"] == QString::fromStdString(toHex(txid))) out << e["status"].toString();
    }
    return out;
  }

private slots:
  // new_block, and tx_status "pending" then "confirmed".
  void publishesBlocksAndTransactions() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pos, unixNow());
    NodeRunner runner;
    EventSocket events;
    QVERIFY(startWithEvents(runner, dir.path(), genesis, events, {"new_block", "tx_status"}));

    const Tx tx = kit_->transfer(genesis.params, 3, 4, 0);
    auto txid = onNode(runner, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY(txid.ok());
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(events.seen("new_block", "height", 1), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(statusesOf(events, *txid), (QStringList{"pending", "confirmed"}), 5000);
  }

  // An order nobody pays expires at its deadline, inside the connection of a
  // block without transactions: order_update and Node::orderChanged say so.
  void deadlineChangesArePublished() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Dpos, unixNow());
    NodeRunner runner;
    EventSocket events;
    QVERIFY(startWithEvents(runner, dir.path(), genesis, events, {"order_update"}));
    QList<Hash32> changed;
    connect(runner.node(), &Node::orderChanged, this, [&](const Hash32& id) { changed << id; });

    OrderCreatePayload create;
    create.merchant = kit_->accounts().key(2);
    create.buyer = kit_->accounts().key(0);
    create.item = "tea";
    create.quantity = 1;
    create.unitPrice = kCoin;
    create.payWindow = 1;
    create.shipWindow = 1;
    create.confirmWindow = 1;
    const Tx tx = kit_->signedTx(genesis.params, 0, 0, create);
    auto id = onNode(runner, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
    const QString orderId = QString::fromStdString(toHex(*id));
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    QTRY_VERIFY_WITH_TIMEOUT(events.seen("order_update", "status", "CREATED"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);

    // Height 2 holds no transaction; the pay window (1 block) ends at its start.
    const auto second = onNode(runner, [](Node& n) { return n.devProduce(1); });
    QVERIFY(second.ok());
    auto block = runner.node()->chain().block(second->front());
    QVERIFY(block.ok() && block->has_value() && (*block)->txs.empty());
    QTRY_VERIFY_WITH_TIMEOUT(events.seen("order_update", "status", "EXPIRED"), 5000);
    QCOMPARE(events.events("order_update").last()["id"].toString(), orderId);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QCOMPARE(changed.last(), *id);
  }

  // A transfer confirmed on a branch that a heavier one replaces is pending
  // again: tx_status says so after its "confirmed".
  void reorganisationRepublishesPending() {
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    NodeRunner a;
    EventSocket events;
    QVERIFY(startWithEvents(a, dirA.path(), genesis, events, {"tx_status"}));
    NodeConfig cb = kit_->manualConfig(dirB.path(), genesis);
    NodeRunner b;
    QVERIFY(b.start(cb, kit_->ctx()).ok());

    const Tx tx = kit_->transfer(genesis.params, 3, 4, 0);
    auto txid = onNode(a, [&](Node& n) { return n.submitTx(tx); });
    QVERIFY(txid.ok());
    QVERIFY(onNode(a, [](Node& n) { return n.devProduce(1); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusesOf(events, *txid), (QStringList{"pending", "confirmed"}), 5000);
    // B's two blocks (without the transfer) weigh more than A's one.
    QVERIFY(onNode(b, [](Node& n) { return n.devProduce(2); }).ok());
    const TipPosition heavier = b.node()->chain().tip();

    const quint16 portB = onNode(b, [](Node& n) { return n.p2pPort(); });
    QVERIFY(onNode(a, [&](Node& n) { return n.peers().connectTo({QHostAddress(QHostAddress::LocalHost), portB}); }));
    QTRY_COMPARE_WITH_TIMEOUT(a.node()->chain().tip(), heavier, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(statusesOf(events, *txid), (QStringList{"pending", "confirmed", "pending"}), 5000);
    QVERIFY(onNode(a, [&](Node& n) { return n.mempool().contains(*txid); }));
  }
};

QTEST_GUILESS_MAIN(TestNodeEvents)
#include "test_node_events.moc"
