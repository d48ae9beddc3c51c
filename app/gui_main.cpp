// waybill: the desktop application.
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <iostream>
#include <string>
#include <vector>

#include "app/first_paint_reporter.h"
#include "app/gui_app.h"
#include "app/options.h"
#include "app/payment_server.h"
#include "app/screenshots.h"
#include "app/version.h"
#include "chain/core/secure_bytes.h"
#include "ui/about_dialog.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/startup_dialogs.h"
#include "ui/ui_settings.h"

int main(int argc, char** argv) {
  using namespace wb::app;
  QElapsedTimer sinceStart;  // for waybill-bench gui-start
  sinceStart.start();
  // Options are read before QApplication so --help and --version work without a display.
  const std::vector<std::string> args(argv + 1, argv + argc);
  auto libraries = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [name, version] : wb::ui::AboutDialog::libraryVersions()) {
      out.emplace_back(name.toStdString(), version.toStdString());
    }
    return out;
  };
  auto commandLine = readCommandLine(Program::Gui, args, libraries, std::cout, std::cerr);
  if (!commandLine.options) return commandLine.exitCode;
  auto& options = commandLine.options;

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

  QSettings userSettings;
  wb::ui::UiSettings settings(&userSettings);
  wb::ui::LanguageSwitcher languages;
  languages.apply(settings.language());
  auto ctx = std::make_shared<const wb::SecpContext>();
  if (options->screenshotsDir) {
    return runScreenshots(QString::fromStdString(*options->screenshotsDir), ctx, &settings, &languages);
  }

  GuiApp gui(*options, GuiAppConfig{ctx, &settings, &languages, &userSettings, wb::KdfParams::moderate(), true});
  // One window per data directory (DESIGN §12): a second `waybill` hands its links to it and exits.
  QStringList links;
  for (const std::string& link : options->paymentLinks) links << QString::fromStdString(link);
  switch (handToRunningInstance(gui.dataDir(), links)) {
    case Handover::Delivered:
      return kExitOk;
    case Handover::NoAnswer:
      // Never a second node on one data directory; the running one may still be starting.
      std::cerr << "waybill: a Waybill already runs on " << gui.dataDir().toStdString()
                << " but did not confirm the link in time; it may still be starting\n";
      return kExitRuntimeError;
    case Handover::NoneRunning:
      break;
  }
  PaymentServer payments(gui.dataDir());
  payments.submit(links);  // they wait for the window, like links from a later `waybill`
  if (const wb::Status listening = payments.listen(); !listening) {
    std::cerr << "waybill: " << listening.error().message << '\n';  // links from other processes are lost; go on
  }
  gui.setPaymentServer(&payments);

  if (const wb::Status started = gui.start(); !started) {
    wb::ui::showNodeStartError(nullptr, QString::fromStdString(started.error().message));
    return kExitRuntimeError;
  }
  if (FirstPaintReporter::requested()) new FirstPaintReporter(gui.window(), sinceStart, gui.window());
  return app.exec();
}
