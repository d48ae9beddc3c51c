// The desktop application from its command line to a running window (DESIGN §7,
// §8): the data directory, the network chosen for it (command line, the
// wizard's saved choice, or the dev network), the node on its own thread, the
// window and the wallet. main() and the first-run tests start the app through
// this one path.
//
// A choice that no longer opens (its network's folder now holds another
// network, a file went missing) never ends the program: the app says why and
// opens the dev network, from where the wizard can choose again. After the
// wizard made a wallet the app switches to it in place: the node stops, the
// new one starts and a new window replaces the old one (windowReplaced()).
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

#include "app/network_choice.h"
#include "app/node_setup.h"
#include "app/options.h"
#include "chain/core/schnorr.h"
#include "wallet/secret_seal.h"

class QSettings;

namespace wb::node {
class NodeClient;
class NodeRunner;
}  // namespace wb::node

namespace wb::light {
class LightRunner;
}  // namespace wb::light

namespace wb::ui {
class LanguageSwitcher;
class MainWindow;
class StartupProgress;
class UiSettings;
struct WizardResult;
}  // namespace wb::ui

namespace wb::app {

class GuiShell;
struct GuiShellConfig;
class PaymentServer;

struct GuiAppConfig {
  std::shared_ptr<const SecpContext> ctx;
  ui::UiSettings* settings = nullptr;         // must outlive the app
  ui::LanguageSwitcher* languages = nullptr;  // must outlive the app
  QSettings* userSettings = nullptr;          // the user's configuration (older versions kept the choice there)
  KdfParams kdf = KdfParams::moderate();      // Argon2id limits of wallets the wizard makes
  bool trayIcon = true;
  // The start-up progress window shows once a step took this long (a quick start shows none).
  int progressDelayMs = 400;
};

class GuiApp : public QObject {
  Q_OBJECT
public:
  GuiApp(Options given, GuiAppConfig config, QObject* parent = nullptr);
  ~GuiApp() override;  // the window and the client go before the node stops

  // Links from `payments` open in the window once its wallet is open, and a
  // second `waybill` brings it forward; `payments` must outlive the app.
  void setPaymentServer(PaymentServer* payments) { payments_ = payments; }

  // Opens the network and shows the window. Fails only when not even the dev
  // network opens (then nothing keeps running).
  [[nodiscard]] Status start();

  QString dataDir() const { return dataDir_; }
  ui::MainWindow* window() const;
  GuiShell* shell() const { return shell_.get(); }
  // The running node's client (a full or a light node's).
  node::NodeClient* client() const { return client_.get(); }
  // Why the saved choice did not open at the last start (empty: it did).
  QString fallbackReason() const { return fallbackReason_; }

signals:
  // The wizard's wallet is open in a new window (the old one is gone).
  void windowReplaced(wb::ui::MainWindow* window);

private:
  // Prepares and starts the node for `options`, then the window around it.
  [[nodiscard]] Status open(const Options& options, const std::optional<SavedNetwork>& saved);
  // Start the full node of setup_ (startFull) or its light node (--light,
  // startLight) and the client; both fill in what the shell needs.
  [[nodiscard]] Status startFull(const Options& options, ui::StartupProgress& progress, GuiShellConfig& shellConfig);
  [[nodiscard]] Status startLight(ui::StartupProgress& progress, GuiShellConfig& shellConfig);
  void stop();
  // The window's part of the payment links (see setPaymentServer).
  void connectPayments(bool noWallet);
  void runWizard();
  void switchToSavedChoice();

  Options given_;
  GuiAppConfig config_;
  QString dataDir_;
  std::unique_ptr<NodeSetup> setup_;  // holds the producer secrets: outlives the runner
  std::unique_ptr<node::NodeRunner> runner_;
  std::unique_ptr<light::LightRunner> lightRunner_;  // instead of runner_ with --light
  std::unique_ptr<node::NodeClient> client_;
  std::unique_ptr<GuiShell> shell_;
  QString fallbackReason_;
  PaymentServer* payments_ = nullptr;
};

}  // namespace wb::app
