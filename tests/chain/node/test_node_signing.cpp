// A producer never signs two blocks for one height (PoS) or slot (DPoS), even
// after a power loss took the store's last commit (issue 13): the last signed
// block is on disk before it leaves the node and is imported again at start.
#include <QTemporaryDir>
#include <QtTest>

#include "chain/node/node_errc.h"
#include "chain/node/node_genesis.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

class TestNodeSigning : public NodeSuite {
  Q_OBJECT

private slots:
  void lostCommitIsImportedAgainNotSignedTwice_data() {
    test::addConsensusKindRows({ConsensusKind::Pos, ConsensusKind::Dpos});
  }
  void lostCommitIsImportedAgainNotSignedTwice() {
    QFETCH(int, kind);
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(static_cast<ConsensusKind>(kind), unixNow() - 3600);
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    std::vector<BlockHash> made;
    {
      NodeRunner runner;
      QVERIFY(runner.start(c, kit_->ctx()).ok());
      auto blocks = onNode(runner, [](Node& n) { return n.devProduce(2); });
      QVERIFY(blocks.ok());
      made = *blocks;

      // The store loses block 2 while the node runs: with a new transaction the
      // next block would differ, and the node will not sign it for that height/slot.
      QVERIFY(onNode(runner, [](Node& n) { return n.chain().disconnectTip().ok(); }));
      QVERIFY(onNode(runner, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 4, 5, 0)).ok(); }));
      auto again = onNode(runner, [](Node& n) { return n.devProduce(1); });
      QCOMPARE(again.code(), NodeErrc::ProductionFailed);
      QCOMPARE(runner.node()->chain().tip().height, 1u);
    }

    // A power loss: the store's tip is block 1; the record still holds block 2.
    NodeRunner restarted;
    QVERIFY(restarted.start(c, kit_->ctx()).ok());
    QCOMPARE(restarted.node()->chain().tip().hash, made.back());
    auto next = onNode(restarted, [](Node& n) { return n.devProduce(1); });
    QVERIFY(next.ok());
    QCOMPARE(restarted.node()->chain().tip().height, 3u);
  }
};

QTEST_GUILESS_MAIN(TestNodeSigning)
#include "test_node_signing.moc"
