// waybill: the desktop application.
#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <iostream>
#include <string>
#include <vector>

#include "app/options.h"
#include "app/version.h"
#include "ui/main_window.h"

namespace {

// Loads the Waybill and Qt translations for the system language.
void installTranslators(QApplication& app) {
  auto* waybill = new QTranslator(&app);
  if (waybill->load(QLocale(), QStringLiteral("waybill"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    QApplication::installTranslator(waybill);
  }
  auto* qt = new QTranslator(&app);
  if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QApplication::installTranslator(qt);
  }
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
  installTranslators(app);

  wb::ui::MainWindow window;
  window.show();
  return app.exec();
}
