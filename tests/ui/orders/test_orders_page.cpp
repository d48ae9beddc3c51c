// The Orders page on a real dev node and the dev wallet, driven through its
// widgets (found by objectName): the seed document's ECommerce session — the
// merchant creates an order, a second account pays it, the merchant ships with
// tracking, the buyer confirms — with the table row and the timeline following
// each block; actions not allowed are not offered; failures show their error.
// Issue 11: Ship asks and wants tracking (or the explicit choice of none); sealed
// texts open when the wallet unlocks and stay open across updates; a locked
// wallet is offered the unlock dialog before any question; the "waiting for a
// block" line goes once mined; windows in hours and days; the dialog's error goes
// on edit and never moves the form; the table's columns are never cut.
#include <QApplication>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/bech32m.h"
#include "tests/support/dev_node.h"
#include "ui/amount_edit.h"
#include "ui/error_text.h"
#include "ui/orders/new_order_dialog.h"
#include "ui/orders/order_action_panel.h"
#include "ui/orders/order_csv.h"
#include "ui/orders/order_detail_widget.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/order_text.h"
#include "ui/orders/orders_page.h"
#include "ui/orders/window_edit.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

using namespace wb;
using namespace wb::ui;

// Signing runs on a worker and blocks come from another thread: on a loaded
// machine that can take longer than QTRY's default five seconds.
#define WAIT_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)
#define WAIT_COMPARE(actual, expected) QTRY_COMPARE_WITH_TIMEOUT(actual, expected, 30000)

namespace {

constexpr char kPassphrase[] = "orders test";

// The controls under `root` a user can touch that lack an objectName or an
// accessible name. Parts of a composite control (a combo box's editor and popup,
// a spin box's editor, a view's headers, a tab bar's scroll buttons) go by it.
QStringList unnamedControls(QWidget* root) {
  const auto composite = [](const QWidget* w) {
    return qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w);
  };
  QStringList missing;
  for (QWidget* w : root->findChildren<QWidget*>()) {
    const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || composite(w) ||
                         qobject_cast<QPlainTextEdit*>(w);
    if (!control) continue;
    bool part = false;
    for (QWidget* up = w->parentWidget(); up && up != root && !part; up = up->parentWidget()) part = composite(up);
    if (part) continue;
    if (w->objectName().isEmpty() || w->accessibleName().isEmpty()) {
      missing << QStringLiteral("%1 '%2'").arg(QLatin1String(w->metaObject()->className()), w->objectName());
    }
  }
  return missing;
}

template <class T>
T* child(QWidget* root, const char* name) {
  auto* found = root->findChild<T*>(QLatin1String(name));
  if (!found) qWarning("no child %s", name);
  return found;
}

}  // namespace

class TestOrdersPage : public QObject {
  Q_OBJECT
  std::shared_ptr<const SecpContext> ctx_;
  std::unique_ptr<QTemporaryDir> dir_;
  std::unique_ptr<test::DevNode> node_;
  std::unique_ptr<WalletModel> wallet_;
  std::unique_ptr<TxSender> sender_;
  std::unique_ptr<OrdersPage> page_;

  QString address(std::size_t account) const { return node_->address(account); }
  QTableView* table() const { return child<QTableView>(page_.get(), "ordersTable"); }
  OrderTableModel* model() const { return page_->model(); }
  QPushButton* button(const char* name) const { return child<QPushButton>(page_.get(), name); }
  QString timeline() const { return child<QLabel>(page_.get(), "orderTimeline")->text(); }
  QString stateCell(int row) const { return model()->index(row, OrderTableModel::kState).data().toString(); }

  // Shows `tab` and selects the row of order `id` once it is listed.
  void select(OrdersPage::Tab tab, const OrderId& id) {
    page_->showTab(tab);
    WAIT_VERIFY(model()->rowOf(id) >= 0);
    table()->selectRow(model()->rowOf(id));
    WAIT_VERIFY(page_->detail()->order() && page_->detail()->order()->id == id);
  }

  // Clicks a button as a user would, once the layout has placed it (a button
  // shown a moment ago has no geometry until the posted layout request runs).
  void click(QPushButton* target) {
    QVERIFY(target);
    WAIT_VERIFY(target->isVisible() && target->isEnabled());
    QApplication::sendPostedEvents();
    QApplication::processEvents();
    QTest::mouseClick(target, Qt::LeftButton);
  }

  // Answers the confirmation box of a money-moving action (Pay, Confirm, Resolve).
  void answerConfirmation(QMessageBox::StandardButton answer) {
    QMessageBox* box = nullptr;
    WAIT_VERIFY((box = page_->findChild<QMessageBox*>("orderActionConfirm")) != nullptr && box->isVisible());
    QTest::mouseClick(box->button(answer), Qt::LeftButton);
  }

  void produceBlock() {
    const Status produced = node_->produce(1);
    QVERIFY2(produced.ok(), produced.ok() ? "" : produced.error().message.c_str());
  }

  // Fills the new order dialog as dev0 selling to `buyer` and submits it.
  OrderId createInDialog(std::size_t buyer, const QString& item, const QString& unitPrice, const QString& note = {}) {
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    if (!dialog) return {};
    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    child<QComboBox>(dialog, "accountCombo")->setCurrentIndex(0);
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), address(buyer));
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), item);
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), unitPrice);
    if (!note.isEmpty()) QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), note);
    click(child<QPushButton>(dialog, "okButton"));
    if (!submitted.wait(10000)) {
      qWarning() << "not submitted:" << child<QLabel>(dialog, "dialogError")->text();
      return {};
    }
    return submitted.front().front().value<Hash32>();
  }

  // Types the passphrase into the app's unlock dialog (once it shows) and presses Unlock.
  void unlockInDialog() {
    QDialog* unlock = nullptr;
    WAIT_VERIFY((unlock = page_->findChild<QDialog*>("unlockDialog")) != nullptr && unlock->isVisible());
    QTest::keyClicks(child<QLineEdit>(unlock, "passphraseEdit"), QLatin1String(kPassphrase));
    click(child<QDialogButtonBox>(unlock, "")->button(QDialogButtonBox::Ok));
    WAIT_VERIFY(!wallet_->isLocked());
  }

  // Clicks a check box on its box (its centre may be past the end of its text).
  static void clickCheckBox(QCheckBox* box) {
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
  }

  // dev1 pays order `id` through the Buying tab.
  void payThroughWidgets(const OrderId& id) {
    select(OrdersPage::kBuying, id);
    click(button("payButton"));
    answerConfirmation(QMessageBox::Yes);
    WAIT_VERIFY(child<QLabel>(page_.get(), "actionStatus")->text().contains(QStringLiteral("waiting for a block")));
    produceBlock();
    WAIT_COMPARE(stateCell(model()->rowOf(id)), orderStateName(state::OrderStatus::Paid));
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_shared<SecpContext>();
    qRegisterMetaType<wb::Hash32>("wb::Hash32");
  }

  void init() {
    dir_ = std::make_unique<QTemporaryDir>();
    auto node = test::DevNode::start(ConsensusKind::Pow, dir_->path(), *ctx_);
    QVERIFY2(node.ok(), node.ok() ? "" : node.error().message.c_str());
    node_ = std::move(*node);
    auto keystore = node_->devKeystore(kDevAccounts, kPassphrase);
    QVERIFY(keystore.ok());
    wallet_ = std::make_unique<WalletModel>(ctx_, std::move(*keystore), dir_->filePath("dev.wallet"), KdfParams::minimum());
    sender_ = std::make_unique<TxSender>(ctx_, node_->params(), &node_->client(), wallet_.get());
    page_ = std::make_unique<OrdersPage>(ctx_, sender_.get());
    page_->resize(1100, 800);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
  }

  void cleanup() {
    page_.reset();
    sender_.reset();
    wallet_.reset();
    node_.reset();
    dir_.reset();
  }

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
    QCOMPARE(error->text(), errorTextForCode(Errc::StateInsufficientFunds));

    // A locked wallet offers to unlock; declining signs nothing and says so.
    wallet_->lock();
    WAIT_VERIFY(wallet_->isLocked());
    click(button("cancelButton"));
    QDialog* unlock = nullptr;
    WAIT_VERIFY((unlock = page_->findChild<QDialog*>("unlockDialog")) != nullptr && unlock->isVisible());
    unlock->reject();
    WAIT_COMPARE(error->text(), errorTextForCode(Errc::WalletLocked));
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
    QVERIFY(error->text().contains(errorTextForCode(Errc::AddressChecksum)));

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
    const OrderId id = submitted.front().front().value<Hash32>();
    produceBlock();
    select(OrdersPage::kArbitrating, id);
    for (OrderAction action : kAllOrderActions) QVERIFY(!page_->detail()->actions()->button(action)->isVisible());
    QVERIFY(model()->index(model()->rowOf(id), OrderTableModel::kTotal).data().toString().startsWith(QStringLiteral("12.5 ")));
  }
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
    const OrderId id = submitted.front().front().value<Hash32>();
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
    QVERIFY(submitted.wait(10000));
    QCOMPARE(child<QLabel>(dialog, "dialogError")->text(), QString());
  }
};

QTEST_MAIN(TestOrdersPage)
#include "test_orders_page.moc"
