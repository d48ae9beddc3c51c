#include <QtTest>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/work.h"
#include "tests/test_util.h"

using namespace wb;

class TestWork : public QObject {
  Q_OBJECT

private slots:
  void bitcoinGenesisWork() {
    // Bitcoin's genesis block (bits 0x1d00ffff) has work 0x100010001 — the
    // chainwork of block 0 in every Bitcoin Core node.
    QCOMPARE(workForBits(0x1d00ffff).value(), U256(0x100010001ULL));
  }

  void formulaEdges() {
    QCOMPARE(workForTarget(U256::max()), U256(1));
    QCOMPARE(workForTarget(U256::max() >> 1), U256(2));  // target 2^255 − 1
    QCOMPARE(workForTarget(U256(1) << 255), U256(1));    // ⌊2^256 / (2^255 + 1)⌋
    QCOMPARE(workForTarget(U256(1)), U256(1) << 255);
    QCOMPARE(workForTarget(U256()), U256::max());  // never valid; saturates instead of dividing by zero
    WB_VERIFY_FAILS(workForBits(0x01fedcba), ConsensusErrc::CompactNegative);
  }

  void harderTargetsWeighMore() {
    const U256 easy = workForBits(0x207fffff).value();
    const U256 hard = workForBits(0x1f00ffff).value();
    QVERIFY(hard > easy);
    QCOMPARE(easy, U256(2));
  }

  void cumulativeSumsSaturate() {
    QCOMPARE(cumulativeWeight(U256(5), U256(7)), U256(12));
    QCOMPARE(cumulativeWeight(U256::max(), U256(1)), U256::max());
    QCOMPARE(dposBlockWeight(), U256(1));
  }
};

QTEST_GUILESS_MAIN(TestWork)
#include "test_work.moc"
