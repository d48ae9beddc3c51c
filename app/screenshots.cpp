#include "app/screenshots.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <iostream>

#include "app/gui_shell.h"
#include "app/node_setup.h"
#include "app/options.h"
#include "app/sample_data.h"
#include "chain/node/node_call.h"
#include "chain/node/node_runner.h"
#include "ui/about_dialog.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_session.h"
#include "ui/wizard/first_run_wizard.h"
#include "wallet/keystore_file.h"

namespace wb::app {
namespace {

// Runs the event loop until `done()` or `timeoutMs`; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done()) {
    if (timer.elapsed() > timeoutMs) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  }
  return true;
}

// Lets queued answers arrive and the widgets repaint.
void settle(int ms) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

int failWith(const std::string& message) {
  std::cerr << "waybill: screenshots: " << message << '\n';
  return kExitRuntimeError;
}

bool save(QWidget* widget, const QString& path) { return widget->grab().save(path, "PNG"); }

// Every page, then the dialogs, into `dir`.
bool shoot(GuiShell& shell, const QString& dir, const std::shared_ptr<const SecpContext>& ctx, const QString& dataDir) {
  ui::MainWindow* window = shell.window();
  int index = 0;
  for (const QString& page : window->pageNames()) {
    window->showPage(page);
    settle(700);
    // An order selected, so its timeline and actions show.
    if (auto* table = window->findChild<QTableView*>(QStringLiteral("ordersTable"));
        table && page == QLatin1String("ordersPage")) {
      table->selectRow(1);
      settle(400);
    }
    const QString name = QStringLiteral("%1-%2.png").arg(++index, 2, 10, QLatin1Char('0')).arg(page);
    if (!save(window, QDir(dir).filePath(name))) return false;
  }
  auto dialogShot = [&](QDialog* dialog, const QString& name) {
    dialog->show();
    settle(400);
    const bool ok = save(dialog, QDir(dir).filePath(name));
    dialog->close();
    delete dialog;
    return ok;
  };
  if (!dialogShot(new ui::UnlockDialog(shell.session()->model(), window), QStringLiteral("dialog-unlock.png"))) {
    return false;
  }
  if (!dialogShot(new ui::FirstRunWizard(ui::WizardConfig{dataDir, KdfParams::minimum(), ctx}, window),
                  QStringLiteral("dialog-first-run-wizard.png"))) {
    return false;
  }
  if (!dialogShot(new ui::AboutDialog(window), QStringLiteral("dialog-about.png"))) return false;
  return true;
}

}  // namespace

int runScreenshots(const QString& outDir, std::shared_ptr<const SecpContext> ctx, ui::UiSettings* settings,
                   ui::LanguageSwitcher* languages) {
  QTemporaryDir data;
  if (!data.isValid()) return failWith("cannot create a temporary data directory");
  Options options;
  options.dev = DevConsensus::Pow;
  options.devClockManual = true;
  options.noRpc = true;
  options.dataDir = data.path().toStdString();
  auto setup = prepareNode(options, *ctx);
  if (!setup) return failWith(setup.error().message);
  node::NodeRunner runner;
  if (const Status started = runner.start(setup->config, *ctx); !started) return failWith(started.error().message);

  // The sample data is signed with the dev wallet (its passphrase is empty).
  auto keystore = loadKeystore(*ctx, setup->walletPath, setup->config.genesis.params.genesisHash);
  if (!keystore) return failWith(keystore.error().message);
  if (const Status unlocked = keystore->unlock(*ctx, ""); !unlocked) return failWith(unlocked.error().message);
  auto client = std::make_unique<node::LocalNodeClient>(runner.node());
  std::optional<Status> filled;
  auto link = std::make_shared<ReplyLink>(client.get());
  node::callOnNodeThread<void>(
      runner.node(), link, [&](node::Node& node) { return makeSampleData(node, *ctx, *keystore); },
      [&filled](Status status) { filled = status; });
  const bool done = waitFor([&] { return filled.has_value(); }, 60'000);
  link->detach();
  if (!done) return failWith("the sample data took too long");
  if (!*filled) return failWith(filled->error().message);

  GuiShellConfig shellConfig{ctx,         &setup->config.genesis.params, settings, languages,
                             data.path(), KdfParams::minimum(),          false};
  shellConfig.node = runner.node();
  shellConfig.chain = client.get();
  shellConfig.sharing.genesisPath = QDir(setup->networkDir).filePath(QStringLiteral("genesis.json"));
  auto shell = std::make_unique<GuiShell>(client.get(), shellConfig);
  bool opened = false;
  QObject::connect(shell.get(), &GuiShell::walletOpened, [&opened] { opened = true; });
  shell->openWallet(setup->walletPath, QDir(setup->networkDir).filePath(QStringLiteral("genesis.json")));
  if (!waitFor([&] { return opened; }, 30'000)) return failWith("the wallet did not open");
  shell->window()->resize(1280, 820);
  shell->window()->show();

  int code = kExitOk;
  for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
    languages->apply(language);
    const QString dir = QDir(outDir).filePath(language);
    if (!QDir().mkpath(dir)) {
      code = failWith("cannot create " + dir.toStdString());
      break;
    }
    if (!shoot(*shell, dir, ctx, data.path())) {
      code = failWith("cannot write the screenshots to " + dir.toStdString());
      break;
    }
  }
  shell.reset();
  client.reset();
  runner.stop();
  if (code == kExitOk) std::cout << "screenshots written to " << outDir.toStdString() << '\n';
  return code;
}

}  // namespace wb::app
