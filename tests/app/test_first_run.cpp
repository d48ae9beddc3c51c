// A newcomer's first run (issue 11), through the app's own start-up path
// (app::GuiApp, as main() uses it) on a fresh data directory and a fresh
// configuration, with no options, and only what a user can do: widgets found
// by objectName, clicks and typing, the app's own dialogs. Nothing here calls
// into the wallet or the node to unlock, fund or sign.
//
// The seed document's session on the default dev network: merchant dev0
// creates an order for buyer dev1, dev1 pays, dev0 ships with tracking, dev1
// confirms receipt.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QWizard>
#include <QtTest>
#include <map>
#include <memory>

#include "app/gui_app.h"
#include "app/network_choice.h"
#include "chain/core/genesis.h"
#include "chain/core/genesis_file.h"
#include "chain/core/secure_bytes.h"
#include "ui/amount_edit.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/orders_page.h"
#include "ui/ui_settings.h"
#include "wallet/dev_accounts.h"

using namespace wb;

// Blocks come from the node's own producer; on a loaded machine signing and
// production can take longer than QTRY's default five seconds.
#define WAIT_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 60000)
// A step in a helper: the test stops at the first one that failed.
#define STEP(call)                          \
  do {                                      \
    call;                                   \
    if (QTest::currentTestFailed()) return; \
  } while (false)

namespace {

template <class T>
T* child(QObject* root, const QString& name) {
  return root ? root->findChild<T*>(name) : nullptr;
}

// A click as a user makes it, once the layout has placed the widget.
void click(QWidget* target) {
  QVERIFY(target);
  WAIT_VERIFY(target->isVisible() && target->isEnabled());
  QApplication::sendPostedEvents();
  QApplication::processEvents();
  QTest::mouseClick(target, Qt::LeftButton);
}

// The sidebar entry of page `name`, clicked.
void openPage(ui::MainWindow* window, const QString& name) {
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
QMessageBox* messageBox(const QString& objectName) {
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

}  // namespace

class TestFirstRun : public QObject {
  Q_OBJECT
  QTemporaryDir home_;
  std::shared_ptr<const SecpContext> ctx_;
  std::unique_ptr<QSettings> userSettings_;
  std::unique_ptr<ui::UiSettings> settings_;
  std::unique_ptr<ui::LanguageSwitcher> languages_;
  std::unique_ptr<app::GuiApp> app_;
  std::unique_ptr<app::GuiApp> joiner_;  // a second desktop, joined to app_'s network
  app::GuiApp* active_ = nullptr;        // whose window the steps below act in
  quint16 listenPort_ = 0;               // where app_'s network accepts peers

  ui::MainWindow* window() const { return active_->window(); }
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

private slots:
  void initTestCase() {
    qRegisterMetaType<wb::ui::MainWindow*>("wb::ui::MainWindow*");
    QVERIFY(home_.isValid());
    // A fresh user: nothing in their configuration or data folders.
    qputenv("HOME", home_.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home_.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", home_.filePath("data").toUtf8());
    QCoreApplication::setApplicationName(QStringLiteral("Waybill"));
    QCoreApplication::setOrganizationName(QStringLiteral("Waybill"));
    QVERIFY(initCrypto());
    ctx_ = std::make_shared<const SecpContext>();
    userSettings_ = std::make_unique<QSettings>();
    QVERIFY(userSettings_->fileName().startsWith(home_.path()));
    settings_ = std::make_unique<ui::UiSettings>(userSettings_.get());
    languages_ = std::make_unique<ui::LanguageSwitcher>();
    languages_->apply(QStringLiteral("en"));
  }

  void cleanupTestCase() {
    joiner_.reset();
    app_.reset();
  }

  // Wall 3 of issue 11: a saved choice that no longer opens (here: another
  // network named dev-pow than the one this data directory holds) never ends
  // the program: it says why and opens the dev network.
  void aChoiceThatNoLongerOpensFallsBackToTheDevNetwork() {
    QTemporaryDir dataDir;
    app::Options options;
    options.dataDir = dataDir.path().toStdString();
    auto config = app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), nullptr, KdfParams::minimum(), false};
    {
      app::GuiApp first(options, config);  // creates the data directory's dev-pow
      QVERIFY(first.start().ok());
    }
    auto keys = devAccountKeys(*ctx_);
    QVERIFY(keys);
    auto other = makeDevGenesis(ConsensusKind::Pow, 1'700'000'000,
                                std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
    QVERIFY(other);
    const QString otherPath = QDir(home_.path()).filePath("other-dev-pow.json");
    QVERIFY(writeGenesisFile(std::filesystem::path(otherPath.toStdString()), *other).ok());
    const QString wallet = QDir(dataDir.path()).filePath("wallets/dev-pow.wallet");
    QFile(QDir(dataDir.path()).filePath("wallets/dev-pow.dev.wallet")).copy(wallet);
    QVERIFY(app::NetworkChoiceFile(dataDir.path()).save({wallet, otherPath, "dev-pow", {}, false}).ok());

    app::GuiApp second(options, config);
    const Status started = second.start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(second.fallbackReason().contains(QStringLiteral("different network")));
    QMessageBox* box = messageBox(QStringLiteral("networkFallbackMessage"));
    QVERIFY(box && box->text().contains(QStringLiteral("dev-pow")));
    QVERIFY(second.window()->isVisible());
    box->accept();
  }

  // Issue 15: preparing the files, unlocking and opening the store run off the
  // GUI thread: timers keep firing during start() and the progress window shows.
  void startingShowsProgressAndKeepsTheGuiResponsive() {
    QTemporaryDir dataDir;
    app::Options options;
    options.dataDir = dataDir.path().toStdString();
    auto config = app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), nullptr, KdfParams::minimum(), false};
    config.progressDelayMs = 0;
    int ticks = 0;
    bool sawProgress = false;
    QTimer watch;
    watch.setInterval(5);
    connect(&watch, &QTimer::timeout, [&] {
      ++ticks;
      for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String("startupProgress") && w->isVisible()) sawProgress = true;
      }
    });
    watch.start();
    app::GuiApp app(options, config);
    const Status started = app.start();
    watch.stop();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY2(ticks >= 1, qPrintable(QString::number(ticks)));  // a blocked start() lets none fire
    QVERIFY(sawProgress);
    QVERIFY(app.window()->isVisible());
  }

  // A saved network's port is taken (another program, another data
  // directory's node): the wallet still opens, and the Network page says why
  // nobody can join.
  void aTakenPortStillOpensTheNetwork() {
    QTemporaryDir dataDir;
    app::Options options;
    options.dataDir = dataDir.path().toStdString();
    auto config = app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), nullptr, KdfParams::minimum(), false};
    {
      app::GuiApp first(options, config);  // creates the data directory's dev-pow
      QVERIFY(first.start().ok());
    }
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::Any, 0));
    const QString wallet = QDir(dataDir.path()).filePath("wallets/dev-pow.dev.wallet");
    const QString genesis = QDir(dataDir.path()).filePath("dev-pow/genesis.json");
    QVERIFY(
        app::NetworkChoiceFile(dataDir.path()).save({wallet, genesis, "dev-pow", {}, false, taken.serverPort()}).ok());

    app::GuiApp second(options, config);
    active_ = &second;
    const Status started = second.start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(second.fallbackReason().isEmpty());
    openPage(window(), QStringLiteral("networkPage"));
    const QString state = child<QLabel>(window(), QStringLiteral("listeningState"))->text();
    QVERIFY2(
        state.contains(QStringLiteral("does not accept peers")) && state.contains(QString::number(taken.serverPort())),
        qPrintable(state));
    QCOMPARE(child<QLineEdit>(window(), QStringLiteral("sharedGenesisPath"))->text(),
             QDir::toNativeSeparators(genesis));
    active_ = nullptr;
  }

  void seedScenarioOnTheDefaultDevNetwork() {
    app_ = std::make_unique<app::GuiApp>(
        app::Options{},
        app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), userSettings_.get(), KdfParams::minimum(), false});
    active_ = app_.get();
    const Status started = app_->start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(app_->dataDir().startsWith(home_.path()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    WAIT_VERIFY(orders() != nullptr);  // the dev wallet's pages are in
    openPage(window(), QStringLiteral("ordersPage"));

    // The dev wallet is unlocked for the session: no passphrase is asked anywhere.
    sellPayShipConfirm(QStringLiteral("dev0"), QStringLiteral("dev1"), QStringLiteral("iPhone"));
  }

  // The same with a wallet made in the wizard on a network started in the
  // wizard (DPoS: its only delegate is the wallet's first account), switched to
  // in place; a second account made with "New account…" and funded from Send.
  void seedScenarioOnANetworkStartedInTheWizard() {
    QVERIFY(app_);
    active_ = app_.get();
    QWizard* wizard = nullptr;
    wizardUpToItsNetworkPage(QStringLiteral("shop pass 2026"), &wizard);
    QVERIFY(wizard);
    auto* startNew = child<QRadioButton>(wizard, QStringLiteral("newNetworkRadio"));
    QVERIFY(startNew);
    // On its indicator: a radio button only takes clicks on its box and text.
    QTest::mouseClick(startNew, Qt::LeftButton, {}, QPoint(startNew->height() / 2, startNew->height() / 2));
    QVERIFY(startNew->isChecked());
    auto* consensus = child<QComboBox>(wizard, QStringLiteral("newConsensusCombo"));
    consensus->setCurrentIndex(consensus->findText(QStringLiteral("DPoS")));
    // Others will join it on a port of its own (a free one: tests run side by side).
    auto* port = child<QSpinBox>(wizard, QStringLiteral("listenPortSpin"));
    QVERIFY(port);
    QCOMPARE(port->value(), 9333);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::Any, 0));
    listenPort_ = probe.serverPort();
    probe.close();
    port->selectAll();
    QTest::keyClicks(port, QString::number(listenPort_));
    QCOMPARE(port->value(), int(listenPort_));
    finishWizard(wizard, app_.get());

    auto* network = child<QLabel>(window(), QStringLiteral("statusNetwork"));
    QVERIFY(network);
    QVERIFY2(network->text().contains(QStringLiteral("waybill-dpos")),
             qPrintable(network->text() + " / " + app_->fallbackReason() + " / " + [this] {
               QFile conf(app::NetworkChoiceFile(app_->dataDir()).path());
               return conf.open(QIODevice::ReadOnly) ? QString::fromUtf8(conf.readAll()) : QStringLiteral("no conf");
             }()));
    // Locked, the producer waits for the wallet and says so.
    openPage(window(), QStringLiteral("stakingPage"));
    WAIT_VERIFY(child<QLabel>(window(), QStringLiteral("producerState"))->text().contains(QStringLiteral("Unlock")));

    // Unlocked from the status bar's lock button with the app's own dialog: it produces.
    unlockFromStatusBar(QStringLiteral("shop pass 2026"));
    auto* height = child<QLabel>(window(), QStringLiteral("statusHeight"));
    WAIT_VERIFY(height->text() != QStringLiteral("Height 0") && height->text() != QStringLiteral("Height …"));

    // A second account, from the Wallet menu.
    QAction* newAccount = child<QAction>(window(), QStringLiteral("newAccountAction"));
    QVERIFY(newAccount);
    newAccount->trigger();
    QPointer<QDialog> accountDialog;  // deletes itself when closed
    WAIT_VERIFY((accountDialog = child<QDialog>(window(), QStringLiteral("newAccountDialog"))) &&
                accountDialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(accountDialog, QStringLiteral("accountLabelEdit")), QStringLiteral("Buyer"));
    click(child<QPushButton>(accountDialog, QStringLiteral("okButton")));
    WAIT_VERIFY(!accountDialog || !accountDialog->isVisible());

    // Fund it: its address from the Receive tab, 100 WBL from account 0 on the Send tab.
    const QString buyerAddress = receiveAddress(QStringLiteral("Buyer"));
    QVERIFY(!buyerAddress.isEmpty());
    send(buyerAddress, QStringLiteral("100"));

    sellPayShipConfirm(QString(), QStringLiteral("Buyer"), QStringLiteral("Tea set"));
  }

  // A second desktop (its own data directory) joins that network through its
  // wizard with what the first one's Network page shows (genesis file, port),
  // is paid some coins, and buys from the first one: the seed scenario across
  // two nodes, the buyer on the network they joined.
  void seedScenarioOnANetworkTheyJoined() {
    QVERIFY(app_ && listenPort_ != 0);
    active_ = app_.get();
    STEP(openPage(window(), QStringLiteral("networkPage")));
    QVERIFY(child<QLabel>(window(), QStringLiteral("listeningState"))
                ->text()
                .contains(QStringLiteral("port %1").arg(listenPort_)));
    const QString genesis = child<QLineEdit>(window(), QStringLiteral("sharedGenesisPath"))->text();
    QVERIFY(QFile::exists(genesis));

    QTemporaryDir joinerDir;
    app::Options options;
    options.dataDir = joinerDir.path().toStdString();
    joiner_ = std::make_unique<app::GuiApp>(
        options, app::GuiAppConfig{ctx_, settings_.get(), languages_.get(), nullptr, KdfParams::minimum(), false});
    active_ = joiner_.get();
    const Status started = joiner_->start();
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QWizard* wizard = nullptr;
    STEP(wizardUpToItsNetworkPage(QStringLiteral("buyer pass"), &wizard));
    QVERIFY(wizard);
    auto* join = child<QRadioButton>(wizard, QStringLiteral("joinNetworkRadio"));
    QTest::mouseClick(join, Qt::LeftButton, {}, QPoint(join->height() / 2, join->height() / 2));
    QVERIFY(join->isChecked());
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("genesisPathEdit")), genesis);
    QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("peerEdit")),
                     QStringLiteral("127.0.0.1:%1").arg(listenPort_));
    STEP(finishWizard(wizard, joiner_.get()));
    QVERIFY(child<QLabel>(window(), QStringLiteral("statusNetwork"))->text().contains(QStringLiteral("waybill-dpos")));

    // It follows the first desktop's chain.
    auto heightOf = [this](app::GuiApp* app) {
      active_ = app;
      static const QRegularExpression number(QStringLiteral("(\\d+)"));
      return number.match(child<QLabel>(window(), QStringLiteral("statusHeight"))->text()).captured(1).toLongLong();
    };
    WAIT_VERIFY(heightOf(joiner_.get()) > 0 && heightOf(joiner_.get()) + 2 >= heightOf(app_.get()));

    active_ = joiner_.get();
    const QString buyerAddress = receiveAddress(QString());
    QVERIFY(!buyerAddress.isEmpty());
    active_ = app_.get();
    STEP(send(buyerAddress, QStringLiteral("50")));

    active_ = joiner_.get();
    STEP(unlockFromStatusBar(QStringLiteral("buyer pass")));
    active_ = app_.get();
    STEP(createOrder(QString(), buyerAddress, QStringLiteral("Porcelain cups")));
    active_ = joiner_.get();
    STEP(pay(QStringLiteral("Porcelain cups")));
    active_ = app_.get();
    STEP(shipWithTracking(QStringLiteral("Porcelain cups")));
    active_ = joiner_.get();
    STEP(confirmReceipt(QStringLiteral("Porcelain cups")));
    active_ = app_.get();
    STEP(selectOrder(1, QStringLiteral("Porcelain cups")));
    WAIT_VERIFY(stateOf(QStringLiteral("Porcelain cups")) == QStringLiteral("Completed"));
    joiner_.reset();  // before its data directory goes
  }
};

QTEST_MAIN(TestFirstRun)
#include "test_first_run.moc"
