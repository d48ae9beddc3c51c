// Receive: the account's address as a `waybill:` URI and QR code, with an optional
// amount, order id and label (DESIGN §8, Send / Receive page).
#pragma once

#include <QWidget>
#include <string>

#include "ui/display_unit.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

class AmountEdit;
class QrCodeWidget;

class ReceiveWidget : public QWidget {
  Q_OBJECT
public:
  explicit ReceiveWidget(QWidget* parent = nullptr);

  // The account address to receive on.
  void setAddress(const std::string& address);
  // Shows and reads the amount in `unit` (the URI always carries WBL).
  void setUnit(DisplayUnit unit);
  // The URI shown (empty while the fields are invalid or no account is set).
  QString uri() const { return uri_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void rebuild();

  std::string address_;
  QString uri_;
  QLabel* addressLabel_;
  QLineEdit* addressField_;
  QLabel* amountLabel_;
  AmountEdit* amountEdit_;
  QLabel* orderLabel_;
  QLineEdit* orderEdit_;
  QLabel* labelLabel_;
  QLineEdit* labelEdit_;
  QLabel* errorLabel_;
  QLineEdit* uriField_;
  QPushButton* copyButton_;
  QrCodeWidget* qr_;
};

}  // namespace wb::ui
