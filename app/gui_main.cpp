// waybill: the desktop application.
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>

#include <iostream>
#include <string>
#include <vector>

#include "app/first_paint_reporter.h"
#include "app/gui_shell.h"
#include "app/node_setup.h"
#include "app/options.h"
#include "app/payment_server.h"
#include "app/screenshots.h"
#include "app/version.h"
#include "chain/core/secure_bytes.h"
#include "chain/node/node_client.h"
#include "chain/node/node_runner.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/payment_link_opener.h"
#include "ui/startup_dialogs.h"
#include "ui/ui_settings.h"
#include "ui/wallet_session.h"
#include "ui/wizard/first_run_wizard.h"

namespace {

using namespace wb::app;

// Keys of the wallet and network the first-run wizard chose (the node reads them next).
const QString kWalletPathKey = QStringLiteral("wallet/path");
const QString kGenesisPathKey = QStringLiteral("network/genesis");
const QString kNetworkNameKey = QStringLiteral("network/name");
const QString kPeersKey = QStringLiteral("network/peers");

void storeWizardResult(QSettings& settings, const wb::ui::WizardResult& result) {
  settings.setValue(kWalletPathKey, result.walletPath);
  settings.setValue(kGenesisPathKey, result.genesisPath);
  settings.setValue(kNetworkNameKey, result.networkName);
  settings.setValue(kPeersKey, result.peers);
}

std::optional<DevConsensus> devKindOf(const QString& networkName) {
  if (networkName == QLatin1String("dev-pow")) return DevConsensus::Pow;
  if (networkName == QLatin1String("dev-pos")) return DevConsensus::Pos;
  if (networkName == QLatin1String("dev-dpos")) return DevConsensus::Dpos;
  return std::nullopt;
}

// Which network the GUI's node runs, in this order: (a) the command line
// (--dev, --genesis, --network), (b) the network the wizard saved with its
// wallet, (c) a producing dev PoW network, so a first start is useful at once.
// The RPC server stays off unless --rpc asks for it (like bitcoin-qt's -server).
Options nodeOptions(const Options& given, const QSettings& store, const QString& dataDir) {
  Options out = given;
  out.dataDir = dataDir.toStdString();
  if (!given.rpc) out.noRpc = true;
  if (given.dev || given.genesisFile || given.network) return out;
  const QString walletPath = store.value(kWalletPathKey).toString();
  if (!walletPath.isEmpty() && QFileInfo::exists(walletPath)) {
    out.genesisFile = store.value(kGenesisPathKey).toString().toStdString();
    // A dev network the wizard chose produces with the (public) dev keys.
    out.dev = devKindOf(store.value(kNetworkNameKey).toString());
    for (const QString& peer : store.value(kPeersKey).toStringList()) {
      if (auto endpoint = parseEndpoint(peer.toStdString(), "127.0.0.1")) out.connect.push_back(*endpoint);
    }
    return out;
  }
  out.dev = DevConsensus::Pow;
  return out;
}

// The wallet the window opens: the one the wizard made (it replaces the dev
// wallet on a dev network it chose), else the node set-up's (dev or --wallet).
QString walletToOpen(const Options& given, const QSettings& store, const NodeSetup& setup) {
  const QString saved = store.value(kWalletPathKey).toString();
  const bool fromCommandLine = given.dev || given.genesisFile || given.network;
  if (!fromCommandLine && !saved.isEmpty() && QFileInfo::exists(saved)) return saved;
  return setup.walletPath;
}

// Starts Waybill again (same data directory), so the node and every page open
// on the wallet's network from scratch. Called after this node has stopped:
// two processes must never hold one network's store.
void restart(const Options& given) {
  QStringList args;
  if (given.dataDir) args << QStringLiteral("--datadir") << QString::fromStdString(*given.dataDir);
  QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace wb::app;
  QElapsedTimer sinceStart;  // for waybill-bench gui-start
  sinceStart.start();
  // Options are read before QApplication so --help and --version work without a display.
  const std::vector<std::string> args(argv + 1, argv + argc);
  auto options = parseOptions(Program::Gui, args);
  if (!options) {
    std::cerr << "waybill: " << options.error().message << '\n';
    return kExitUsage;
  }
  if (options->help) {
    std::cout << helpText(Program::Gui);
    return kExitOk;
  }
  if (options->version) {
    std::cout << versionText(Program::Gui);
    return kExitOk;
  }

  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("Waybill"));
  QApplication::setOrganizationName(QStringLiteral("Waybill"));
  QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
  QApplication::setDesktopFileName(QStringLiteral("waybill"));
  QApplication::setWindowIcon(wb::ui::applicationIcon());
  if (!wb::initCrypto()) {
    std::cerr << "waybill: cannot initialise libsodium\n";
    return kExitRuntimeError;
  }

  QSettings store;
  wb::ui::UiSettings settings(&store);
  wb::ui::LanguageSwitcher languages;
  languages.apply(settings.language());
  const QString dataDir = options->dataDir ? QString::fromStdString(*options->dataDir)
                          : !settings.dataDir().isEmpty()
                              ? settings.dataDir()
                              : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
  auto ctx = std::make_shared<const wb::SecpContext>();
  if (options->screenshotsDir) {
    return runScreenshots(QString::fromStdString(*options->screenshotsDir), ctx, &settings, &languages);
  }

  // One window per data directory (DESIGN §12): a second `waybill` hands its links to it and exits.
  QStringList links;
  for (const std::string& link : options->paymentLinks) links << QString::fromStdString(link);
  switch (handToRunningInstance(dataDir, links)) {
    case Handover::Delivered:
      return kExitOk;
    case Handover::NoAnswer:
      // Never a second node on one data directory; the running one may still be starting.
      std::cerr << "waybill: a Waybill already runs on " << dataDir.toStdString()
                << " but did not confirm the link in time; it may still be starting\n";
      return kExitRuntimeError;
    case Handover::NoneRunning:
      break;
  }
  PaymentServer payments(dataDir);
  payments.submit(links);  // they wait for the window, like links from a later `waybill`
  if (const wb::Status listening = payments.listen(); !listening) {
    std::cerr << "waybill: " << listening.error().message << '\n';  // links from other processes are lost; go on
  }

  const Options chosen = nodeOptions(*options, store, dataDir);
  auto setup = prepareNode(chosen, *ctx);
  if (!setup) {
    wb::ui::showNodeStartError(nullptr, QString::fromStdString(setup.error().message));
    return kExitRuntimeError;
  }
  setup->config.agent = std::string("waybill/") + kVersion;
  // `setup` holds the producer secrets: it outlives the runner, which is stopped
  // after the client and before the window goes.
  wb::node::NodeRunner runner;
  if (const wb::Status started = runner.start(setup->config, *ctx); !started) {
    wb::ui::showNodeStartError(nullptr, QString::fromStdString(started.error().message));
    return kExitRuntimeError;
  }
  const wb::ChainParams& params = setup->config.genesis.params;

  auto client = std::make_unique<wb::node::NodeClient>(runner.node());
  auto shell = std::make_unique<GuiShell>(
      client.get(), GuiShellConfig{ctx, &params, &settings, &languages, dataDir, wb::KdfParams::moderate(), true});
  wb::ui::MainWindow& window = *shell->window();
  bool restartRequested = false;
  QObject::connect(&window, &wb::ui::MainWindow::createWalletRequested, &window, [&] {
    wb::ui::FirstRunWizard wizard(wb::ui::WizardConfig{dataDir, wb::KdfParams::moderate(), ctx}, &window);
    if (wizard.exec() != QDialog::Accepted) return;
    storeWizardResult(store, wizard.result());
    wb::ui::showRestartForNewWallet(&window);
    restartRequested = true;
    QCoreApplication::quit();
  });
  auto* linkOpener = new wb::ui::PaymentLinkOpener(&window, &window);
  QObject::connect(&payments, &PaymentServer::activationRequested, &window, &wb::ui::MainWindow::bringToFront);
  QObject::connect(&payments, &PaymentServer::linkReceived, &window, [linkOpener](const QString& link) {
    (void)linkOpener->open(link);  // the opener explains a link it cannot open
  });
  // Links open once the wallet's pages are there (or it failed to open: then they are explained).
  QObject::connect(shell.get(), &GuiShell::walletOpened, &payments, &PaymentServer::setReady);
  QObject::connect(shell->session(), &wb::ui::WalletSession::failed, &payments, &PaymentServer::setReady);
  const QString walletPath = walletToOpen(*options, store, *setup);
  if (!walletPath.isEmpty()) shell->openWallet(walletPath, QDir(setup->networkDir).filePath(QStringLiteral("genesis.json")));
  // A wallet of one's own opens on its balances; the default dev network on the Welcome page.
  if (QFileInfo::exists(store.value(kWalletPathKey).toString())) window.showPage(QStringLiteral("overviewPage"));
  window.show();
  if (walletPath.isEmpty()) payments.setReady();
  if (FirstPaintReporter::requested()) new FirstPaintReporter(&window, sinceStart, &window);
  const int code = app.exec();
  // The window and its pages, then the client, before the node stops (NodeClient's contract).
  shell.reset();
  client.reset();
  runner.stop();
  payments.close();  // the restarted Waybill takes the data directory's name
  if (restartRequested) restart(*options);
  return code;
}
