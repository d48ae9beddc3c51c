// The desktop application's window around a running node (DESIGN §8): the main
// window with its status bar, the Overview, Network and Settings pages at once,
// and — once the wallet is open — the wallet's pages (Orders, Send / Receive,
// Staking, Activity), the Wallet menu, the lock button and tray notices. Both a
// normal start (gui_main.cpp) and `waybill --screenshots` build the window here.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/node/local_node_client.h"
#include "interfaces/node_client.h"
#include "ui/network/sharing_panel.h"
#include "wallet/keystore.h"
#include "wallet/secret_seal.h"

class QSystemTrayIcon;

namespace wb::ui {
class LanguageSwitcher;
class MainWindow;
class ActivityPage;
class OrdersPage;
class OverviewPage;
class SendPage;
class StakingPage;
class TrayNotifier;
class TxSender;
class UiSettings;
class WalletSession;
}  // namespace wb::ui

namespace wb::light {
class LightNodeClient;
}

namespace wb {
class HistorySource;
class SignedTxSubmitter;
}  // namespace wb

namespace wb::app {

struct GuiShellConfig {
  std::shared_ptr<const SecpContext> ctx;
  const ChainParams* params = nullptr;  // the node's network; must outlive the shell
  ui::UiSettings* settings = nullptr;   // must outlive the shell
  ui::LanguageSwitcher* languages = nullptr;
  QString dataDir;
  KdfParams kdf = KdfParams::moderate();
  bool trayIcon = true;  // false: notices only as signals (screenshots, tests)
  // The node produces with the wallet's own keys (any network but a dev one,
  // whose public keys the node has already): see ui::ProducerKeyFeeder.
  bool produceWithWallet = false;
  // What the Network page tells others who want to join.
  ui::NetworkSharing sharing{};
  // The node the wallet's journal of signed transactions is kept on
  // (SignedTxSubmitter); must outlive the shell. Null: no journal (a light
  // node keeps what it submits itself).
  node::Node* node = nullptr;
  // The full node's client, which the wallet history scans blocks through
  // (HistoryClient); must outlive the shell. Null on a light node.
  node::LocalNodeClient* chain = nullptr;
  // A light node's client (DESIGN §11), which the wallet's own transactions are
  // listed through (LightHistoryClient); must outlive the shell. Set: what
  // needs the full chain says so. Null on a full node.
  light::LightNodeClient* lightChain = nullptr;
};

class GuiShell : public QObject {
  Q_OBJECT
public:
  // `client` (a full or a light node's) must outlive the shell.
  GuiShell(node::NodeClient* client, GuiShellConfig config, QObject* parent = nullptr);
  ~GuiShell() override;

  ui::MainWindow* window() const { return window_.get(); }
  ui::WalletSession* session() const { return session_; }
  // Null until the wallet is open.
  ui::TxSender* sender() const { return sender_; }

  // Opens the wallet at `walletPath` for the network of `genesisPath`; emits
  // walletOpened() once every wallet page is in place. `sessionPassphrase`
  // unlocks it right away (the dev wallet's, or --passphrase-file's).
  void openWallet(const QString& walletPath, const QString& genesisPath,
                  std::shared_ptr<const SecureBytes> sessionPassphrase = nullptr);

signals:
  void walletOpened();

private:
  void addWalletPages();
  // The wallet gained accounts (New account…, or found in use): every page shows them.
  void accountsChanged();
  // Puts the wallet's accounts on every page that lists them.
  void showAccounts(const Keystore& keystore);
  static std::vector<AccountKey> accountKeys(const Keystore& keystore);
  // Shows `page`'s amounts in the Settings page's unit, now and after changes.
  template <class Page>
  void followUnit(Page* page);

  node::NodeClient* client_;
  GuiShellConfig config_;
  std::unique_ptr<ui::MainWindow> window_;
  ui::OverviewPage* overview_ = nullptr;
  ui::OrdersPage* orders_ = nullptr;
  ui::SendPage* send_ = nullptr;
  ui::StakingPage* staking_ = nullptr;
  ui::ActivityPage* activity_ = nullptr;
  ui::WalletSession* session_ = nullptr;
  ui::TxSender* sender_ = nullptr;
  SignedTxSubmitter* journal_ = nullptr;
  ui::TrayNotifier* notifier_ = nullptr;
  HistorySource* history_ = nullptr;
  QSystemTrayIcon* tray_ = nullptr;
};

}  // namespace wb::app
