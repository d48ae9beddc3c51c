#include "ui/unlock_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/wallet_model.h"

namespace wb::ui {

UnlockDialog::UnlockDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent), prompt_(new QLabel), passphrase_(new QLineEdit) {
  setObjectName(QStringLiteral("unlockDialog"));
  passphrase_->setObjectName(QStringLiteral("passphraseEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  body()->addWidget(prompt_);
  body()->addWidget(passphrase_);
  connect(buttons(), &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
  connect(model, &WalletModel::unlockFinished, this, &UnlockDialog::finished);
  retranslateUi();
}

void UnlockDialog::retranslateUi() {
  setWindowTitle(tr("Unlock wallet"));
  prompt_->setText(tr("Enter the wallet passphrase to unlock it:"));
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
}

void UnlockDialog::submit() {
  showError(QString());
  if (passphrase_->text().isEmpty()) {
    showError(tr("Enter the passphrase."));
    return;
  }
  if (!model()->unlock(passphrase_->text())) {
    showError(tr("The wallet is busy; try again in a moment."));
    return;
  }
  setBusy(true);
}

void UnlockDialog::finished(const QString& error) {
  setBusy(false);
  passphrase_->clear();
  if (error.isEmpty()) {
    accept();
    return;
  }
  showError(tr("Could not unlock the wallet: %1").arg(error));
  passphrase_->setFocus();
}

}  // namespace wb::ui
