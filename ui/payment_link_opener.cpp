#include "ui/payment_link_opener.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <cstdio>

#include "chain/core/core_errc.h"
#include "ui/error_text.h"
#include "ui/main_window.h"
#include "ui/send/send_page.h"

namespace wb::ui {

PaymentLinkOpener::PaymentLinkOpener(MainWindow* window, QObject* parent) : QObject(parent), window_(window) {}

Status PaymentLinkOpener::open(const QString& link) {
  window_->bringToFront();
  auto* send = window_->findChild<SendPage*>();
  Status outcome = send == nullptr ? Status(fail(CoreErrc::IoError, "no wallet is open to pay this link"))
                                   : send->openPaymentUri(link);
  if (outcome) {
    window_->showPage(QStringLiteral("sendPage"));
  } else {
    // Not modal: the window stays usable and further links still arrive.
    auto* box =
        new QMessageBox(QMessageBox::Warning, window_->windowTitle(),
                        send == nullptr ? tr("Open or create a wallet first to pay this link.")
                                        : tr("This payment link cannot be opened: %1").arg(errorText(outcome.error())),
                        QMessageBox::Ok, window_);
    box->setObjectName(QStringLiteral("paymentLinkError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  }
  report(link, outcome);
  return outcome;
}

void PaymentLinkOpener::report(const QString& link, const Status& outcome) const {
  if (qEnvironmentVariableIsEmpty("WAYBILL_REPORT_LINKS")) return;
  QString line;
  if (!outcome) {
    line = QStringLiteral("payment-link rejected %1 %2").arg(link, QString::fromStdString(outcome.error().message));
  } else {
    const auto* to = window_->findChild<QLineEdit*>(QStringLiteral("sendTo"));
    const auto* amount = window_->findChild<QLineEdit*>(QStringLiteral("sendAmount"));
    const auto* order = window_->findChild<QLabel*>(QStringLiteral("sendOrder"));
    line = QStringLiteral("payment-link opened page=%1 to=%2 amount=%3 order=%4")
               .arg(window_->currentPageName(), to ? to->text() : QString(), amount ? amount->text() : QString(),
                    order && order->isVisibleTo(window_) ? order->text() : QString());
  }
  std::printf("%s\n", line.toUtf8().constData());
  std::fflush(stdout);
}

}  // namespace wb::ui
