#include "app/gui_shell.h"

#include <QApplication>
#include <QMessageBox>
#include <QSystemTrayIcon>

#include "ui/main_window.h"
#include "ui/node_status_bar.h"
#include "ui/overview_page.h"
#include "ui/settings_page.h"
#include "ui/tray_notifier.h"
#include "ui/tx_sender.h"
#include "ui/ui_settings.h"
#include "ui/wallet_model.h"
#include "ui/wallet_session.h"

namespace wb::app {

GuiShell::GuiShell(node::NodeClient* client, GuiShellConfig config, QObject* parent)
    : QObject(parent), client_(client), config_(std::move(config)), window_(std::make_unique<ui::MainWindow>()) {
  const ChainParams& params = *config_.params;
  ui::MainWindow* window = window_.get();
  window->setNodeStatus(new ui::NodeStatusBar(client_, QString::fromStdString(params.name), params.consensus));
  overview_ = new ui::OverviewPage(client_, {});
  overview_->setUnit(config_.settings->unit());
  connect(config_.settings, &ui::UiSettings::unitChanged, overview_, &ui::OverviewPage::setUnit);
  window->addPage(QStringLiteral("overviewPage"), overview_->windowTitle(), overview_);
  auto* settingsPage = new ui::SettingsPage(config_.settings, config_.languages, config_.dataDir);
  window->addPage(QStringLiteral("settingsPage"), settingsPage->windowTitle(), settingsPage);

  if (config_.trayIcon && QSystemTrayIcon::isSystemTrayAvailable()) {
    tray_ = new QSystemTrayIcon(QApplication::windowIcon(), this);
    tray_->setToolTip(QStringLiteral("Waybill"));
    tray_->show();
  }
  notifier_ = new ui::TrayNotifier(client_, params.hrp, tray_, this);
  notifier_->setUnit(config_.settings->unit());
  connect(config_.settings, &ui::UiSettings::unitChanged, notifier_, &ui::TrayNotifier::setUnit);

  session_ = new ui::WalletSession(config_.ctx, config_.settings, window, config_.kdf);
  connect(session_, &ui::WalletSession::failed, window, [window](const QString& error) {
    QMessageBox::warning(window, window->windowTitle(), error);
  });
  connect(session_, &ui::WalletSession::opened, this, &GuiShell::addWalletPages);
}

GuiShell::~GuiShell() = default;

void GuiShell::openWallet(const QString& walletPath, const QString& genesisPath) {
  session_->open(walletPath, genesisPath);
}

void GuiShell::addWalletPages() {
  ui::WalletModel* wallet = session_->model();
  const Keystore* keystore = wallet->keystore();
  if (keystore == nullptr) return;
  const std::vector<ui::OverviewAccount> accounts = ui::overviewAccounts(*keystore);
  std::vector<AccountKey> keys;
  for (const ui::OverviewAccount& a : accounts) keys.push_back(a.key);
  overview_->setAccounts(accounts);
  notifier_->setAccounts(keys);
  sender_ = new ui::TxSender(config_.ctx, *config_.params, client_, wallet, this);
  emit walletOpened();
}

}  // namespace wb::app
