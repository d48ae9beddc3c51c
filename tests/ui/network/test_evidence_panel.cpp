// The Network page's double-production panel on two real DPoS dev nodes with the
// same delegate keys (DESIGN §4): both sign a block for slot 1; when they meet,
// the node whose block lost keeps the evidence and the panel shows the delegate.
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include "chain/core/bech32m.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/network/evidence_panel.h"
#include "wallet/tx_builder.h"

using namespace wb;

class TestEvidencePanel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void doubleProductionAppearsWhenTheNodesMeet() {
    test::LoopbackDevNode a(ctx_, ConsensusKind::Dpos);
    QVERIFY2(a.ok(), a.error().c_str());
    ui::EvidencePanel panel(a.client(), a.params().hrp);
    QSignalSpy refreshed(&panel, &ui::EvidencePanel::refreshed);
    QTRY_VERIFY(refreshed.count() >= 1);
    QCOMPARE(panel.rowCount(), 0);
    auto* none = panel.findChild<QLabel*>(QStringLiteral("evidenceNone"));
    QVERIFY(none != nullptr && !none->isHidden());
    QCOMPARE(none->text(), QStringLiteral("No delegate has signed two blocks for one slot."));

    // B signs slot 1 with the same keys but another transaction, and builds on it.
    test::LoopbackDevNode b(ctx_, ConsensusKind::Dpos, test::LoopbackNodeOptions::joining(a.genesis()));
    QVERIFY2(b.ok(), b.error().c_str());
    QVERIFY2(a.produce(1), a.error().c_str());
    auto keystore = b.devKeystore(2);
    WB_VERIFY_OK(keystore);
    TxBuilder builder(ctx_, b.params(), *keystore);
    auto tx = builder.build(keystore->accounts()[0].key, 0, TransferPayload{keystore->accounts()[1].key, kCoin, ""});
    WB_VERIFY_OK(tx);
    WB_VERIFY_OK(b.submit(*tx));
    QVERIFY2(b.produce(2), b.error().c_str());
    WB_VERIFY_OK(b.dial(a));
    QTRY_COMPARE_WITH_TIMEOUT(a.tip().hash, b.tip().hash, 20000);

    QTRY_COMPARE_WITH_TIMEOUT(panel.rowCount(), 1, 10000);
    std::vector<DoubleProductionEvidence> kept;
    a.onNode([&](node::Node& n) { kept = n.evidence(); });
    QCOMPARE(kept.size(), std::size_t{1});
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("evidenceTable"));
    QVERIFY(table != nullptr && !table->isHidden());
    QVERIFY(none->isHidden());
    QCOMPARE(table->item(0, 0)->text(), QString::fromStdString(encodeAddress(a.params().hrp, kept[0].first.producer)));
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(kept[0].first.height));
  }

private:
  SecpContext ctx_;
};

QTEST_MAIN(TestEvidencePanel)
#include "test_evidence_panel.moc"
