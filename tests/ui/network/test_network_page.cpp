// The Network page on two real dev nodes connected over loopback (DESIGN §7,
// §8): the peer appears, banning moves it to the bans, unbanning lifts it; the
// connect field checks [HOST:]PORT; the explorer lists blocks (older pages on
// demand) and finds blocks by height or hash and a transaction by its id.
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>
#include <memory>

#include "chain/address/endpoint_errc.h"
#include "chain/core/tx_sign.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/network/blocks_model.h"
#include "ui/network/network_page.h"
#include "wallet/tx_builder.h"

using namespace wb;

class TestNetworkPage : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void peerEndpointsAreChecked() {
    QCOMPARE(*ui::normalisePeerEndpoint(" 9333 "), QStringLiteral("127.0.0.1:9333"));
    QCOMPARE(*ui::normalisePeerEndpoint("192.0.2.7:80"), QStringLiteral("192.0.2.7:80"));
    QVERIFY(ui::normalisePeerEndpoint("[::1]:9333").ok());
    for (const char* bad : {"", "host", "1.2.3.4", "1.2.3.4:0", "1.2.3.4:70000", "0.0.0.0:9333", "example.com:9333"}) {
      QVERIFY2(ui::normalisePeerEndpoint(bad).code() == EndpointErrc::BadAddress, bad);
    }
  }

  void peersBansAndConnect() {
    test::LoopbackDevNode a(ctx_, ConsensusKind::Pow);
    QVERIFY2(a.ok(), a.error().c_str());
    ui::NetworkExplorerPage page(a.client(), a.params().hrp);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* peers = page.findChild<QTableWidget*>("peersTable");
    auto* bans = page.findChild<QTableWidget*>("bansTable");
    auto* ban = page.findChild<QPushButton*>("banPeerButton");
    auto* unban = page.findChild<QPushButton*>("unbanButton");
    auto* connectEdit = page.findChild<QLineEdit*>("connectPeerEdit");
    auto* connect = page.findChild<QPushButton*>("connectPeerButton");
    auto* connectError = page.findChild<QLabel*>("connectPeerError");
    QVERIFY(peers && bans && ban && unban && connectEdit && connect && connectError);
    QTRY_COMPARE(peers->rowCount(), 0);

    // A bad endpoint is explained next to the field.
    QTest::keyClicks(connectEdit, "not-a-peer");
    QTest::mouseClick(connect, Qt::LeftButton);
    QVERIFY(connectError->isVisible());

    // The page dials the second node by its port alone (127.0.0.1 implied).
    test::LoopbackDevNode b(ctx_, ConsensusKind::Pow, test::LoopbackNodeOptions::joining(a.genesis()));
    QVERIFY2(b.ok(), b.error().c_str());
    connectEdit->setText(QString::number(b.p2pPort()));
    QVERIFY(!connectError->isVisible());
    QTest::mouseClick(connect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(peers->rowCount(), 1, 10000);
    QCOMPARE(peers->item(0, 0)->text(), QStringLiteral("127.0.0.1:%1").arg(b.p2pPort()));
    QCOMPARE(peers->item(0, 1)->text(), QStringLiteral("Outbound"));
    QTRY_VERIFY(peers->item(0, 3) && peers->item(0, 3)->text().startsWith("waybilld/"));

    peers->selectRow(0);
    QTest::mouseClick(ban, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bans->rowCount(), 1, 10000);
    QCOMPARE(bans->item(0, 0)->text(), QStringLiteral("127.0.0.1"));
    QTRY_COMPARE_WITH_TIMEOUT(peers->rowCount(), 0, 10000);

    bans->selectRow(0);
    QTest::mouseClick(unban, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bans->rowCount(), 0, 10000);
  }

  void explorerListsBlocksAndFindsATransaction() {
    test::LoopbackDevNode a(ctx_, ConsensusKind::Pow);
    QVERIFY2(a.ok(), a.error().c_str());
    auto keystore = a.devKeystore(2);
    WB_VERIFY_OK(keystore);
    TxBuilder builder(ctx_, a.params(), *keystore);
    auto tx = builder.build(keystore->accounts()[0].key, 0,
                            TransferPayload{keystore->accounts()[1].key, 3 * kCoin, "explorer"});
    WB_VERIFY_OK(tx);
    const QString txid = QString::fromStdString(toHex(computeTxid(*tx)));

    ui::NetworkExplorerPage page(a.client(), a.params().hrp);
    page.show();
    auto* blocks = page.findChild<QTableView*>("explorerBlocks");
    auto* search = page.findChild<QLineEdit*>("explorerSearch");
    auto* detail = page.findChild<QLabel*>("explorerDetail");
    auto* blockTxs = page.findChild<QTableWidget*>("explorerBlockTxs");
    QVERIFY(blocks && search && detail && blockTxs);
    QTRY_COMPARE(page.blocks()->rowCount(), 1);  // genesis

    // In the mempool first: the search finds it there.
    WB_VERIFY_OK(a.submit(*tx));
    page.search(txid);
    QTRY_VERIFY(detail->text().contains(txid));
    QVERIFY(detail->text().contains("mempool"));

    QVERIFY(a.produce(3));
    QTRY_COMPARE(page.blocks()->rowCount(), 4);  // new blocks on top of the list
    QCOMPARE(page.blocks()->block(0).height, std::uint64_t{3});
    QCOMPARE(page.blocks()->block(3).height, std::uint64_t{0});
    QCOMPARE(page.blocks()->block(2).txCount, std::size_t{1});  // block 1 holds the transfer

    search->setText(txid);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(detail->text().contains("in block 1"));

    // A click on block 1 shows its transactions; by height and by hash too.
    blocks->clicked(page.blocks()->index(2, 0));
    QTRY_VERIFY(detail->text().contains("Block 1"));
    QCOMPARE(blockTxs->rowCount(), 1);
    QCOMPARE(blockTxs->item(0, 0)->text(), txid);
    page.search("3");
    QTRY_VERIFY(detail->text().contains("Block 3"));
    page.search(QString::fromStdString(toHex(page.blocks()->block(1).hash)));
    QTRY_VERIFY(detail->text().contains("Block 2"));
    page.search("99");
    QTRY_VERIFY(detail->text().contains("no block at height 99"));
    page.search("zz");
    QTRY_VERIFY(detail->text().contains("64 hexadecimal digits"));
  }

  void blocksModelFetchesOlderPagesOnDemand() {
    test::LoopbackDevNode a(ctx_, ConsensusKind::Pow);
    QVERIFY2(a.ok(), a.error().c_str());
    QVERIFY(a.produce(5));
    ui::BlocksModel model(a.client(), a.params().hrp);
    model.setPageSize(2);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.block(0).height, std::uint64_t{5});
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 4);
    QTRY_VERIFY(model.canFetchMore());
    model.fetchMore();
    QTRY_COMPARE(model.rowCount(), 6);
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore());  // down to genesis
    for (int row = 0; row < 6; ++row) QCOMPARE(model.block(row).height, std::uint64_t(5 - row));
  }

private:
  SecpContext ctx_;
};

QTEST_MAIN(TestNetworkPage)
#include "test_network_page.moc"
