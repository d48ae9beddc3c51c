#include "ui/startup_dialogs.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace wb::ui {

void showNodeStartError(QWidget* parent, const QString& error) {
  QMessageBox::critical(parent, QCoreApplication::translate("wb::ui::Startup", "Waybill"),
                        QCoreApplication::translate("wb::ui::Startup", "The node could not start: %1").arg(error));
}

void showNetworkFallback(QWidget* parent, const QString& networkName, const QString& reason) {
  auto* box = new QMessageBox(
      QMessageBox::Warning, QCoreApplication::translate("wb::ui::Startup", "Waybill"),
      QCoreApplication::translate("wb::ui::Startup",
                                  "Waybill could not open the network \"%1\" chosen for this data directory: %2\n\n"
                                  "It opened the local dev network instead. Choose again with \"Create or restore your "
                                  "own wallet…\" on the Welcome page.")
          .arg(networkName, reason),
      QMessageBox::Ok, parent);
  box->setObjectName(QStringLiteral("networkFallbackMessage"));
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace wb::ui
