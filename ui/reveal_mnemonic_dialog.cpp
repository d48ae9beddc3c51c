#include "ui/reveal_mnemonic_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/wallet_model.h"

namespace wb::ui {

RevealMnemonicDialog::RevealMnemonicDialog(WalletModel* model, QWidget* parent)
    : WalletDialog(model, parent),
      prompt_(new QLabel),
      passphrase_(new QLineEdit),
      warning_(new QLabel),
      words_(new QPlainTextEdit) {
  setObjectName(QStringLiteral("revealMnemonicDialog"));
  passphrase_->setObjectName(QStringLiteral("passphraseEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  warning_->setWordWrap(true);
  words_->setObjectName(QStringLiteral("mnemonicView"));
  words_->setReadOnly(true);
  words_->hide();
  body()->addWidget(prompt_);
  body()->addWidget(passphrase_);
  body()->addWidget(warning_);
  body()->addWidget(words_);
  connect(buttons(), &QDialogButtonBox::accepted, this, &RevealMnemonicDialog::submit);
  connect(model, &WalletModel::mnemonicRevealed, this, &RevealMnemonicDialog::revealed);
  retranslateUi();
}

RevealMnemonicDialog::~RevealMnemonicDialog() { words_->clear(); }

void RevealMnemonicDialog::retranslateUi() {
  setWindowTitle(tr("Recovery words"));
  prompt_->setText(tr("Enter the wallet passphrase to show the recovery words:"));
  warning_->setText(tr("Anyone who sees these words can take your coins. Write them on paper and keep them safe."));
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Show"));
}

void RevealMnemonicDialog::submit() {
  showError(QString());
  if (!words_->isHidden()) {
    accept();
  } else if (passphrase_->text().isEmpty()) {
    showError(tr("Enter the passphrase."));
  } else if (!model()->revealMnemonic(passphrase_->text())) {
    showError(tr("The wallet is busy; try again in a moment."));
  } else {
    setBusy(true);
  }
}

void RevealMnemonicDialog::revealed(const QString& mnemonic, const QString& error) {
  setBusy(false);
  passphrase_->clear();
  if (!error.isEmpty()) {
    showError(tr("Could not show the recovery words: %1").arg(error));
    return;
  }
  words_->setPlainText(mnemonic);
  words_->show();
  passphrase_->hide();
  prompt_->hide();
  buttons()->button(QDialogButtonBox::Ok)->setText(tr("Done"));
}

}  // namespace wb::ui
