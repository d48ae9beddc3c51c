#include "ui/startup_dialogs.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace wb::ui {

void showNodeStartError(QWidget* parent, const QString& error) {
  QMessageBox::critical(parent, QCoreApplication::translate("wb::ui::Startup", "Waybill"),
                        QCoreApplication::translate("wb::ui::Startup", "The node could not start: %1").arg(error));
}

void showRestartForNewWallet(QWidget* parent) {
  QMessageBox::information(
      parent, QCoreApplication::translate("wb::ui::Startup", "Waybill"),
      QCoreApplication::translate("wb::ui::Startup", "Waybill restarts now to open your wallet on its network."));
}

}  // namespace wb::ui
