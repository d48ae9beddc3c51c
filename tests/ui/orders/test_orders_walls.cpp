// Issue 11's walls on the Orders page, each through the widgets on a real dev
// node: Ship asks and wants tracking or the explicit choice of none (#5); sealed
// texts open when the wallet unlocks and stay open across updates (#6); the
// "waiting for a block" line goes once mined (#7); windows in hours and days,
// converted exactly (#8); a locked wallet is offered the unlock dialog before any
// question, the dialog's error goes on edit and never moves the form (#10); the
// table's columns are never cut; names of unlabelled accounts follow a live
// language switch (#9).
#include <QTranslator>

#include "tests/ui/orders/orders_page_fixture.h"

class TestOrdersWalls : public QObject, public OrdersPageFixture {
  Q_OBJECT
private slots:
  void initTestCase() { initFixture(); }
  void init() { setUpPage(); }
  void cleanup() { tearDownPage(); }

  // #5: Ship wants tracking or the explicit choice of none, and asks before sending.
  void shipNeedsTrackingOrAChoiceAndAsks() {
    const OrderId id = createInDialog(1, QStringLiteral("lamp"), QStringLiteral("3"));
    QVERIFY(!isZero(id));
    produceBlock();
    payThroughWidgets(id);
    select(OrdersPage::kSelling, id);
    QSignalSpy sent(sender_.get(), &TxSender::sent);
    auto* error = child<QLabel>(page_.get(), "actionError");
    auto* noTracking = child<QCheckBox>(page_.get(), "noTrackingCheck");
    QVERIFY(noTracking && noTracking->isVisible() && !noTracking->isChecked());

    click(button("shipButton"));  // no tracking, no choice: refused at once
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("tracking")));
    QTest::qWait(100);
    QVERIFY(page_->findChild<QMessageBox*>("orderActionConfirm") == nullptr);
    QCOMPARE(sent.count(), 0);

    clickCheckBox(noTracking);  // the explicit choice, still asked about
    QVERIFY(noTracking->isChecked());
    QVERIFY(!error->isVisible());
    click(button("shipButton"));
    QMessageBox* box = nullptr;
    WAIT_VERIFY((box = page_->findChild<QMessageBox*>("orderActionConfirm")) != nullptr && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("without tracking")));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(sent.count(), 0);

    clickCheckBox(noTracking);
    QVERIFY(!noTracking->isChecked());
    QTest::keyClicks(child<QLineEdit>(page_.get(), "trackingEdit"), QStringLiteral("UPS 1Z999"));
    click(button("shipButton"));
    WAIT_VERIFY((box = page_->findChild<QMessageBox*>("orderActionConfirm")) != nullptr && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("UPS 1Z999")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    WAIT_COMPARE(sent.count(), 1);
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Shipped));
    WAIT_COMPARE(child<QLabel>(page_.get(), "orderTracking")->text(), QStringLiteral("UPS 1Z999"));
  }

  // #6: a sealed note opens when the wallet unlocks (no reselecting) and stays
  // open while the order moves on.
  void sealedNoteOpensOnUnlockAndStaysOpen() {
    const QString note = QStringLiteral("Leave it with the porter");
    const OrderId id = createInDialog(1, QStringLiteral("chair"), QStringLiteral("5"), note);
    QVERIFY(!isZero(id));
    produceBlock();
    wallet_->lock();
    select(OrdersPage::kBuying, id);
    auto* noteLabel = child<QLabel>(page_.get(), "orderNote");
    WAIT_VERIFY(noteLabel->text().startsWith(QStringLiteral("Sealed")));

    QVERIFY(wallet_->unlock(QString::fromLatin1(kPassphrase)));
    WAIT_COMPARE(noteLabel->text(), note);

    // Every redraw of the selected order (each update) keeps the note readable.
    QStringList seen;
    const QMetaObject::Connection watch =
        connect(model(), &OrderTableModel::orderUpdated, this, [&](const Hash32& updated) {
          if (updated == id) seen << noteLabel->text();
        });
    click(button("payButton"));
    answerConfirmation(QMessageBox::Yes);
    WAIT_VERIFY(child<QLabel>(page_.get(), "actionStatus")->text().contains(QStringLiteral("waiting for a block")));
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Paid));
    disconnect(watch);
    QVERIFY(!seen.isEmpty());
    for (const QString& text : seen) QCOMPARE(text, note);
    QCOMPARE(noteLabel->text(), note);
    // Locking seals it again at once.
    wallet_->lock();
    WAIT_VERIFY(noteLabel->text().startsWith(QStringLiteral("Sealed")));
  }

  // #10: Pay on a locked wallet offers the unlock dialog first, then asks.
  void payOnLockedWalletOffersUnlockFirst() {
    const OrderId id = createInDialog(1, QStringLiteral("desk"), QStringLiteral("7"));
    QVERIFY(!isZero(id));
    produceBlock();
    wallet_->lock();
    select(OrdersPage::kBuying, id);
    QSignalSpy sent(sender_.get(), &TxSender::sent);
    click(button("payButton"));
    QDialog* unlock = nullptr;
    WAIT_VERIFY((unlock = page_->findChild<QDialog*>("unlockDialog")) != nullptr && unlock->isVisible());
    QVERIFY(page_->findChild<QMessageBox*>("orderActionConfirm") == nullptr);  // no question before the unlock
    unlockInDialog();
    answerConfirmation(QMessageBox::Yes);
    WAIT_COMPARE(sent.count(), 1);
    QVERIFY(!child<QLabel>(page_.get(), "actionError")->isVisible());
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Paid));
  }

  // #7: "submitted, waiting for a block" goes once the order is in a block.
  void waitingLineGoesOnceMined() {
    page_->showTab(OrdersPage::kBuying);  // the new order is not even listed here
    const OrderId id = createInDialog(1, QStringLiteral("rug"), QStringLiteral("2"));
    QVERIFY(!isZero(id));
    auto* status = child<QLabel>(page_.get(), "ordersStatus");
    WAIT_VERIFY(status->isVisible() && status->text().contains(shortOrderId(id)));
    produceBlock();
    WAIT_VERIFY(!status->isVisible());
  }

  // #8, #10: windows in hours and days (exact blocks), errors that go on edit and
  // never move the form.
  void newOrderWindowsInHoursAndDays() {
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    QVERIFY(dialog);
    auto* error = child<QLabel>(dialog, "dialogError");
    auto* ok = child<QPushButton>(dialog, "okButton");
    auto* payValue = child<QSpinBox>(dialog, "payWindowValue");
    auto* payUnit = child<QComboBox>(dialog, "payWindowUnit");
    QVERIFY(payValue && payUnit);
    QVERIFY(!payValue->accessibleName().isEmpty() && !payUnit->accessibleName().isEmpty());
    QCOMPARE(payUnit->count(), 3);  // blocks, hours, days

    QApplication::processEvents();
    const QPoint okAt = ok->mapTo(dialog, QPoint());
    click(ok);  // nothing filled in
    QVERIFY(!error->text().isEmpty());
    QApplication::processEvents();
    QCOMPARE(ok->mapTo(dialog, QPoint()), okAt);  // the error's line was already there
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), address(1));
    QVERIFY(error->text().isEmpty());  // corrected: gone at the first key
    QCOMPARE(ok->mapTo(dialog, QPoint()), okAt);
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), QStringLiteral("sofa"));
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), QStringLiteral("9"));

    // 20 days = 1,728,000 one-second blocks: above the network's 1,000,000.
    payUnit->setCurrentIndex(static_cast<int>(WindowUnit::Days));
    payValue->setValue(20);
    click(ok);
    QVERIFY(error->text().contains(QStringLiteral("at most 1000000 blocks")));
    payValue->setValue(2);
    QVERIFY(error->text().isEmpty());
    payUnit->setCurrentIndex(static_cast<int>(WindowUnit::Hours));
    QString problem;
    const auto draft = dialog->draft(&problem);
    QVERIFY2(draft, qPrintable(problem));
    QCOMPARE(draft->request.windows->pay, 2u * 3600u / node_->params().blockTime);

    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    click(ok);
    QVERIFY(submitted.wait(10000));
    const OrderId id = submitted.front().front().value<OrderId>();
    produceBlock();
    select(OrdersPage::kSelling, id);
    const state::Order* order = model()->orderAt(model()->rowOf(id));
    QCOMPARE(order->deadline, order->createdHeight + 2 * 3600 / node_->params().blockTime);
  }

  // The Buying view: every column but the item and the counterparty fits its
  // text; those two elide in the middle and show the whole text as a tooltip.
  void tableColumnsAreNeverCut() {
    const QString item = QStringLiteral("Hand-made walnut bookshelf with five shelves and a ladder, delivered");
    page_->showTab(OrdersPage::kBuying);  // the row arrives while the tab shows, as in the app
    const OrderId id = createInDialog(1, item, QStringLiteral("123456.12345678"));
    QVERIFY(!isZero(id));
    produceBlock();
    WAIT_VERIFY(model()->rowOf(id) >= 0);
    QTest::qWait(200);  // the block's date comes in a moment
    QApplication::processEvents();
    QTableView* view = table();
    for (int column : {OrderTableModel::kId, OrderTableModel::kTotal, OrderTableModel::kState,
                       OrderTableModel::kDeadline, OrderTableModel::kCreated}) {
      const QString text = model()->index(model()->rowOf(id), column).data().toString();
      const int needed =
          std::max(view->fontMetrics().horizontalAdvance(text), view->horizontalHeader()->sectionSizeHint(column));
      QVERIFY2(view->columnWidth(column) >= needed,
               qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(view->columnWidth(column)).arg(needed)));
    }
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    const QModelIndex itemCell = model()->index(model()->rowOf(id), OrderTableModel::kItem);
    QCOMPARE(itemCell.data(Qt::ToolTipRole).toString(), item);
    QVERIFY(!view->accessibleName().isEmpty());
    for (const char* name : {"newOrderButton", "exportButton"}) QVERIFY(!button(name)->accessibleName().isEmpty());
  }

  // #10 (and the first wall): "Create order" on a locked wallet offers the
  // unlock dialog and then submits, instead of only saying "locked".
  void newOrderOnLockedWalletOffersUnlock() {
    wallet_->lock();
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    QVERIFY(dialog);
    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), address(1));
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), QStringLiteral("stool"));
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), QStringLiteral("6"));
    click(child<QPushButton>(dialog, "okButton"));
    unlockInDialog();
    WAIT_COMPARE(submitted.count(), 1);  // may have come while the unlock was awaited
    WAIT_VERIFY(page_->findChild<NewOrderDialog*>("newOrderDialog") == nullptr);  // accepted and closed
  }

  // #9: "Account N" (an account without a label, as the wizard makes them) and
  // "All my accounts" follow a live switch to Chinese and back.
  void accountNamesFollowALiveSwitch() {
    QSignalSpy accounts(wallet_.get(), &WalletModel::accountsChanged);
    QVERIFY(wallet_->addAccount(QString()));
    WAIT_VERIFY(accounts.count() >= 1);
    page_->reloadWallet();  // as the app's shell does on accountsChanged
    const AccountEntry& added = wallet_->keystore()->accounts().back();
    QVERIFY(added.label.empty());
    const QString buyer = QString::fromStdString(encodeAddress(node_->params().hrp, added.key));
    const OrderId id = createInDialogFor(buyer, QStringLiteral("kettle"), QStringLiteral("4"));
    QVERIFY(!isZero(id));
    produceBlock();
    page_->showTab(OrdersPage::kSelling);
    WAIT_VERIFY(model()->rowOf(id) >= 0);
    auto counterparty = [this, id] {
      return model()->index(model()->rowOf(id), OrderTableModel::kCounterparty).data().toString();
    };
    const QString english = QStringLiteral("Account %1").arg(added.index);
    QTRY_VERIFY2_WITH_TIMEOUT(counterparty().startsWith(english), qPrintable(counterparty()), 10000);
    auto* filter = child<QComboBox>(page_.get(), "accountFilter");
    QVERIFY(filter);
    QCOMPARE(filter->itemText(0), QStringLiteral("All my accounts"));

    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/waybill_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    const QString translated = QCoreApplication::translate("wb::ui::PartyNames", "Account %1").arg(added.index);
    QVERIFY(translated != english);
    WAIT_VERIFY(counterparty().startsWith(translated));
    QCOMPARE(filter->itemText(0), QCoreApplication::translate("wb::ui::OrdersPage", "All my accounts"));
    QVERIFY(filter->itemText(0) != QStringLiteral("All my accounts"));

    QCoreApplication::removeTranslator(&chinese);
    WAIT_VERIFY(counterparty().startsWith(english));
  }
};

QTEST_MAIN(TestOrdersWalls)
#include "test_orders_walls.moc"
