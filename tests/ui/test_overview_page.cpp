// The Overview's escrow lines and merchant sales chart on a real dev node: an
// order paid by one wallet account and sold by another shows on both escrow
// lines until it completes; then the escrow is empty and the sale is a bar.
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/amount.h"
#include "tests/support/dev_shop.h"
#include "ui/overview_page.h"
#include "ui/sales_chart.h"
#include "wallet/tx_builder.h"

using namespace wb;

class TestOverviewPage : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void escrowAndSalesFollowAnOrder() {
    auto shop = test::DevShop::open(ctx_);
    QVERIFY2(shop, shop ? "" : shop.error().message.c_str());
    test::DevNode& dev = (*shop)->node();
    const Keystore* keystore = &(*shop)->keystore();
    const TxBuilder& builder = (*shop)->builder();
    const AccountKey merchant = dev.keys()[3];
    const AccountKey buyer = dev.keys()[4];

    ui::OverviewPage page(&dev.client(), ui::overviewAccounts(*keystore));
    page.show();
    auto* paid = page.findChild<QLabel*>("escrowPaid");
    auto* owed = page.findChild<QLabel*>("escrowOwed");
    auto* summary = page.findChild<QLabel*>("salesSummary");
    QVERIFY(paid && owed && summary);
    QTRY_COMPARE(paid->text(), QStringLiteral("0 WBL"));
    QCOMPARE(owed->text(), QStringLiteral("0 WBL"));

    auto submit = [&](const AccountKey& from, TxPayload payload) -> Hash32 {
      auto txid = dev.submitPayload(builder, from, std::move(payload));
      if (!txid) qFatal("%s", txid.error().message.c_str());
      return *txid;
    };
    const OrderWindows& w = dev.params().defaultWindows;
    const OrderId order{submit(
        merchant, OrderCreatePayload{merchant, buyer, {}, "green tea", 3, 2'500'000, w.pay, w.ship, w.confirm, {}})};
    QVERIFY(dev.produce(1));
    submit(buyer, OrderPayPayload{order, 7'500'000});
    QVERIFY(dev.produce(1));
    // Both sides are this wallet's: 0.075 WBL in escrow each way.
    QTRY_COMPARE(paid->text(), QStringLiteral("0.075 WBL"));
    QCOMPARE(owed->text(), QStringLiteral("0.075 WBL"));

    submit(merchant, OrderShipPayload{order, {}});
    QVERIFY(dev.produce(1));
    submit(buyer, OrderConfirmPayload{order});
    QVERIFY(dev.produce(1));
    QTRY_COMPARE(paid->text(), QStringLiteral("0 WBL"));
    QCOMPARE(owed->text(), QStringLiteral("0 WBL"));
    ui::SalesChart* chart = page.salesChart();
    QTRY_VERIFY(!chart->days().empty() && chart->days().back().revenue == 7'500'000);
    QCOMPARE(chart->days().size(), ui::SalesChart::kDays);
    QVERIFY(summary->text().contains(QStringLiteral("0.075 WBL")));
    QVERIFY(summary->text().contains(QStringLiteral("1 order")));

    // The unit applies to the escrow lines and the summary at once.
    page.setUnit(ui::DisplayUnit::MilliWbl);
    QCOMPARE(paid->text(), QStringLiteral("0 mWBL"));
    QVERIFY(summary->text().contains(QStringLiteral("75 mWBL")));
  }

  // The dev accounts hold a million WBL and more: the balances show grouped, with the
  // unit, in full (never elided) and right-aligned, whatever the window's width.
  void balancesShowInFullWithGroupingAndUnit() {
    QTemporaryDir dir;
    auto started = test::DevNode::start(ConsensusKind::Pow, dir.path(), ctx_);
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    test::DevNode& dev = **started;
    auto keystore = dev.devKeystore();
    QVERIFY(keystore);
    ui::OverviewPage page(&dev.client(), ui::overviewAccounts(*keystore));
    page.resize(800, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* total = page.findChild<QLabel*>("totalBalance");
    auto* table = page.findChild<QTableWidget*>("overviewAccounts");
    QVERIFY(total && table);
    QTRY_VERIFY(total->text().endsWith(QStringLiteral(" WBL")) && total->text().contains(QLatin1Char(',')));
    QTRY_VERIFY(table->item(0, 1) && table->item(table->rowCount() - 1, table->columnCount() - 1));
    // The longest texts: a million WBL is 100,000,000,000 µWBL.
    page.setUnit(ui::DisplayUnit::MicroWbl);
    QCoreApplication::processEvents();
    for (int column = 1; column < table->columnCount(); ++column) {
      for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* item = table->item(row, column);
        QVERIFY(item);
        QVERIFY2(item->text().endsWith(QStringLiteral(" µWBL")), qPrintable(item->text()));
        QCOMPARE(item->textAlignment(), int(ui::kAmountAlignment));
        const int needed = table->fontMetrics().horizontalAdvance(item->text());
        QVERIFY2(table->columnWidth(column) > needed, qPrintable(item->text()));
      }
    }
  }

private:
  SecpContext ctx_;
};

QTEST_MAIN(TestOverviewPage)
#include "test_overview_page.moc"
