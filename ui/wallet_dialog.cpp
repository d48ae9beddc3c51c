#include "ui/wallet_dialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/label_tone.h"

namespace wb::ui {

WalletDialog::WalletDialog(WalletModel* model, QWidget* parent)
    : QDialog(parent),
      model_(model),
      body_(new QVBoxLayout),
      error_(new QLabel),
      busy_(new QProgressBar),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel)) {
  error_->setObjectName(QStringLiteral("dialogError"));
  setLabelTone(error_, LabelTone::Error);
  error_->setWordWrap(true);
  error_->hide();
  busy_->setObjectName(QStringLiteral("busyIndicator"));
  busy_->setRange(0, 0);  // indeterminate: Argon2id gives no progress
  busy_->setTextVisible(false);
  busy_->hide();
  buttons_->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
  connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(body_);
  layout->addWidget(error_);
  layout->addWidget(busy_);
  layout->addStretch(1);
  layout->addWidget(buttons_);
}

void WalletDialog::showError(const QString& error) {
  error_->setText(error);
  error_->setVisible(!error.isEmpty());
}

void WalletDialog::setBusy(bool busy) {
  busy_->setVisible(busy);
  for (QWidget* child : findChildren<QWidget*>()) {
    if (child != busy_ && child != error_ && child != buttons_->button(QDialogButtonBox::Cancel)) {
      if (child->inherits("QLineEdit") || child->inherits("QAbstractButton")) child->setEnabled(!busy);
    }
  }
}

void WalletDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

}  // namespace wb::ui
