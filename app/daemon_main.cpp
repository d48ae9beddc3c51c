// waybilld: the Waybill node without a window (DESIGN §7).
#include <sys/socket.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/app_errc.h"
#include "app/genesis_command.h"
#include "app/light_wallet_ledger.h"
#include "app/node_setup.h"
#include "app/node_wallet_ledger.h"
#include "app/options.h"
#include "app/wallet_rpc.h"
#include "chain/core/core_errc.h"
#include "chain/light/light_node.h"
#include "chain/node/ledger_check.h"
#include "chain/node/node.h"
#include "chain/node/node_runner.h"
#include "interfaces/library_versions.h"
#include "wallet/keystore_file.h"

namespace {

using namespace wb::app;

// SIGINT/SIGTERM write a byte here; the event loop reads it and quits cleanly
// (a signal handler may do nothing more than write()).
int signalPipe[2] = {-1, -1};

void onSignal(int) {
  const char byte = 1;
  [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

int exitCodeFor(wb::ErrorCode code) { return code.in<wb::AppErrc>() ? kExitUsage : kExitRuntimeError; }

int fatal(const wb::Error& error) {
  std::cerr << "waybilld: " << error.message << '\n';
  return exitCodeFor(error.code);
}

// --check: open the store, verify the main chain and the supply invariant.
int runCheck(const NodeSetup& setup, const wb::SecpContext& ctx) {
  auto node = wb::node::Node::open(setup.config, ctx);
  if (!node) return fatal(node.error());
  const auto tip = (*node)->chain().tip();
  const wb::Status checked = wb::node::checkLedger((*node)->chain(), ctx);
  if (!checked) return fatal(checked.error());
  std::cout << "waybilld: ledger ok: " << setup.config.genesis.params.name << " height " << tip.height << " tip "
            << wb::toHex(tip.hash) << '\n';
  return kExitOk;
}

// SIGINT/SIGTERM quit `app`'s event loop (through signalPipe).
bool quitOnSignals(QCoreApplication& app, std::unique_ptr<QSocketNotifier>& notifier) {
  if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) return false;
  notifier = std::make_unique<QSocketNotifier>(signalPipe[1], QSocketNotifier::Read);
  QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [&app] { app.quit(); });
  std::signal(SIGINT, onSignal);
  std::signal(SIGTERM, onSignal);
  return true;
}

// The wallet's RPC methods (--dev's wallet or --wallet) on `dispatcher`, signing
// through `ledger`, before RPC starts; the keystore unlocked for the session
// with the passphrase given (then wiped). Fails with the wallet file's errors.
wb::Status serveWallet(NodeSetup& setup, WalletLedger& ledger, wb::rpc::RpcDispatcher& dispatcher,
                       const wb::SecpContext& ctx) {
  WB_TRY_ASSIGN(keystore, wb::loadKeystore(ctx, setup.walletPath, ledger.params().genesisHash));
  if (setup.walletPassphrase) {
    WB_TRY(keystore->unlock(ctx, setup.walletPassphrase->asString()));
    setup.walletPassphrase.reset();  // wiped: the keystore holds what it needs
  }
  auto* wallet = new WalletRpc(ledger, ctx, std::move(*keystore), setup.walletPath);  // child of the ledger
  return wallet->registerMethods(dispatcher);
}

// --light (DESIGN §11): a header chain following the --connect peers, RPC answering from proofs.
int runLightNode(QCoreApplication& app, NodeSetup& setup, const wb::SecpContext& ctx) {
  std::unique_ptr<QSocketNotifier> notifier;
  if (!quitOnSignals(app, notifier)) return fatal(wb::fail(wb::CoreErrc::IoError, "cannot set up signal handling"));
  auto node = wb::light::LightNode::open(lightNodeConfig(setup, setup.config.agent), ctx);
  if (!node) return fatal(node.error());
  if (!setup.walletPath.isEmpty() && (*node)->rpcDispatcher() != nullptr) {
    auto* ledger = new LightWalletLedger(**node);  // child of the node
    if (const wb::Status served = serveWallet(setup, *ledger, *(*node)->rpcDispatcher(), ctx); !served) {
      return fatal(served.error());
    }
  }
  QObject::connect(node->get(), &wb::light::LightNode::warning, &app,
                   [](const QString& message) { std::cerr << "waybilld: warning: " << message.toStdString() << '\n'; });
  if (const wb::Status started = (*node)->start(); !started) return fatal(started.error());
  std::cout << "waybilld: ready network " << setup.config.genesis.params.name << " height "
            << (*node)->headers().tip().height << " p2p 0 rpc " << (*node)->rpcPort() << " light" << std::endl;
  const int code = app.exec();
  (*node)->stop();
  std::cout << "waybilld: stopped" << std::endl;
  return code;
}

int runNode(QCoreApplication& app, NodeSetup& setup, const wb::SecpContext& ctx) {
  std::unique_ptr<QSocketNotifier> notifier;
  if (!quitOnSignals(app, notifier)) return fatal(wb::fail(wb::CoreErrc::IoError, "cannot set up signal handling"));

  wb::node::NodeRunner runner;
  // The wallet's RPC methods join the node's on its thread, before RPC starts.
  auto addWallet = [&](wb::node::Node& node) -> wb::Status {
    if (setup.walletPath.isEmpty() || node.rpcDispatcher() == nullptr) return {};
    // What the node lost in a crash goes back to it now (the wallet's journal).
    WB_TRY_ASSIGN(ledger, NodeWalletLedger::open(node, setup.walletPath));  // child of the node
    return serveWallet(setup, **ledger, *node.rpcDispatcher(), ctx);
  };
  const wb::Status started = runner.start(setup.config, ctx, addWallet);
  if (!started) return fatal(started.error());
  wb::node::Node* node = runner.node();
  QObject::connect(node, &wb::node::Node::warning, &app,
                   [](const QString& message) { std::cerr << "waybilld: warning: " << message.toStdString() << '\n'; });
  quint16 p2p = 0;
  quint16 rpc = 0;
  std::uint64_t height = 0;
  QMetaObject::invokeMethod(
      node,
      [&] {
        p2p = node->p2pPort();
        rpc = node->rpcPort();
        height = node->chain().tip().height;
      },
      Qt::BlockingQueuedConnection);
  // One line tools and tests can wait for.
  std::cout << "waybilld: ready network " << setup.config.genesis.params.name << " height " << height << " p2p " << p2p
            << " rpc " << rpc << std::endl;
  const int code = app.exec();
  runner.stop();
  std::cout << "waybilld: stopped" << std::endl;
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "genesis") {
    return runGenesisCommand({args.begin() + 1, args.end()}, std::cout, std::cerr);
  }
  auto commandLine = readCommandLine(Program::Daemon, args, wb::node::libraryVersions, std::cout, std::cerr);
  if (!commandLine.options) return commandLine.exitCode;
  auto& options = commandLine.options;
  if (const wb::Status crypto = wb::initCrypto(); !crypto) return fatal(crypto.error());
  // Qt's argument parsing is not used: only the application name (for the data dir).
  int qtArgc = 1;
  QCoreApplication app(qtArgc, argv);
  // The same names as the GUI, so both find the same default data directory.
  QCoreApplication::setApplicationName(QStringLiteral("Waybill"));
  QCoreApplication::setOrganizationName(QStringLiteral("Waybill"));
  const wb::SecpContext ctx;
  auto setup = prepareNode(*options, ctx);
  if (!setup) return fatal(setup.error());
  if (options->check) return runCheck(*setup, ctx);
  if (options->light) return runLightNode(app, *setup, ctx);
  return runNode(app, *setup, ctx);
}
