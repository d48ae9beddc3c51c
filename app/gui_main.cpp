// waybill: the desktop application.
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <iostream>
#include <string>
#include <vector>

#include "app/options.h"
#include "app/version.h"
#include "chain/core/secure_bytes.h"
#include "ui/language_switcher.h"
#include "ui/main_window.h"
#include "ui/settings_page.h"
#include "ui/ui_settings.h"
#include "ui/wallet_session.h"
#include "ui/wizard/first_run_wizard.h"

namespace {

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

}  // namespace

int main(int argc, char** argv) {
  using namespace wb::app;
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

  if (!QFileInfo::exists(store.value(kWalletPathKey).toString())) {
    wb::ui::FirstRunWizard wizard(wb::ui::WizardConfig{dataDir, wb::KdfParams::moderate(), ctx});
    if (wizard.exec() != QDialog::Accepted) return kExitOk;
    storeWizardResult(store, wizard.result());
  }

  wb::ui::MainWindow window;
  auto* settingsPage = new wb::ui::SettingsPage(&settings, &languages, dataDir);
  window.addPage(QStringLiteral("settingsPage"), settingsPage->windowTitle(), settingsPage);
  auto* session = new wb::ui::WalletSession(ctx, &settings, &window);
  QObject::connect(session, &wb::ui::WalletSession::failed, &window, [&window](const QString& error) {
    QMessageBox::warning(&window, window.windowTitle(), error);
  });
  session->open(store.value(kWalletPathKey).toString(), store.value(kGenesisPathKey).toString());
  window.show();
  return app.exec();
}
