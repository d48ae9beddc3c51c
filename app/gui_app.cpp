#include "app/gui_app.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>

#include "app/gui_shell.h"
#include "app/payment_server.h"
#include "app/version.h"
#include "chain/light/light_node_client.h"
#include "chain/light/light_runner.h"
#include "chain/net/net_errc.h"
#include "chain/node/local_node_client.h"
#include "chain/node/node_runner.h"
#include "ui/error_text.h"
#include "ui/main_window.h"
#include "ui/payment_link_opener.h"
#include "ui/startup_dialogs.h"
#include "ui/startup_progress.h"
#include "ui/ui_settings.h"
#include "ui/wallet_session.h"
#include "ui/wizard/first_run_wizard.h"

namespace wb::app {

GuiApp::GuiApp(Options given, GuiAppConfig config, QObject* parent)
    : QObject(parent), given_(std::move(given)), config_(std::move(config)) {
  dataDir_ = given_.dataDir ? QString::fromStdString(*given_.dataDir)
             : !config_.settings->dataDir().isEmpty()
                 ? config_.settings->dataDir()
                 : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

GuiApp::~GuiApp() { stop(); }

ui::MainWindow* GuiApp::window() const { return shell_ ? shell_->window() : nullptr; }

Status GuiApp::start() {
  const NetworkChoiceFile choiceFile(dataDir_);
  if (config_.userSettings != nullptr) choiceFile.adoptLegacy(*config_.userSettings);
  const std::optional<SavedNetwork> saved = choiceFile.load();
  const Status opened = open(guiNodeOptions(given_, saved, dataDir_), saved);
  const bool fromCommandLine = given_.dev || given_.genesisFile || given_.network;
  if (opened || fromCommandLine || !saved) return opened;
  // The wizard allowed this choice, so it must never end the program: say why
  // and open the dev network, from where the wizard can choose again.
  fallbackReason_ = ui::errorText(opened.error());
  WB_TRY(open(guiNodeOptions(given_, std::nullopt, dataDir_), std::nullopt));
  ui::showNetworkFallback(window(), saved->networkName, fallbackReason_);
  return {};
}

Status GuiApp::open(const Options& options, const std::optional<SavedNetwork>& saved) {
  // Files, Argon2id and the store on a worker; the GUI thread serves events meanwhile.
  ui::StartupProgress progress(config_.progressDelayMs);
  using Step = ui::StartupProgress::Step;
  WB_TRY_ASSIGN(
      setup, progress.run(Step::PreparingFiles, [&options, ctx = config_.ctx] { return prepareNode(options, *ctx); }));
  setup_ = std::make_unique<NodeSetup>(std::move(*setup));
  setup_->config.agent = std::string("waybill/") + kVersion;
  GuiShellConfig shellConfig{
      config_.ctx,     &setup_->config.genesis.params, config_.settings, config_.languages, dataDir_, config_.kdf,
      config_.trayIcon};
  WB_TRY(options.light ? startLight(progress, shellConfig) : startFull(options, progress, shellConfig));
  shell_ = std::make_unique<GuiShell>(client_.get(), shellConfig);
  ui::MainWindow* window = shell_->window();
  connect(window, &ui::MainWindow::createWalletRequested, this, &GuiApp::runWizard);

  const QString walletPath = guiWalletToOpen(given_, saved, setup_->walletPath);
  const QString genesisPath = QDir(setup_->networkDir).filePath(QStringLiteral("genesis.json"));
  if (payments_) connectPayments(walletPath.isEmpty());
  if (!walletPath.isEmpty()) {
    // The session's passphrase unlocks the wallet it belongs to (dev wallet, --wallet).
    std::shared_ptr<const SecureBytes> passphrase;
    if (walletPath == setup_->walletPath && setup_->walletPassphrase) {
      passphrase = std::make_shared<const SecureBytes>(SecureBytes::copyOf(setup_->walletPassphrase->asString()));
    }
    shell_->openWallet(walletPath, genesisPath, passphrase);
  }
  // A wallet of one's own opens on its balances; the default dev network on the Welcome page.
  if (saved && walletPath == saved->walletPath) window->showPage(QStringLiteral("overviewPage"));
  window->show();
  return {};
}

Status GuiApp::startFull(const Options& options, ui::StartupProgress& progress, GuiShellConfig& shellConfig) {
  using Step = ui::StartupProgress::Step;
  // A network the wallet's owner produces on starts producing once the wallet
  // hands its keys (ui::ProducerKeyFeeder); dev networks have theirs already.
  const bool ownKeys = !options.dev;
  setup_->config.awaitProducerKeys = ownKeys;
  ui::NetworkSharing sharing{QDir(setup_->networkDir).filePath(QStringLiteral("genesis.json"))};
  auto startNode = [this, &progress] {
    runner_ = std::make_unique<node::NodeRunner>();
    return progress.run(Step::OpeningStore, [runner = runner_.get(), config = setup_->config, ctx = config_.ctx] {
      return runner->start(config, *ctx);
    });
  };
  Status started = startNode();
  if (!started && started.error().code == NetErrc::ListenFailed && !given_.listen) {
    // The saved choice's port is taken (another program, a second data directory):
    // the wallet still works, it only cannot be joined; the Network page says so.
    sharing.unopenedPort = setup_->config.listen->port;
    setup_->config.listen.reset();
    started = startNode();
  }
  if (!started) {
    runner_.reset();
    setup_.reset();
    return started;
  }
  if (setup_->config.listen) sharing.listenPort = setup_->config.listen->port;
  auto client = std::make_unique<node::LocalNodeClient>(runner_->node());
  shellConfig.chain = client.get();
  client_ = std::move(client);
  shellConfig.produceWithWallet = ownKeys;
  shellConfig.sharing = sharing;
  shellConfig.node = runner_->node();
  return {};
}

Status GuiApp::startLight(ui::StartupProgress& progress, GuiShellConfig& shellConfig) {
  lightRunner_ = std::make_unique<light::LightRunner>();
  const Status started =
      progress.run(ui::StartupProgress::Step::OpeningStore,
                   [runner = lightRunner_.get(), config = lightNodeConfig(*setup_, setup_->config.agent),
                    ctx = config_.ctx] { return runner->start(config, *ctx); });
  if (!started) {
    lightRunner_.reset();
    setup_.reset();
    return started;
  }
  auto client = std::make_unique<light::LightNodeClient>(lightRunner_->node());
  // No journal, no block scan, no production: the light node keeps what it submits.
  shellConfig.lightChain = client.get();
  client_ = std::move(client);
  shellConfig.sharing.genesisPath = QDir(setup_->networkDir).filePath(QStringLiteral("genesis.json"));
  return {};
}

void GuiApp::connectPayments(bool noWallet) {
  ui::MainWindow* window = shell_->window();
  payments_->hold();  // until this window's wallet is open
  auto* opener = new ui::PaymentLinkOpener(window, window);
  connect(payments_, &PaymentServer::activationRequested, window, &ui::MainWindow::bringToFront);
  connect(payments_, &PaymentServer::linkReceived, window, [opener](const QString& link) {
    (void)opener->open(link);  // the opener explains a link it cannot open
  });
  // Links open once the wallet's pages are there (or it failed to open: then they are explained).
  connect(shell_.get(), &GuiShell::walletOpened, payments_, &PaymentServer::setReady);
  connect(shell_->session(), &ui::WalletSession::failed, payments_, &PaymentServer::setReady);
  if (noWallet) payments_->setReady();
}

void GuiApp::stop() {
  // The window and its pages, then the client, before the node stops (NodeClient's contract).
  shell_.reset();
  client_.reset();
  if (runner_) runner_->stop();
  runner_.reset();
  if (lightRunner_) lightRunner_->stop();
  lightRunner_.reset();
  setup_.reset();
}

void GuiApp::runWizard() {
  // Window-modal but not a nested event loop: the node and every page go on meanwhile.
  auto* wizard = new ui::FirstRunWizard(ui::WizardConfig{dataDir_, config_.kdf, config_.ctx}, window());
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  connect(wizard, &QDialog::accepted, this, [this, wizard] {
    const ui::WizardResult& result = wizard->result();
    const SavedNetwork choice{result.walletPath,
                              result.genesisPath,
                              result.networkName,
                              result.peers,
                              result.network == ui::NetworkChoice::New,
                              result.listenPort,
                              result.light};
    if (const Status saved = NetworkChoiceFile(dataDir_).save(choice); !saved) {
      QMessageBox::warning(window(), window()->windowTitle(), QString::fromStdString(saved.error().message));
      return;
    }
    // Not from inside the wizard's signal: the wizard and its window are about to go.
    QTimer::singleShot(0, this, &GuiApp::switchToSavedChoice);
  });
  wizard->open();
}

void GuiApp::switchToSavedChoice() {
  stop();
  given_.dev.reset();  // the command line's network gives way to the wizard's choice
  given_.genesisFile.reset();
  given_.network.reset();
  if (const Status started = start(); !started) {
    ui::showNodeStartError(nullptr, QString::fromStdString(started.error().message));
    QCoreApplication::exit(kExitRuntimeError);
    return;
  }
  emit windowReplaced(window());
}

}  // namespace wb::app
