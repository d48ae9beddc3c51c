#include "ui/receive_widget.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/amount_edit.h"
#include "ui/label_tone.h"
#include "ui/payment_uri.h"
#include "ui/qr_code_widget.h"

namespace wb::ui {

ReceiveWidget::ReceiveWidget(QWidget* parent)
    : QWidget(parent),
      addressLabel_(new QLabel),
      addressField_(new QLineEdit),
      amountLabel_(new QLabel),
      amountEdit_(new AmountEdit),
      orderLabel_(new QLabel),
      orderEdit_(new QLineEdit),
      labelLabel_(new QLabel),
      labelEdit_(new QLineEdit),
      errorLabel_(new QLabel),
      uriField_(new QLineEdit),
      copyButton_(new QPushButton),
      qr_(new QrCodeWidget) {
  addressField_->setObjectName(QStringLiteral("receiveAddress"));
  addressField_->setReadOnly(true);
  amountEdit_->setObjectName(QStringLiteral("receiveAmount"));
  orderEdit_->setObjectName(QStringLiteral("receiveOrder"));
  orderEdit_->setMaxLength(64);
  labelEdit_->setObjectName(QStringLiteral("receiveLabel"));
  errorLabel_->setObjectName(QStringLiteral("receiveError"));
  setLabelTone(errorLabel_, LabelTone::Error);
  errorLabel_->setWordWrap(true);
  uriField_->setObjectName(QStringLiteral("receiveUri"));
  uriField_->setReadOnly(true);
  copyButton_->setObjectName(QStringLiteral("copyUriButton"));
  qr_->setObjectName(QStringLiteral("receiveQr"));

  auto* form = new QFormLayout;
  form->addRow(addressLabel_, addressField_);
  form->addRow(amountLabel_, amountEdit_);
  form->addRow(orderLabel_, orderEdit_);
  form->addRow(labelLabel_, labelEdit_);
  auto* uriRow = new QHBoxLayout;
  uriRow->addWidget(uriField_, 1);
  uriRow->addWidget(copyButton_);
  auto* left = new QVBoxLayout;
  left->addLayout(form);
  left->addWidget(errorLabel_);
  left->addLayout(uriRow);
  left->addStretch(1);
  auto* layout = new QHBoxLayout(this);
  layout->addLayout(left, 1);
  layout->addWidget(qr_, 1);

  connect(amountEdit_, &AmountEdit::textChanged, this, &ReceiveWidget::rebuild);
  connect(orderEdit_, &QLineEdit::textChanged, this, &ReceiveWidget::rebuild);
  connect(labelEdit_, &QLineEdit::textChanged, this, &ReceiveWidget::rebuild);
  connect(copyButton_, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(uri_); });
  retranslateUi();
  rebuild();
}

void ReceiveWidget::setAddress(const std::string& address) {
  address_ = address;
  addressField_->setText(QString::fromStdString(address));
  rebuild();
}

void ReceiveWidget::setUnit(DisplayUnit unit) {
  amountEdit_->setUnit(unit);
  retranslateUi();
}

void ReceiveWidget::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void ReceiveWidget::retranslateUi() {
  setWindowTitle(tr("Receive"));
  addressLabel_->setText(tr("Address:"));
  amountLabel_->setText(tr("Amount (%1):").arg(unitSymbol(amountEdit_->unit())));
  orderLabel_->setText(tr("Order ID:"));
  orderEdit_->setPlaceholderText(tr("Optional, 64 hex digits"));
  labelLabel_->setText(tr("Label:"));
  labelEdit_->setPlaceholderText(tr("Optional, e.g. your shop's name"));
  copyButton_->setText(tr("Copy URI"));
  rebuild();
}

void ReceiveWidget::rebuild() {
  PaymentRequest request;
  request.address = address_;
  QString error;
  if (!amountEdit_->text().isEmpty()) {
    if (const auto amount = amountEdit_->amount(); amount && *amount > 0)
      request.amount = *amount;
    else
      error = tr("The amount is not valid: %1")
                  .arg(amountEdit_->errorText().isEmpty() ? tr("it is zero") : amountEdit_->errorText());
  }
  if (error.isEmpty() && !orderEdit_->text().isEmpty()) {
    auto order = hash32FromHex(orderEdit_->text().toStdString());
    if (order)
      request.order = OrderId{*order};
    else
      error = tr("The order ID must be 64 hexadecimal digits.");
  }
  request.label = labelEdit_->text();
  if (error.isEmpty() && request.label.toUtf8().size() > kMaxUriLabelBytes) error = tr("The label is too long.");
  errorLabel_->setText(error);
  errorLabel_->setVisible(!error.isEmpty());
  uri_ = (address_.empty() || !error.isEmpty()) ? QString() : buildPaymentUri(request);
  uriField_->setText(uri_);
  copyButton_->setEnabled(!uri_.isEmpty());
  qr_->setText(uri_);
}

}  // namespace wb::ui
