// Tray notices from a real dev node: a payment to one of our accounts, and our
// order paid (to the merchant) and shipped (to the buyer), each once; orders of
// strangers and our own transfers stay quiet. Also the lock button of the
// status bar follows the wallet and locks/unlocks it.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/dev_shop.h"
#include "ui/lock_status.h"
#include "ui/tray_notifier.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/tx_builder.h"

using namespace wb;

class TestTrayNotifier : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void paymentsAndOrderChangesAreAnnouncedOnce() {
    auto shop = test::DevShop::open(ctx_);
    QVERIFY2(shop, shop ? "" : shop.error().message.c_str());
    test::DevNode& dev = (*shop)->node();
    const TxBuilder& builder = (*shop)->builder();
    const AccountKey stranger = dev.keys()[0];
    const AccountKey merchant = dev.keys()[5];
    const AccountKey buyer = dev.keys()[6];

    ui::TrayNotifier notifier(&dev.client(), dev.params().hrp, nullptr);
    notifier.setAccounts({merchant, buyer});
    QSignalSpy notices(&notifier, &ui::TrayNotifier::notified);
    QVERIFY(dev.produce(1));  // the notifier learns the tip
    QTest::qWait(100);

    auto submit = [&](const AccountKey& from, TxPayload payload) -> Hash32 {
      auto txid = dev.submitPayload(builder, from, std::move(payload));
      if (!txid) qFatal("%s", txid.error().message.c_str());
      return *txid;
    };
    submit(stranger, TransferPayload{merchant, 123'000'000, "thanks"});
    submit(merchant, TransferPayload{buyer, 5, "ours to ours"});
    QVERIFY(dev.produce(1));
    QTRY_COMPARE(notices.count(), 1);
    QCOMPARE(notices.at(0).at(0).toString(), QStringLiteral("Payment received"));
    QVERIFY(notices.at(0).at(1).toString().startsWith(QStringLiteral("1.23 WBL received from ")));

    const OrderWindows& w = dev.params().defaultWindows;
    const OrderId order{
        submit(merchant, OrderCreatePayload{merchant, buyer, {}, "tea", 1, 1'000, w.pay, w.ship, w.confirm, {}})};
    const OrderId foreign{
        submit(stranger, OrderCreatePayload{stranger, dev.keys()[1], {}, "x", 1, 1'000, w.pay, w.ship, w.confirm, {}})};
    QVERIFY(dev.produce(1));
    submit(buyer, OrderPayPayload{order, 1'000});
    submit(dev.keys()[1], OrderPayPayload{foreign, 1'000});
    QVERIFY(dev.produce(1));
    QTRY_COMPARE(notices.count(), 2);
    QCOMPARE(notices.at(1).at(0).toString(), QStringLiteral("Order paid"));
    submit(merchant, OrderShipPayload{order, {}});
    QVERIFY(dev.produce(1));
    QTRY_COMPARE(notices.count(), 3);
    QCOMPARE(notices.at(2).at(0).toString(), QStringLiteral("Order shipped"));
    QTest::qWait(200);
    QCOMPARE(notices.count(), 3);  // nothing about the stranger's order, nothing twice
  }

  void orderNoticeDependsOnTheRole() {
    state::Order order;
    order.merchant[0] = 1;
    order.buyer[0] = 2;
    order.item = "tea";
    order.quantity = 1;
    order.unitPrice = 100;
    order.status = state::OrderStatus::Paid;
    const std::set<AccountKey> merchantSide{order.merchant};
    const std::set<AccountKey> buyerSide{order.buyer};
    QVERIFY(ui::orderNotice(order, merchantSide, ui::DisplayUnit::Wbl).has_value());
    QVERIFY(!ui::orderNotice(order, buyerSide, ui::DisplayUnit::Wbl).has_value());
    order.status = state::OrderStatus::Shipped;
    QVERIFY(!ui::orderNotice(order, merchantSide, ui::DisplayUnit::Wbl).has_value());
    QVERIFY(ui::orderNotice(order, buyerSide, ui::DisplayUnit::Wbl).has_value());
    order.status = state::OrderStatus::Disputed;
    QVERIFY(ui::orderNotice(order, merchantSide, ui::DisplayUnit::Wbl).has_value());
    QVERIFY(ui::orderNotice(order, buyerSide, ui::DisplayUnit::Wbl).has_value());
    QVERIFY(!ui::orderNotice(order, {}, ui::DisplayUnit::Wbl).has_value());
    order.status = state::OrderStatus::Created;
    QVERIFY(!ui::orderNotice(order, merchantSide, ui::DisplayUnit::Wbl).has_value());
  }

  void lockButtonFollowsAndDrivesTheWallet() {
    QTemporaryDir dir;
    auto started = test::DevNode::start(ConsensusKind::Pow, dir.path(), ctx_);
    QVERIFY(started);
    auto keystore = (*started)->devKeystore();
    QVERIFY(keystore);
    ui::WalletModel model(std::make_shared<const SecpContext>(), std::move(*keystore), dir.filePath("w"),
                          KdfParams::minimum());
    QWidget window;
    auto* button = new ui::LockStatus(&model, &window);
    window.show();
    QCOMPARE(button->objectName(), QStringLiteral("statusLock"));
    QCOMPARE(button->text(), QStringLiteral("Unlocked"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(model.isLocked());
    QCOMPARE(button->text(), QStringLiteral("Locked"));
    QTest::mouseClick(button, Qt::LeftButton);  // locked: asks for the passphrase
    QTRY_VERIFY(window.findChild<ui::UnlockDialog*>() != nullptr);
    QVERIFY(model.isLocked());  // nothing unlocked without the passphrase
  }

private:
  SecpContext ctx_;
};

QTEST_MAIN(TestTrayNotifier)
#include "test_tray_notifier.moc"
