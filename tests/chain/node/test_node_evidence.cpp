// DPoS double production (DESIGN §4): when a delegate signs two blocks for one
// slot and the node sees both, it keeps the evidence (also across a restart).
#include <QTemporaryDir>
#include <QtTest>

#include "chain/consensus/dpos/dpos_evidence.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

class TestNodeEvidence : public NodeSuite {
  Q_OBJECT

private slots:
  // Two nodes with the same delegate keys each make a block for slot 1 (one
  // with a transaction, so they differ); when they meet, the node whose block
  // loses keeps the pair as evidence.
  void twoBlocksForOneSlotAreKeptAsEvidence() {
    QTemporaryDir dirA, dirB;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Dpos, unixNow() - 3600);
    NodeConfig a = kit_->manualConfig(dirA.path(), genesis);
    NodeConfig b = kit_->manualConfig(dirB.path(), genesis);
    std::vector<BlockHash> fromB;
    {
      NodeRunner nodeA;
      QVERIFY(nodeA.start(a, kit_->ctx()).ok());
      QVERIFY(onNode(nodeA, [](Node& n) { return n.devProduce(1); }).ok());
      NodeRunner nodeB;
      QVERIFY(nodeB.start(b, kit_->ctx()).ok());
      QVERIFY(onNode(nodeB, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 4, 5, 0)).ok(); }));
      auto made = onNode(nodeB, [](Node& n) { return n.devProduce(2); });
      QVERIFY(made.ok());
      fromB = *made;
      QCOMPARE(onNode(nodeA, [](Node& n) { return n.evidence().size(); }), std::size_t(0));

      const quint16 portA = nodeA.node()->p2pPort();
      QVERIFY(onNode(nodeB, [&](Node& n) {
        return n.peers().connectTo(net::HostPort{QHostAddress(QHostAddress::LocalHost), portA}).ok();
      }));
      QVERIFY(
          QTest::qWaitFor([&] { return onNode(nodeA, [](Node& n) { return n.chain().tip().height; }) == 2; }, 20000));
      QCOMPARE(nodeA.node()->chain().tip().hash, fromB.back());
      QVERIFY(QTest::qWaitFor([&] { return onNode(nodeA, [](Node& n) { return n.evidence().size(); }) == 1; }, 5000));
      const DoubleProductionEvidence evidence = onNode(nodeA, [](Node& n) { return n.evidence().front(); });
      QCOMPARE(evidence.first.time, evidence.second.time);
      QCOMPARE(evidence.first.producer, evidence.second.producer);
      QVERIFY(blockHash(evidence.first) == fromB.front() || blockHash(evidence.second) == fromB.front());
      QVERIFY(verifyDoubleProduction(kit_->ctx(), genesis.params, evidence).ok());
    }
    NodeRunner again;
    QVERIFY(again.start(a, kit_->ctx()).ok());
    QCOMPARE(onNode(again, [](Node& n) { return n.evidence().size(); }), std::size_t(1));
  }
};

QTEST_GUILESS_MAIN(TestNodeEvidence)
#include "test_node_evidence.moc"
