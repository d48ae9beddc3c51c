// Issue 11 #8: a block's date is its header time, written one way. On a dev
// network started three days ago, the Orders table's "Created" and the Activity
// page's date of the same order's block are the same text — the block's — and
// stay so on later reads (no "now − blocks × block time" estimate that drifts).
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <memory>

#include "tests/support/dev_node.h"
#include "tests/support/sample_order.h"
#include "ui/activity/activity_model.h"
#include "ui/block_date.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/order_text.h"
#include "wallet/dev_accounts.h"
#include "wallet/history_service.h"
#include "wallet/tx_builder.h"

using namespace wb;
using namespace wb::ui;

#define WAIT_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)

class TestOrderDates : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void ordersAndActivityShowTheBlocksDate() {
    SecpContext ctx;
    QTemporaryDir dir;
    auto keys = devAccountKeys(ctx);
    QVERIFY(keys.ok());
    const auto now = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    const std::uint64_t threeDaysAgo = now - 3 * 86400;
    auto genesis = makeDevGenesis(ConsensusKind::Pow, threeDaysAgo,
                                  std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
    QVERIFY(genesis.ok());
    auto node = test::DevNode::start(ConsensusKind::Pow, dir.path(), ctx, test::DevNodeOptions::joining(*genesis));
    QVERIFY2(node.ok(), node.ok() ? "" : node.error().message.c_str());
    test::DevNode& dev = **node;
    auto keystore = dev.devKeystore(2);
    QVERIFY(keystore.ok());
    const AccountKey merchant = dev.keys()[0];
    HistoryClient history(&dev.client(), {merchant}, 0);

    QVERIFY(dev.produce(5).ok());  // the order's block is not the first
    TxBuilder builder(ctx, dev.params(), *keystore);
    const OrderCreatePayload order =
        testsupport::orderWithDefaultWindows(dev.params(), merchant, dev.keys()[1], "teapot", 1, kCoin);
    const Result<Hash32> create = dev.submitPayload(builder, merchant, order);
    QVERIFY(create.ok());
    QVERIFY(dev.produce(1).ok());
    const OrderId id{*create};
    std::uint64_t headerTime = 0;
    dev.onNode([&](node::Node& n) {
      auto record = n.chain().headerRecord(n.chain().tip().hash);
      if (record && *record) headerTime = (*record)->header.time;
    });
    QVERIFY(headerTime < now - 86400);  // the block is days old: an estimate from now would differ

    OrderTableModel orders(&dev.client(), dev.params());
    OrderFilter filter;
    filter.role = state::PartyRole::Merchant;
    filter.parties = {merchant};
    orders.setFilter(filter);
    WAIT_VERIFY(orders.rowOf(id) >= 0);
    const QModelIndex created = orders.index(orders.rowOf(id), OrderTableModel::kCreated);
    const QString expected = QStringLiteral("block 6, %1").arg(blockDateText(headerTime));
    WAIT_VERIFY(created.data().toString() == expected);

    ActivityModel activity(&history, dev.params().hrp);
    HistoryQuery creates;
    creates.kind = EntryKind::OrderCreate;
    activity.setFilter(creates);
    WAIT_VERIFY(history.ready() && activity.rowCount() == 1);
    QCOMPARE(activity.index(0, ActivityModel::kDate).data().toString(), blockDateText(headerTime));

    // Later reads, after more blocks, say the same.
    QVERIFY(dev.produce(3).ok());
    WAIT_VERIFY(orders.tipHeight() == 9);
    QCOMPARE(created.data().toString(), expected);
  }

  // Issue 15: dates carry a four-digit year in every locale ("11/6/26" is ambiguous).
  void datesHaveTheYearInFull() {
    const std::uint64_t time = 1'796'000'000;  // a day in 2026
    for (const char* name : {"en_US", "en_GB", "zh_CN", "de_DE"}) {
      const QLocale locale{QString::fromLatin1(name)};
      const QString format = dateTimeFormatWithFullYear(locale);
      QVERIFY2(format.contains(QLatin1String("yyyy")), name);
      QVERIFY2(!format.contains(QLatin1String("yyyyy")), name);
      const QString text = locale.toString(QDateTime::fromSecsSinceEpoch(time), format);
      QVERIFY2(text.contains(QLatin1String("2026")), qPrintable(text));
    }
    QVERIFY(blockDateText(time).contains(QLatin1String("2026")));
  }
};

QTEST_MAIN(TestOrderDates)
#include "test_order_dates.moc"
