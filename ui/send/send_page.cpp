#include "ui/send/send_page.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

#include "ui/receive_widget.h"
#include "ui/send/account_combo.h"
#include "ui/send/send_widget.h"

namespace wb::ui {

SendPage::SendPage(TxSender* sender, QWidget* parent)
    : QWidget(parent),
      tabs_(new QTabWidget),
      send_(new SendWidget(sender)),
      receiveAccount_(new AccountCombo),
      receive_(new ReceiveWidget) {
  tabs_->setObjectName(QStringLiteral("sendReceiveTabs"));
  receiveAccount_->setObjectName(QStringLiteral("receiveAccount"));
  auto* receiveTab = new QWidget;
  auto* receiveLayout = new QVBoxLayout(receiveTab);
  receiveLayout->addWidget(receiveAccount_);
  receiveLayout->addWidget(receive_, 1);
  tabs_->addTab(send_, QString());
  tabs_->addTab(receiveTab, QString());
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(tabs_);
  connect(receiveAccount_, &AccountCombo::accountChanged, this, [this] {
    const auto account = receiveAccount_->current();
    receive_->setAddress(account ? account->address.toStdString() : std::string());
  });
  retranslateUi();
}

void SendPage::setAccounts(std::vector<OverviewAccount> accounts) {
  receiveAccount_->setAccounts(accounts);
  send_->setAccounts(std::move(accounts));
}

void SendPage::setUnit(DisplayUnit unit) {
  send_->setUnit(unit);
  receive_->setUnit(unit);
}

Status SendPage::openPaymentUri(const QString& uri) {
  WB_TRY(send_->setPaymentUri(uri));
  tabs_->setCurrentWidget(send_);
  return {};
}

void SendPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void SendPage::retranslateUi() {
  setWindowTitle(tr("Send / Receive"));
  tabs_->setTabText(0, tr("Send"));
  tabs_->setTabText(1, tr("Receive"));
}

}  // namespace wb::ui
