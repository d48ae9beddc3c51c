// The desktop app as a light node (DESIGN §11), through its own start-up path
// (app::GuiApp with --light, as main() uses it), following a real dev full node
// over real P2P: the seed session with the buyer in the light desktop and the
// merchant on the full node — the merchant's new order appears on the buyer's
// Buying tab (a light node learns it from its peers' lists and proves it), the
// buyer pays and confirms receipt from the Orders page, and every state change
// shows once the full node's next block is proven; the Activity page lists
// what the wallet sent as the full node's history has it; the Network page
// says a light node has no blocks to explore. Only what a user does in the window.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app/gui_app.h"
#include "chain/core/genesis_file.h"
#include "tests/app/desktop_steps.h"
#include "tests/support/dev_shop.h"
#include "ui/activity/activity_model.h"
#include "ui/language_switcher.h"
#include "ui/ui_settings.h"
#include "wallet/history_service.h"
#include "wallet/keystore_file.h"

using namespace wb;
using namespace wb::test;

class TestLightDesktop : public QObject {
  Q_OBJECT
  QTemporaryDir home_;
  std::shared_ptr<const SecpContext> ctx_;
  std::unique_ptr<QSettings> userSettings_;
  std::unique_ptr<ui::UiSettings> settings_;
  std::unique_ptr<ui::LanguageSwitcher> languages_;

private slots:
  void initTestCase() {
    QVERIFY(home_.isValid());
    useFreshUserFolders(home_);
    QVERIFY(initCrypto());
    ctx_ = std::make_shared<const SecpContext>();
    userSettings_ = std::make_unique<QSettings>();
    settings_ = std::make_unique<ui::UiSettings>(userSettings_.get());
    languages_ = std::make_unique<ui::LanguageSwitcher>();
    languages_->apply(QStringLiteral("en"));
  }

  void seedScenarioWithTheBuyerOnALightNode() {
    auto opened = DevShop::open(*ctx_);
    QVERIFY2(opened, opened ? "" : opened.error().message.c_str());
    DevShop& shop = **opened;
    DevNode& full = shop.node();
    const AccountKey buyer = shop.account(1), merchant = shop.account(2);

    // The buyer's desktop: the network's genesis file, the full node as its peer, a wallet of its own.
    QTemporaryDir dir;
    const QString genesis = QDir(dir.path()).filePath("genesis.json");
    QVERIFY(writeGenesisFile(genesis.toStdString(), full.genesis()));
    const QString wallet = QDir(dir.path()).filePath("buyer.wallet");
    QVERIFY(saveKeystore(full.devKeystore().value(), wallet));
    const QString passphrase = QDir(dir.path()).filePath("passphrase");
    QFile empty(passphrase);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    app::Options options;
    options.dataDir = QDir(dir.path()).filePath("data").toStdString();
    options.genesisFile = genesis.toStdString();
    options.connect = {app::Endpoint{"127.0.0.1", full.p2pPort()}};
    options.light = true;
    options.walletFile = wallet.toStdString();
    options.passphraseFile = passphrase.toStdString();
    app::GuiApp app(options,
                    app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), nullptr, KdfParams::minimum(), false});
    DesktopSteps steps([&app] { return app.window(); });
    const Status started = app.start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(QTest::qWaitForWindowExposed(steps.window()));
    WAIT_VERIFY(steps.orders() != nullptr);
    auto* height = child<QLabel>(steps.window(), QStringLiteral("statusHeight"));
    QVERIFY(height);
    WAIT_VERIFY(height->text().contains(QString::number(full.tip().height)));

    // A block with what the full node holds, once the light desktop's transaction reached it.
    auto mineWhatArrived = [&full] {
      std::size_t pending = 0;
      if (!QTest::qWaitFor(
              [&] {
                full.onNode([&](node::Node& n) { pending = n.mempool().size(); });
                return pending > 0;
              },
              60'000)) {
        return false;
      }
      return full.produce(1).ok();
    };

    // 1. The merchant (on the full node) sells green tea to the buyer.
    const OrderWindows& w = full.params().defaultWindows;
    const auto order = shop.submit(
        merchant, OrderCreatePayload{merchant, buyer, {}, "Green tea", 1, 10 * kCoin, w.pay, w.ship, w.confirm, {}});
    QVERIFY(order);
    QVERIFY(full.produce(1));
    STEP(steps.selectOrder(0, QStringLiteral("Green tea")));
    QCOMPARE(steps.stateOf(QStringLiteral("Green tea")), QStringLiteral("Created"));

    // 2. The buyer pays from the light desktop.
    click(child<QPushButton>(steps.orders(), QStringLiteral("payButton")));
    STEP(steps.confirmAction());
    QVERIFY(mineWhatArrived());
    WAIT_VERIFY(steps.stateOf(QStringLiteral("Green tea")) == QStringLiteral("Paid"));

    // 3. The merchant ships.
    QVERIFY(shop.submit(merchant, OrderShipPayload{OrderId{*order}, {}}));
    QVERIFY(full.produce(1));
    WAIT_VERIFY(steps.stateOf(QStringLiteral("Green tea")) == QStringLiteral("Shipped"));

    // 4. The buyer confirms receipt.
    STEP(steps.selectOrder(0, QStringLiteral("Green tea")));
    click(child<QPushButton>(steps.orders(), QStringLiteral("confirmButton")));
    STEP(steps.confirmAction());
    QVERIFY(mineWhatArrived());
    WAIT_VERIFY(steps.stateOf(QStringLiteral("Green tea")) == QStringLiteral("Completed"));
    bool completed = false;
    full.client().order(OrderId{*order}, [&completed](Result<std::optional<state::Order>> o) {
      completed = o.ok() && o->has_value() && (*o)->status == state::OrderStatus::Completed;
    });
    QTRY_VERIFY(completed);  // as the full node has it

    // 5. The Activity page lists what the wallet sent — the payment and the confirmation, each for the
    // buyer and for the merchant (one of this wallet's accounts too: paid, then paid out) — exactly as
    // the full node's history has them.
    STEP(openPage(steps.window(), QStringLiteral("activityPage")));
    auto* activity =
        qobject_cast<ui::ActivityModel*>(child<QTableView>(steps.window(), QStringLiteral("activityTable"))->model());
    QVERIFY(activity);
    auto rowsOf = [activity](EntryKind kind, const AccountKey& account) {
      int n = 0;
      for (int row = 0; row < activity->rowCount(); ++row)
        n += activity->entry(row).kind == kind && activity->entry(row).account == account;
      return n;
    };
    WAIT_VERIFY(rowsOf(EntryKind::OrderConfirm, buyer) == 1 && rowsOf(EntryKind::OrderConfirm, merchant) == 1);
    QCOMPARE(rowsOf(EntryKind::OrderPay, buyer), 1);
    QCOMPARE(rowsOf(EntryKind::OrderPay, merchant), 1);
    QCOMPARE(activity->rowCount(), 4);  // the merchant's order and shipment were sent elsewhere
    // The page says what a light node lists and what it cannot.
    QVERIFY(child<QLabel>(steps.window(), QStringLiteral("activityStatus"))->text().contains("light node"));
    const Result<Keystore> keystore = full.devKeystore();
    QVERIFY(keystore);
    std::vector<AccountKey> accounts;
    for (const AccountEntry& a : keystore->accounts()) accounts.push_back(a.key);
    HistoryClient fullHistory(&full.client(), accounts, 1);
    WAIT_VERIFY(fullHistory.ready());
    std::optional<HistoryPage> page;
    HistoryQuery everything;
    everything.limit = kMaxHistoryPage;
    fullHistory.query(everything, [&page](Result<HistoryPage> p) {
      if (p) page = std::move(*p);
    });
    WAIT_VERIFY(page.has_value());
    for (int row = 0; row < activity->rowCount(); ++row) {
      HistoryEntry shown = activity->entry(row);
      auto same = std::find_if(page->entries.begin(), page->entries.end(), [&shown](const HistoryEntry& e) {
        return e.txid == shown.txid && e.account == shown.account;
      });
      QVERIFY(same != page->entries.end());
      shown.position = same->position;  // counted among every row of its block on the full node
      QVERIFY(shown == *same);
      QVERIFY(!shown.item.empty() && !isZero(shown.counterparty));  // the order's parties, proven
    }

    // What needs the full chain says so.
    STEP(openPage(steps.window(), QStringLiteral("networkPage")));
    bool explained = false;
    for (QLabel* label : steps.window()->findChildren<QLabel*>()) {
      explained = explained || label->text().contains(QStringLiteral("light node"));
    }
    QVERIFY(explained);
  }
};

QTEST_MAIN(TestLightDesktop)
#include "test_light_desktop.moc"
