// What a user does in the desktop app, for the app-level GUI tests: widgets
// found by objectName, clicks and typing, the app's own dialogs — the seed
// session's steps (create, pay, ship with tracking, confirm), the wizard's
// pages, unlocking, receiving and sending. Nothing here calls into the wallet
// or the node.
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWizard>
#include <QtTest>
#include <functional>
#include <map>

#include "app/gui_app.h"
#include "ui/amount_edit.h"
#include "ui/main_window.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/orders_page.h"

// Blocks come from the node's own producer; on a loaded machine signing and
// production can take longer than QTRY's default five seconds.
#define WAIT_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 60000)
// A step in a helper: the test stops at the first one that failed.
#define STEP(call)                          \
  do {                                      \
    call;                                   \
    if (QTest::currentTestFailed()) return; \
  } while (false)

namespace wb::test {

// A fresh user for the app under test: HOME and the XDG configuration and data
// folders inside `home`, and the application's names set, so its QSettings and
// data folders are there and nothing of the machine's user is read.
inline void useFreshUserFolders(const QTemporaryDir& home) {
  qputenv("HOME", home.path().toUtf8());
  qputenv("XDG_CONFIG_HOME", home.filePath("config").toUtf8());
  qputenv("XDG_DATA_HOME", home.filePath("data").toUtf8());
  QCoreApplication::setApplicationName(QStringLiteral("Waybill"));
  QCoreApplication::setOrganizationName(QStringLiteral("Waybill"));
}

template <class T>
inline T* child(QObject* root, const QString& name) {
  return root ? root->findChild<T*>(name) : nullptr;
}

// A click as a user makes it, once the layout has placed the widget.
inline void click(QWidget* target) {
  QVERIFY(target);
  WAIT_VERIFY(target->isVisible() && target->isEnabled());
  QApplication::sendPostedEvents();
  QApplication::processEvents();
  QTest::mouseClick(target, Qt::LeftButton);
}

// The sidebar entry of page `name`, clicked.
inline void openPage(ui::MainWindow* window, const QString& name) {
  auto* sidebar = child<QListWidget>(window, QStringLiteral("sidebar"));
  QVERIFY(sidebar);
  for (int row = 0; row < sidebar->count(); ++row) {
    if (sidebar->item(row)->data(Qt::UserRole).toString() != name) continue;
    QListWidgetItem* item = sidebar->item(row);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualItemRect(item).center());
    QCOMPARE(window->currentPageName(), name);
    return;
  }
  QFAIL(qPrintable("no sidebar entry " + name));
}

// The visible modal message box the app opened, once it is there.
inline QMessageBox* messageBox(const QString& objectName) {
  QMessageBox* box = nullptr;
  (void)QTest::qWaitFor(
      [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
          auto* candidate = qobject_cast<QMessageBox*>(w);
          if (candidate && candidate->isVisible() && (objectName.isEmpty() || candidate->objectName() == objectName)) {
            box = candidate;
            return true;
          }
        }
        return false;
      },
      60000);
  return box;
}

class DesktopSteps {
public:
  // `window()` names the window the steps act in (it may change between steps).
  explicit DesktopSteps(std::function<ui::MainWindow*()> window) : windowOf_(std::move(window)) {}

  ui::MainWindow* window() const { return windowOf_(); }
  ui::OrdersPage* orders() const { return child<ui::OrdersPage>(window(), QStringLiteral("ordersPage")); }
  QTableView* table() const { return child<QTableView>(orders(), QStringLiteral("ordersTable")); }

  // The table row whose item is `item`, or −1.
  int rowOfItem(const QString& item) const {
    QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
      if (model->index(row, ui::OrderTableModel::kItem).data().toString() == item) return row;
    }
    return -1;
  }
  QString stateOf(const QString& item) const {
    const int row = rowOfItem(item);
    return row < 0 ? QString() : table()->model()->index(row, ui::OrderTableModel::kState).data().toString();
  }

  // Shows the Buying (0) / Selling (1) tab and clicks the order's row.
  void selectOrder(int tab, const QString& item) {
    openPage(window(), QStringLiteral("ordersPage"));
    auto* tabs = child<QTabBar>(orders(), QStringLiteral("roleTabs"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    WAIT_VERIFY(rowOfItem(item) >= 0);
    const QModelIndex cell = table()->model()->index(rowOfItem(item), ui::OrderTableModel::kItem);
    table()->scrollTo(cell);
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(cell).center());
    WAIT_VERIFY(table()->selectionModel()->isRowSelected(rowOfItem(item), {}));
  }

  // The merchant's step of the seed session, as the user does it on the Orders
  // page: `merchant` (combo text it starts with; empty: the wallet's first
  // account) sells `item` to `buyer` (a known account's text it starts with, or
  // an address typed in).
  void createOrder(const QString& merchant, const QString& buyer, const QString& item) {
    openPage(window(), QStringLiteral("ordersPage"));
    click(child<QPushButton>(orders(), QStringLiteral("newOrderButton")));
    QDialog* dialog = nullptr;
    WAIT_VERIFY((dialog = child<QDialog>(orders(), QStringLiteral("newOrderDialog"))) && dialog->isVisible());
    auto* account = child<QComboBox>(dialog, QStringLiteral("accountCombo"));
    QVERIFY(account);
    // An account without a name shows as its address: the first one is the default.
    const int seller = merchant.isEmpty() ? 0 : account->findText(merchant, Qt::MatchStartsWith);
    QVERIFY2(seller >= 0, qPrintable(merchant));
    account->setCurrentIndex(seller);
    auto* counterparty = child<QComboBox>(dialog, QStringLiteral("counterpartyCombo"));
    QVERIFY(counterparty);
    const int buying = counterparty->findText(buyer, Qt::MatchStartsWith);
    if (buying >= 0) {
      counterparty->setCurrentIndex(buying);  // picked from the list, as a user does
    } else {
      QTest::keyClicks(counterparty->lineEdit(), buyer);  // someone else's address, pasted
    }
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("itemEdit")), item);
    QTest::keyClicks(child<ui::AmountEdit>(dialog, QStringLiteral("unitPriceEdit")), QStringLiteral("10"));
    QPointer<QDialog> open(dialog);  // it deletes itself once the order is sent
    QPointer<QLabel> dialogError(child<QLabel>(dialog, QStringLiteral("dialogError")));
    click(child<QPushButton>(dialog, QStringLiteral("okButton")));
    QTRY_VERIFY2_WITH_TIMEOUT(!open || !open->isVisible(), qPrintable(dialogError ? dialogError->text() : QString()),
                              60000);
  }

  void pay(const QString& item) {
    selectOrder(0, item);
    click(child<QPushButton>(orders(), QStringLiteral("payButton")));
    confirmAction();
    WAIT_VERIFY(stateOf(item) == QStringLiteral("Paid"));
  }

  void shipWithTracking(const QString& item) {
    selectOrder(1, item);
    WAIT_VERIFY(stateOf(item) == QStringLiteral("Paid"));
    QTest::keyClicks(child<QLineEdit>(orders(), QStringLiteral("trackingEdit")), QStringLiteral("SF1234567890"));
    click(child<QPushButton>(orders(), QStringLiteral("shipButton")));
    confirmAction();  // shipping asks first, like paying
    WAIT_VERIFY(stateOf(item) == QStringLiteral("Shipped"));
  }

  // The buyer reads the tracking number and confirms receipt.
  void confirmReceipt(const QString& item) {
    selectOrder(0, item);
    WAIT_VERIFY(child<QLabel>(orders(), QStringLiteral("orderTracking"))->text() == QStringLiteral("SF1234567890"));
    click(child<QPushButton>(orders(), QStringLiteral("confirmButton")));
    confirmAction();
    WAIT_VERIFY(stateOf(item) == QStringLiteral("Completed"));
  }

  // The seed session between two accounts of the open wallet.
  void sellPayShipConfirm(const QString& merchant, const QString& buyer, const QString& item) {
    STEP(createOrder(merchant, buyer, item));
    STEP(pay(item));
    STEP(shipWithTracking(item));
    STEP(confirmReceipt(item));
  }

  // From the Welcome page through the wizard's words, their check and the
  // wallet's passphrase, to its network page.
  void wizardUpToItsNetworkPage(const QString& passphrase, QWizard** out) {
    *out = nullptr;
    openPage(window(), QStringLiteral("welcomePage"));
    click(child<QPushButton>(window(), QStringLiteral("createWalletButton")));
    QWizard* wizard = nullptr;
    WAIT_VERIFY((wizard = child<QWizard>(window(), QStringLiteral("firstRunWizard"))) && wizard->isVisible());
    auto next = [wizard] { click(wizard->button(QWizard::NextButton)); };
    next();  // create a new wallet (the default)

    // The words, as shown; then the three asked for.
    std::map<int, QString> words;
    static const QRegularExpression cell(QStringLiteral("(\\d+)\\.\\s+(\\S+)"));
    const QString shown = child<QPlainTextEdit>(wizard, QStringLiteral("mnemonicView"))->toPlainText();
    for (auto it = cell.globalMatch(shown); it.hasNext();) {
      const auto match = it.next();
      words[match.captured(1).toInt()] = match.captured(2);
    }
    QCOMPARE(words.size(), std::size_t{12});
    next();
    QWidget* confirm = child<QWidget>(wizard, QStringLiteral("confirmMnemonicPage"));
    static const QRegularExpression asked(QStringLiteral("#(\\d+)"));
    int field = 0;
    for (QLabel* label : confirm->findChildren<QLabel*>()) {
      const auto match = asked.match(label->text());
      if (!match.hasMatch() || label->text().contains(QStringLiteral("not right"))) continue;
      QTest::keyClicks(child<QLineEdit>(confirm, QStringLiteral("confirmWord%1").arg(field++)),
                       words[match.captured(1).toInt()]);
    }
    QCOMPARE(field, 3);
    next();
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("walletPassphraseEdit")), passphrase);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("walletPassphraseRepeatEdit")), passphrase);
    next();
    *out = wizard;
  }

  // Finishes the wizard and waits for the app to switch to its wallet in place.
  void finishWizard(QWizard* wizard, app::GuiApp* app) {
    QSignalSpy replaced(app, &app::GuiApp::windowReplaced);
    click(wizard->button(QWizard::NextButton));
    WAIT_VERIFY(wizard->button(QWizard::FinishButton)->isVisible() &&
                wizard->button(QWizard::FinishButton)->isEnabled());
    click(wizard->button(QWizard::FinishButton));
    WAIT_VERIFY(replaced.count() == 1);
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    WAIT_VERIFY(orders() != nullptr);
  }

  // Unlocks the wallet from the status bar's lock button with the app's own dialog.
  void unlockFromStatusBar(const QString& passphrase) {
    click(child<QAbstractButton>(window(), QStringLiteral("statusLock")));
    QPointer<QDialog> unlock;
    WAIT_VERIFY((unlock = child<QDialog>(window(), QStringLiteral("unlockDialog"))) && unlock->isVisible());
    QTest::keyClicks(child<QLineEdit>(unlock, QStringLiteral("passphraseEdit")), passphrase);
    click(child<QPushButton>(unlock, QStringLiteral("okButton")));
    WAIT_VERIFY(!unlock || !unlock->isVisible());
  }

  // The address the Receive tab shows for the account whose text starts with `account` (empty: the first).
  QString receiveAddress(const QString& account) {
    openPage(window(), QStringLiteral("sendPage"));
    auto* tabs = child<QTabWidget>(window(), QStringLiteral("sendReceiveTabs"));
    tabs->setCurrentIndex(1);
    auto* receiveAccount = child<QComboBox>(window(), QStringLiteral("receiveAccount"));
    if (!account.isEmpty()) {
      if (!QTest::qWaitFor([&] { return receiveAccount->findText(account, Qt::MatchStartsWith) >= 0; }, 60000)) {
        return {};
      }
      receiveAccount->setCurrentIndex(receiveAccount->findText(account, Qt::MatchStartsWith));
    }
    return child<QLineEdit>(window(), QStringLiteral("receiveAddress"))->text();
  }

  // Sends `amount` WBL from the first account to `address` on the Send tab.
  void send(const QString& address, const QString& amount) {
    openPage(window(), QStringLiteral("sendPage"));
    child<QTabWidget>(window(), QStringLiteral("sendReceiveTabs"))->setCurrentIndex(0);
    auto* to = child<QLineEdit>(window(), QStringLiteral("sendTo"));
    auto* sum = child<ui::AmountEdit>(window(), QStringLiteral("sendAmount"));
    to->selectAll();  // typed over whatever the last payment left
    QTest::keyClicks(to, address);
    sum->selectAll();
    QTest::keyClicks(sum, amount);
    click(child<QPushButton>(window(), QStringLiteral("sendButton")));
    QMessageBox* sendConfirm = messageBox(QStringLiteral("sendConfirm"));
    QVERIFY(sendConfirm);
    QTest::mouseClick(sendConfirm->button(QMessageBox::Yes), Qt::LeftButton);
    WAIT_VERIFY(
        child<QLabel>(window(), QStringLiteral("sendResult"))->text().contains(QStringLiteral("Transaction ID")));
  }

  // Answers "Yes" in the confirmation of an order action.
  void confirmAction() {
    QMessageBox* box = messageBox(QStringLiteral("orderActionConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
  }

private:
  std::function<ui::MainWindow*()> windowOf_;
};

}  // namespace wb::test
