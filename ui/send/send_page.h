// The Send / Receive page (DESIGN §8): the Send form and the existing Receive
// widget (QR code and `waybill:` URI) in two tabs, Receive with its own choice of
// the account to be paid on.
#pragma once

#include <QWidget>
#include <vector>

#include "ui/display_unit.h"
#include "ui/overview_page.h"

class QTabWidget;

namespace wb::ui {

class AccountCombo;
class ReceiveWidget;
class SendWidget;
class TxSender;

class SendPage : public QWidget {
  Q_OBJECT
public:
  // `sender` must outlive the page.
  explicit SendPage(TxSender* sender, QWidget* parent = nullptr);

  void setAccounts(std::vector<OverviewAccount> accounts);
  void setUnit(DisplayUnit unit);
  SendWidget* sendWidget() const { return send_; }
  ReceiveWidget* receiveWidget() const { return receive_; }
  // Shows the Send tab filled from `uri` (e.g. opened from a link). Fails like
  // SendWidget::setPaymentUri.
  [[nodiscard]] Status openPaymentUri(const QString& uri);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QTabWidget* tabs_;
  SendWidget* send_;
  AccountCombo* receiveAccount_;
  ReceiveWidget* receive_;
};

}  // namespace wb::ui
