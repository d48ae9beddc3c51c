#include "app/gui_shell.h"

#include <QApplication>
#include <QMessageBox>
#include <QSystemTrayIcon>

#include "chain/core/bytes.h"
#include "ui/account_discovery.h"
#include "ui/activity/activity_page.h"
#include "ui/main_window.h"
#include "ui/network/network_page.h"
#include "ui/node_status_bar.h"
#include "ui/orders/orders_page.h"
#include "ui/overview_page.h"
#include "ui/producer_keys.h"
#include "ui/send/send_page.h"
#include "ui/settings_page.h"
#include "ui/staking/staking_page.h"
#include "ui/tray_notifier.h"
#include "ui/tx_sender.h"
#include "ui/ui_settings.h"
#include "ui/wallet_model.h"
#include "ui/wallet_session.h"
#include "wallet/history_service.h"
#include "wallet/light_history_client.h"
#include "wallet/signed_tx_submitter.h"

namespace wb::app {

template <class Page>
void GuiShell::followUnit(Page* page) {
  page->setUnit(config_.settings->unit());
  connect(config_.settings, &ui::UiSettings::unitChanged, page, &Page::setUnit);
}

GuiShell::GuiShell(node::NodeClient* client, GuiShellConfig config, QObject* parent)
    : QObject(parent), client_(client), config_(std::move(config)), window_(std::make_unique<ui::MainWindow>()) {
  const ChainParams& params = *config_.params;
  ui::MainWindow* window = window_.get();
  window->setNodeStatus(new ui::NodeStatusBar(client_, QString::fromStdString(params.name), params.consensus));
  overview_ = new ui::OverviewPage(client_, {});
  overview_->setUnit(config_.settings->unit());
  connect(config_.settings, &ui::UiSettings::unitChanged, overview_, &ui::OverviewPage::setUnit);
  window->addPage(QStringLiteral("overviewPage"), overview_->windowTitle(), overview_);
  auto* network = new ui::NetworkExplorerPage(client_, params.hrp);
  followUnit(network);
  network->setSharing(config_.sharing);
  if (config_.lightChain != nullptr) network->setLightMode();
  window->addPage(QStringLiteral("networkPage"), network->windowTitle(), network);
  auto* settingsPage = new ui::SettingsPage(config_.settings, config_.languages, config_.dataDir);
  settingsPage->setNetwork(QString::fromStdString(params.name), params.consensus,
                           QString::fromStdString(toHex(params.genesisHash)));
  // Switching network is the wizard's job, as on the Welcome page.
  connect(settingsPage, &ui::SettingsPage::switchNetworkRequested, window, &ui::MainWindow::createWalletRequested);
  window->addPage(QStringLiteral("settingsPage"), settingsPage->windowTitle(), settingsPage);

  if (config_.trayIcon && QSystemTrayIcon::isSystemTrayAvailable()) {
    tray_ = new QSystemTrayIcon(ui::applicationIcon(), this);
    tray_->setToolTip(QStringLiteral("Waybill"));
    tray_->setContextMenu(window->trayMenu());
    connect(tray_, &QSystemTrayIcon::activated, window, [window](QSystemTrayIcon::ActivationReason reason) {
      if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) window->bringToFront();
    });
    // The tray brings the window back, so closing it keeps Waybill running.
    window->setKeepsRunningInTray(true);
    tray_->show();
  }
  notifier_ = new ui::TrayNotifier(client_, params.hrp, tray_, this);
  notifier_->setUnit(config_.settings->unit());
  connect(config_.settings, &ui::UiSettings::unitChanged, notifier_, &ui::TrayNotifier::setUnit);

  session_ = new ui::WalletSession(config_.ctx, config_.settings, window, config_.kdf);
  connect(session_, &ui::WalletSession::failed, window,
          [window](const QString& error) { QMessageBox::warning(window, window->windowTitle(), error); });
  connect(session_, &ui::WalletSession::opened, this, &GuiShell::addWalletPages);
}

GuiShell::~GuiShell() = default;

void GuiShell::openWallet(const QString& walletPath, const QString& genesisPath,
                          std::shared_ptr<const SecureBytes> sessionPassphrase) {
  session_->open(walletPath, genesisPath, std::move(sessionPassphrase));
}

void GuiShell::addWalletPages() {
  ui::WalletModel* wallet = session_->model();
  const Keystore* keystore = wallet->keystore();
  if (keystore == nullptr) return;
  if (config_.node != nullptr && !wallet->path().isEmpty())
    journal_ = new SignedTxSubmitter(config_.node, wallet->path(), this);
  sender_ = new ui::TxSender(config_.ctx, *config_.params, client_, wallet, journal_, this);
  if (config_.produceWithWallet)
    new ui::ProducerKeyFeeder(config_.ctx, config_.params->consensus, client_, wallet, this);
  if (config_.lightChain != nullptr)
    history_ = new LightHistoryClient(config_.lightChain, *config_.params, accountKeys(*keystore), this);
  else
    history_ = new HistoryClient(config_.chain, accountKeys(*keystore), keystore->birthdayHeight(), this);

  // The wallet's pages go between the Overview and the Network page.
  const QString before = QStringLiteral("networkPage");
  auto* orders = orders_ = new ui::OrdersPage(config_.ctx, sender_);
  followUnit(orders);
  window_->addPage(QStringLiteral("ordersPage"), orders->windowTitle(), orders, before);
  auto* send = send_ = new ui::SendPage(sender_);
  followUnit(send);
  window_->addPage(QStringLiteral("sendPage"), send->windowTitle(), send, before);
  auto* staking = staking_ = new ui::StakingPage(sender_);
  followUnit(staking);
  window_->addPage(QStringLiteral("stakingPage"), staking->windowTitle(), staking, before);
  auto* activity = activity_ = new ui::ActivityPage(history_, config_.params->hrp);
  followUnit(activity);
  window_->addPage(QStringLiteral("activityPage"), activity->windowTitle(), activity, before);
  showAccounts(*keystore);
  connect(wallet, &ui::WalletModel::accountsChanged, this, &GuiShell::accountsChanged);
  // A restored wallet knows account 0 only: add the others it used (gap limit).
  new ui::AccountDiscovery(config_.ctx, client_, wallet, this);
  emit walletOpened();
}

std::vector<AccountKey> GuiShell::accountKeys(const Keystore& keystore) {
  std::vector<AccountKey> keys;
  for (const AccountEntry& account : keystore.accounts()) keys.push_back(account.key);
  return keys;
}

void GuiShell::showAccounts(const Keystore& keystore) {
  const std::vector<ui::OverviewAccount> accounts = ui::overviewAccounts(keystore);
  overview_->setAccounts(accounts);
  notifier_->setAccounts(accountKeys(keystore));
  send_->setAccounts(accounts);
  staking_->setAccounts(accounts);
  activity_->setAccounts(accounts);
}

void GuiShell::accountsChanged() {
  const Keystore* keystore = session_->model()->keystore();
  if (keystore == nullptr) return;
  history_->setAccounts(accountKeys(*keystore), keystore->birthdayHeight());
  orders_->reloadWallet();
  showAccounts(*keystore);
}

}  // namespace wb::app
