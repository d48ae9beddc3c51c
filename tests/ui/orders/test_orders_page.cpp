// The Orders page on a real dev node and the dev wallet, driven through its
// widgets (found by objectName): the seed document's ECommerce session — the
// merchant creates an order, a second account pays it, the merchant ships with
// tracking, the buyer confirms — with the table row and the timeline following
// each block; actions not allowed are not offered; failures show their error;
// every control is named for tests and screen readers.
#include "chain/core/core_errc.h"
#include "chain/state/state_errc.h"
#include "tests/ui/orders/orders_page_fixture.h"
#include "ui/orders/order_state_badge.h"
#include "wallet/wallet_errc.h"

class TestOrdersPage : public QObject, public OrdersPageFixture {
  Q_OBJECT
private slots:
  void initTestCase() { initFixture(); }
  void init() { setUpPage(); }
  void cleanup() { tearDownPage(); }

  void seedScenarioThroughTheWidgets() {
    // accounts[0] (dev0) sells an iPhone to accounts[1] (dev1).
    const OrderId id = createInDialog(1, QStringLiteral("iPhone"), QStringLiteral("1000"));
    QVERIFY(!isZero(id));
    WAIT_VERIFY(child<QLabel>(page_.get(), "ordersStatus")->text().contains(shortOrderId(id)));
    produceBlock();

    // dev1 pays it from the Buying tab.
    select(OrdersPage::kBuying, id);
    QCOMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Created));
    QVERIFY(timeline().contains(QStringLiteral("Created · block 1")));
    QVERIFY(button("payButton")->isVisible());
    QVERIFY(button("cancelButton")->isVisible());
    for (const char* absent : {"shipButton", "confirmButton", "refundButton", "disputeButton", "resolveButton"}) {
      QVERIFY2(!button(absent)->isVisible(), absent);
    }
    // Paying asks first; saying no sends nothing.
    QSignalSpy sentPay(sender_.get(), &TxSender::sent);
    click(button("payButton"));
    answerConfirmation(QMessageBox::Cancel);
    QTest::qWait(100);
    QCOMPARE(sentPay.count(), 0);
    QVERIFY(!child<QLabel>(page_.get(), "actionStatus")->isVisible());
    click(button("payButton"));
    answerConfirmation(QMessageBox::Yes);
    WAIT_VERIFY(child<QLabel>(page_.get(), "actionStatus")->text().contains(QStringLiteral("waiting for a block")));
    QVERIFY(!child<QLabel>(page_.get(), "actionError")->isVisible());
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Paid));
    WAIT_VERIFY(timeline().contains(QStringLiteral("Paid · block 2")));
    QVERIFY(!button("payButton")->isVisible());  // a buyer has nothing to do on a PAID order without arbiter

    // dev0 ships it from the Selling tab, with tracking.
    select(OrdersPage::kSelling, id);
    QVERIFY(button("shipButton")->isVisible());
    QVERIFY(button("refundButton")->isVisible());
    QVERIFY(!button("payButton")->isVisible());
    QVERIFY(!button("confirmButton")->isVisible());
    QTest::keyClicks(child<QLineEdit>(page_.get(), "trackingEdit"), QStringLiteral("SF1234567890"));
    click(button("shipButton"));
    answerConfirmation(QMessageBox::Yes);
    WAIT_VERIFY(child<QLabel>(page_.get(), "actionStatus")->text().contains(QStringLiteral("waiting for a block")));
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Shipped));
    WAIT_VERIFY(timeline().contains(QStringLiteral("Shipped · block 3")));
    // Sealed for the buyer, merchant and arbiter; the unlocked wallet opens it.
    WAIT_COMPARE(child<QLabel>(page_.get(), "orderTracking")->text(), QStringLiteral("SF1234567890"));

    // dev1 confirms receipt.
    select(OrdersPage::kBuying, id);
    QVERIFY(button("confirmButton")->isVisible());
    click(button("confirmButton"));
    answerConfirmation(QMessageBox::Yes);
    WAIT_VERIFY(child<QLabel>(page_.get(), "actionStatus")->text().contains(QStringLiteral("waiting for a block")));
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Completed));
    WAIT_VERIFY(timeline().contains(QStringLiteral("Completed · block 4")));
    for (OrderAction action : kAllOrderActions) QVERIFY(!page_->detail()->actions()->button(action)->isVisible());

    // The Selling tab's CSV export holds the completed order.
    select(OrdersPage::kSelling, id);
    QSignalSpy exported(page_.get(), &OrdersPage::exportFinished);
    page_->exportCsv(dir_->filePath("selling.csv"));
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.front().front().toString(), QString());
    QFile csv(dir_->filePath("selling.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray text = csv.readAll();
    QVERIFY(text.startsWith(kUtf8Bom));
    QVERIFY(text.contains(QByteArray::fromStdString(toHex(id)) + ","));
    QVERIFY(text.contains(",COMPLETED,iPhone,1,1000,1000,"));

    // While locked, the tracking shows as sealed.
    wallet_->lock();
    WAIT_VERIFY(child<QLabel>(page_.get(), "orderTracking")->text() != QStringLiteral("SF1234567890"));
  }

  void failuresShowTheirError() {
    // dev2 cannot afford 2,000,000 WBL (it holds 1,000,000).
    const OrderId id = createInDialog(2, QStringLiteral("yacht"), QStringLiteral("2000000"));
    QVERIFY(!isZero(id));
    produceBlock();

    // The merchant's side: cancel is offered, pay is not (its own sale), nor ship.
    select(OrdersPage::kSelling, id);
    QVERIFY(button("cancelButton")->isVisible());
    QVERIFY(!button("payButton")->isVisible());
    QVERIFY(!button("shipButton")->isVisible());

    select(OrdersPage::kBuying, id);
    click(button("payButton"));
    answerConfirmation(QMessageBox::Yes);
    auto* error = child<QLabel>(page_.get(), "actionError");
    WAIT_VERIFY(error->isVisible());
    QCOMPARE(error->text(), errorTextForCode(StateErrc::InsufficientFunds));

    // A locked wallet offers to unlock; declining signs nothing and says so.
    wallet_->lock();
    WAIT_VERIFY(wallet_->isLocked());
    click(button("cancelButton"));
    QDialog* unlock = nullptr;
    WAIT_VERIFY((unlock = page_->findChild<QDialog*>("unlockDialog")) != nullptr && unlock->isVisible());
    unlock->reject();
    WAIT_COMPARE(error->text(), errorTextForCode(WalletErrc::Locked));
    produceBlock();
    QCOMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Created));
  }

  void newOrderDialogRefusesBadFields() {
    QSignalSpy sent(sender_.get(), &TxSender::sent);
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    QVERIFY(dialog);
    auto* error = child<QLabel>(dialog, "dialogError");
    auto* ok = child<QPushButton>(dialog, "okButton");

    click(ok);  // nothing filled in
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("buyer")));

    // A typo in the address (last character changed) fails its checksum.
    QString typo = address(1);
    typo[typo.size() - 1] = typo.back() == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), typo);
    click(ok);
    QVERIFY(error->text().contains(errorTextForCode(CoreErrc::AddressChecksum)));

    // Selling to oneself.
    child<QComboBox>(dialog, "counterpartyCombo")->lineEdit()->setText(address(0));
    click(ok);
    QVERIFY(error->text().contains(QStringLiteral("different accounts")));

    // The right buyer, but no item and no price.
    child<QComboBox>(dialog, "counterpartyCombo")->lineEdit()->setText(address(1));
    click(ok);
    QCOMPARE(error->text(), QStringLiteral("Describe the item."));
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), QStringLiteral("book"));
    click(ok);
    QVERIFY(error->text().contains(QStringLiteral("unit price")));
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), QStringLiteral("1.123456789"));  // 9 decimals
    click(ok);
    QVERIFY(error->text().contains(QStringLiteral("unit price")));

    // The arbiter cannot be a party.
    child<AmountEdit>(dialog, "unitPriceEdit")->setText(QStringLiteral("12.5"));
    child<QComboBox>(dialog, "arbiterCombo")->lineEdit()->setText(address(1));
    click(ok);
    QVERIFY(error->text().contains(QStringLiteral("arbiter")));

    QTest::qWait(100);
    QCOMPARE(sent.count(), 0);  // nothing was signed or submitted
    QVERIFY(dialog->isVisible());

    // Fixed: dev3 arbitrates; the order is created and listed under Arbitrating.
    child<QComboBox>(dialog, "arbiterCombo")->lineEdit()->setText(address(3));
    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    click(ok);
    QVERIFY(submitted.wait(10000));
    const OrderId id = submitted.front().front().value<OrderId>();
    produceBlock();
    select(OrdersPage::kArbitrating, id);
    for (OrderAction action : kAllOrderActions) QVERIFY(!page_->detail()->actions()->button(action)->isVisible());
    QVERIFY(model()
                ->index(model()->rowOf(id), OrderTableModel::kTotal)
                .data()
                .toString()
                .startsWith(QStringLiteral("12.5 ")));
  }

  // Every control of the page, an order's actions and the new order dialog has an
  // objectName (tests, the end-to-end drive) and an accessible name (screen readers).
  void everyControlIsNamed() {
    const OrderId id = createInDialog(1, QStringLiteral("vase"), QStringLiteral("4"));
    QVERIFY(!isZero(id));
    produceBlock();
    select(OrdersPage::kBuying, id);
    QStringList missing = unnamedControls(page_.get());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    QVERIFY(dialog);
    missing = unnamedControls(dialog);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
  }

  // Issue 15: an empty list says what to do next; states show as tinted badges
  // that keep their text.
  void emptyStatesAndStateBadges() {
    auto* empty = child<QLabel>(page_.get(), "ordersEmptyState");
    QVERIFY(empty);
    page_->showTab(OrdersPage::kSelling);
    WAIT_VERIFY(empty->isVisible() && !model()->isLoading());
    QVERIFY(!table()->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("New order")), qPrintable(empty->text()));
    page_->showTab(OrdersPage::kBuying);
    WAIT_VERIFY(empty->text().contains(QStringLiteral("Nothing to pay")));

    page_->showTab(OrdersPage::kSelling);
    const OrderId id = createInDialog(1, QStringLiteral("vase"), QStringLiteral("2"));
    QVERIFY(!isZero(id));
    produceBlock();
    WAIT_VERIFY(model()->rowOf(id) >= 0);
    WAIT_VERIFY(table()->isVisible() && !empty->isVisible());
    const QModelIndex state = model()->index(model()->rowOf(id), OrderTableModel::kState);
    QCOMPARE(state.data(OrderTableModel::kStatusRole).toInt(), static_cast<int>(state::OrderStatus::Created));
    QCOMPARE(state.data().toString(), orderStateName(state::OrderStatus::Created));
    // The badge's tint is painted in the state's cell, and only there.
    table()->clearSelection();
    const QImage image = table()->viewport()->grab().toImage();
    const QColor tint = orderStateColor(state::OrderStatus::Created);
    auto tinted = [&](const QRect& cell) {
      int count = 0;
      for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) count += image.pixelColor(x, y) == tint;
      }
      return count;
    };
    QVERIFY(tinted(table()->visualRect(state)) > 20);
    QCOMPARE(tinted(table()->visualRect(model()->index(state.row(), OrderTableModel::kItem))), 0);
  }
};

QTEST_MAIN(TestOrdersPage)
#include "test_orders_page.moc"
