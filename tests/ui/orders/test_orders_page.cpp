// The Orders page on a real dev node and the dev wallet, driven through its
// widgets (found by objectName): the seed document's ECommerce session — the
// merchant creates an order, a second account pays it, the merchant ships with
// tracking, the buyer confirms — with the table row and the timeline following
// each block; actions not allowed are not offered; failures show their error.
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
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
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

using namespace wb;
using namespace wb::ui;

// Signing runs on a worker and blocks come from another thread: on a loaded
// machine that can take longer than QTRY's default five seconds.
#define WAIT_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)
#define WAIT_COMPARE(actual, expected) QTRY_COMPARE_WITH_TIMEOUT(actual, expected, 30000)

namespace {

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
  OrderId createInDialog(std::size_t buyer, const QString& item, const QString& unitPrice) {
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    if (!dialog) return {};
    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    child<QComboBox>(dialog, "accountCombo")->setCurrentIndex(0);
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), address(buyer));
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), item);
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), unitPrice);
    click(child<QPushButton>(dialog, "okButton"));
    if (!submitted.wait(10000)) {
      qWarning() << "not submitted:" << child<QLabel>(dialog, "dialogError")->text();
      return {};
    }
    return submitted.front().front().value<Hash32>();
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
    auto keystore = node_->devKeystore();
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

    // A locked wallet signs nothing and says so.
    wallet_->lock();
    WAIT_VERIFY(wallet_->isLocked());
    click(button("cancelButton"));
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
};

QTEST_MAIN(TestOrdersPage)
#include "test_orders_page.moc"
