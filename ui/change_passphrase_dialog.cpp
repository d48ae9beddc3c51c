#include "ui/change_passphrase_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/passphrase.h"
#include "ui/wallet_model.h"

namespace wb::ui {

ChangePassphraseDialog::ChangePassphraseDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent),
      form_(new QFormLayout),
      oldPassphrase_(new QLineEdit),
      newPassphrase_(new QLineEdit),
      repeat_(new QLineEdit),
      hint_(new QLabel) {
  setObjectName(QStringLiteral("changePassphraseDialog"));
  oldPassphrase_->setObjectName(QStringLiteral("oldPassphraseEdit"));
  newPassphrase_->setObjectName(QStringLiteral("newPassphraseEdit"));
  repeat_->setObjectName(QStringLiteral("repeatPassphraseEdit"));
  hint_->setObjectName(QStringLiteral("strengthHint"));
  for (QLineEdit* edit : {oldPassphrase_, newPassphrase_, repeat_}) edit->setEchoMode(QLineEdit::Password);
  form_->addRow(new QLabel, oldPassphrase_);
  form_->addRow(new QLabel, newPassphrase_);
  form_->addRow(new QLabel, repeat_);
  form_->addRow(new QLabel, hint_);
  body()->addLayout(form_);
  connect(newPassphrase_, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateHint);
  connect(buttons(), &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::submit);
  connect(model, &WalletModel::changePassphraseFinished, this, &ChangePassphraseDialog::finished);
  retranslateUi();
}

void ChangePassphraseDialog::retranslateUi() {
  setWindowTitle(tr("Change passphrase"));
  auto label = [this](QWidget* field) { return qobject_cast<QLabel*>(form_->labelForField(field)); };
  label(oldPassphrase_)->setText(tr("Current passphrase:"));
  label(newPassphrase_)->setText(tr("New passphrase:"));
  label(repeat_)->setText(tr("Repeat new passphrase:"));
  updateHint();
}

void ChangePassphraseDialog::updateHint() { hint_->setText(strengthHint(passphraseStrength(newPassphrase_->text()))); }

void ChangePassphraseDialog::submit() {
  showError(QString());
  if (oldPassphrase_->text().isEmpty() || newPassphrase_->text().isEmpty()) {
    showError(tr("Enter the current and the new passphrase."));
  } else if (newPassphrase_->text() != repeat_->text()) {
    showError(tr("The new passphrases do not match."));
  } else if (!model()->changePassphrase(oldPassphrase_->text(), newPassphrase_->text())) {
    showError(tr("The wallet is busy; try again in a moment."));
  } else {
    setBusy(true);
  }
}

void ChangePassphraseDialog::finished(const QString& error) {
  setBusy(false);
  if (error.isEmpty()) {
    accept();
    return;
  }
  oldPassphrase_->clear();
  showError(tr("The passphrase was not changed: %1").arg(error));
}

}  // namespace wb::ui
