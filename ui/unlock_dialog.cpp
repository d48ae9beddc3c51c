#include "ui/unlock_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/wallet_model.h"
#include "wallet/dev_accounts.h"

namespace wb::ui {

UnlockDialog::UnlockDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent), prompt_(new QLabel), passphrase_(new QLineEdit) {
  setObjectName(QStringLiteral("unlockDialog"));
  passphrase_->setObjectName(QStringLiteral("passphraseEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  passphrase_->setAccessibleName(tr("Wallet passphrase"));
  prompt_->setWordWrap(true);
  body()->addWidget(prompt_);
  body()->addWidget(passphrase_);
  connect(buttons(), &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
  connect(model, &WalletModel::unlockFinished, this, &UnlockDialog::finished);
  retranslateUi();
  passphrase_->setFocus();
}

bool UnlockDialog::isDevWallet() const {
  return model()->path().endsWith(QString::fromUtf8(kDevWalletSuffix.data(), kDevWalletSuffix.size()));
}

void UnlockDialog::retranslateUi() {
  setWindowTitle(tr("Unlock wallet"));
  // The dev wallet's passphrase is empty; say so rather than let people guess.
  prompt_->setText(isDevWallet() ? tr("This is the dev network's wallet: its passphrase is empty. Press Unlock.")
                                 : tr("Enter the wallet passphrase to unlock it:"));
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
}

void UnlockDialog::submit() {
  showError(QString());
  // An empty passphrase is tried like any other: the dev wallet has one, and the
  // keystore, not this dialog, knows whether it is right.
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
