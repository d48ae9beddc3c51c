// The status bar against a fake NodeClient (tests/support/fake_node_client.h):
// what it shows before, with and after the node's answers, and that a burst of
// tips while a request is out costs one more request, not one per tip. The
// same bar against a real node: ui_node_gui.
#include <QLabel>
#include <QtTest>

#include "chain/store/store_errc.h"
#include "tests/support/fake_node_client.h"
#include "ui/node_status_bar.h"

using namespace wb;

namespace {

QString textOf(const QWidget& bar, const char* name) {
  auto* label = bar.findChild<QLabel*>(QLatin1String(name));
  return label != nullptr ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

node::NodeStatus syncingStatus() {
  node::NodeStatus s;
  s.tip.height = 12;
  s.bestKnownHeight = 40;
  s.syncing = true;
  s.peers = 3;
  return s;
}

}  // namespace

class TestNodeStatusBar : public QObject {
  Q_OBJECT

private slots:
  void showsTheAnswerWhenItComes() {
    test::FakeNodeClient client;
    ui::NodeStatusBar bar(&client, QStringLiteral("shop-net"), ConsensusKind::Dpos);
    QCOMPARE(client.pendingStatus(), std::size_t{1});  // asked at once, answered later
    QCOMPARE(textOf(bar, "statusNetwork"), QStringLiteral("shop-net (Delegated proof of stake)"));
    QCOMPARE(textOf(bar, "statusSync"), QStringLiteral("Connecting to the node…"));

    QVERIFY(client.answerStatus(syncingStatus()));
    QCOMPARE(textOf(bar, "statusHeight"), QStringLiteral("Height 12"));
    QCOMPARE(textOf(bar, "statusPeers"), QStringLiteral("3 peer(s)"));  // no catalogue loaded: the source text
    QCOMPARE(textOf(bar, "statusSync"), QStringLiteral("Syncing 12 of 40"));

    node::NodeStatus caughtUp = syncingStatus();
    caughtUp.tip.height = 40;
    caughtUp.syncing = false;
    caughtUp.peers = 1;
    bar.refresh();
    QVERIFY(client.answerStatus(caughtUp));
    QCOMPARE(textOf(bar, "statusPeers"), QStringLiteral("1 peer(s)"));
    QCOMPARE(textOf(bar, "statusSync"), QStringLiteral("Up to date"));
  }

  void saysWhenTheNodeFails() {
    test::FakeNodeClient client;
    ui::NodeStatusBar bar(&client, QStringLiteral("shop-net"), ConsensusKind::Pow);
    QVERIFY(client.answerStatus(Error{StoreErrc::Corrupt, "a stored record is damaged"}));
    QCOMPARE(textOf(bar, "statusSync"), QStringLiteral("Node error: a stored record is damaged"));
  }

  // Ten tips while the first request is out: one more request once it is
  // answered, then none until the next tip.
  void aBurstOfTipsCostsOneMoreRequest() {
    test::FakeNodeClient client;
    ui::NodeStatusBar bar(&client, QStringLiteral("shop-net"), ConsensusKind::Pow);
    QCOMPARE(client.statusRequests(), 1);
    for (quint64 height = 1; height <= 10; ++height) emit client.tipChanged(BlockHash{}, height);
    QCOMPARE(client.statusRequests(), 1);
    QVERIFY(client.answerStatus(syncingStatus()));
    QCOMPARE(client.statusRequests(), 2);
    QVERIFY(client.answerStatus(syncingStatus()));
    QCOMPARE(client.statusRequests(), 2);
    QCOMPARE(client.pendingStatus(), std::size_t{0});
  }
};

QTEST_MAIN(TestNodeStatusBar)
#include "test_node_status_bar.moc"
