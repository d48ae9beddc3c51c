// What the Orders page tests share: a real dev node (PoW, manual clock) in a
// temporary directory, the dev wallet (accounts dev0…, passphrase kPassphrase)
// in a WalletModel, a TxSender and the page shown offscreen, plus helpers that
// act as a user would — clicks and typing on widgets found by objectName.
#pragma once

#include <QAbstractButton>
#include <QApplication>
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

inline constexpr char kPassphrase[] = "orders test";

// The controls under `root` a user can touch that lack an objectName or an
// accessible name. Parts of a composite control (a combo box's editor and popup,
// a spin box's editor, a view's headers, a tab bar's scroll buttons) go by it.
inline QStringList unnamedControls(QWidget* root) {
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

class OrdersPageFixture {
protected:
  std::shared_ptr<const SecpContext> ctx_;
  std::unique_ptr<QTemporaryDir> dir_;
  std::unique_ptr<test::DevNode> node_;
  std::unique_ptr<WalletModel> wallet_;
  std::unique_ptr<SignedTxSubmitter> journal_;
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

  // Fills the new order dialog as dev0 selling to dev account `buyer` and submits it.
  OrderId createInDialog(std::size_t buyer, const QString& item, const QString& unitPrice, const QString& note = {}) {
    return createInDialogFor(address(buyer), item, unitPrice, note);
  }

  // The same for a buyer given by address.
  OrderId createInDialogFor(const QString& buyerAddress, const QString& item, const QString& unitPrice,
                            const QString& note = {}) {
    click(button("newOrderButton"));
    auto* dialog = page_->findChild<NewOrderDialog*>("newOrderDialog");
    if (!dialog) return {};
    QSignalSpy submitted(dialog, &NewOrderDialog::orderSubmitted);
    child<QComboBox>(dialog, "accountCombo")->setCurrentIndex(0);
    QTest::keyClicks(child<QComboBox>(dialog, "counterpartyCombo")->lineEdit(), buyerAddress);
    QTest::keyClicks(child<QLineEdit>(dialog, "itemEdit"), item);
    QTest::keyClicks(child<AmountEdit>(dialog, "unitPriceEdit"), unitPrice);
    if (!note.isEmpty()) QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), note);
    click(child<QPushButton>(dialog, "okButton"));
    if (!submitted.wait(10000)) {
      qWarning() << "not submitted:" << child<QLabel>(dialog, "dialogError")->text();
      return {};
    }
    return submitted.front().front().value<OrderId>();
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

  // initTestCase, init and cleanup of the test classes.
  void initFixture() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_shared<SecpContext>();
    qRegisterMetaType<wb::Hash32>("wb::Hash32");
  }

  void setUpPage() {
    dir_ = std::make_unique<QTemporaryDir>();
    auto node = test::DevNode::start(ConsensusKind::Pow, dir_->path(), *ctx_);
    QVERIFY2(node.ok(), node.ok() ? "" : node.error().message.c_str());
    node_ = std::move(*node);
    auto keystore = node_->devKeystore(kDevAccounts, kPassphrase);
    QVERIFY(keystore.ok());
    wallet_ =
        std::make_unique<WalletModel>(ctx_, std::move(*keystore), dir_->filePath("dev.wallet"), KdfParams::minimum());
    journal_ = std::make_unique<SignedTxSubmitter>(node_->node(), wallet_->path());
    sender_ = std::make_unique<TxSender>(ctx_, node_->params(), &node_->client(), wallet_.get(), journal_.get());
    page_ = std::make_unique<OrdersPage>(ctx_, sender_.get());
    page_->resize(1100, 800);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
  }

  void tearDownPage() {
    page_.reset();
    sender_.reset();
    journal_.reset();
    wallet_.reset();
    node_.reset();
    dir_.reset();
  }
};
