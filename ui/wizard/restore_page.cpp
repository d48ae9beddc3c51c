// The restore page of mnemonic_pages.h: the words are checked as they are typed.
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "ui/label_tone.h"
#include "ui/passphrase.h"
#include "ui/wizard/first_run_wizard.h"
#include "ui/wizard/mnemonic_pages.h"
#include "wallet/bip39.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {

RestoreMnemonicPage::RestoreMnemonicPage(FirstRunWizard* wizard)
    : wizard_(wizard),
      prompt_(new QLabel),
      words_(new QPlainTextEdit),
      status_(new QLabel),
      passphraseLabel_(new QLabel),
      passphrase_(new QLineEdit),
      passphraseNote_(new QLabel) {
  setObjectName(QStringLiteral("restoreMnemonicPage"));
  prompt_->setWordWrap(true);
  words_->setObjectName(QStringLiteral("restoreWordsEdit"));
  words_->setTabChangesFocus(true);
  status_->setObjectName(QStringLiteral("restoreStatus"));
  status_->setWordWrap(true);
  passphrase_->setObjectName(QStringLiteral("bip39PassphraseEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  passphraseNote_->setWordWrap(true);
  auto* form = new QFormLayout;
  form->addRow(passphraseLabel_, passphrase_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(prompt_);
  layout->addWidget(words_, 1);
  layout->addWidget(status_);
  layout->addLayout(form);
  layout->addWidget(passphraseNote_);
  connect(words_, &QPlainTextEdit::textChanged, this, &RestoreMnemonicPage::check);
  retranslateUi();
}

void RestoreMnemonicPage::check() {
  const QString text = normalizeMnemonicText(words_->toPlainText());
  const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
  QString message;
  valid_ = false;
  // Name the first word of neither list, so the user sees which one to fix.
  for (int i = 0; i < words.size() && message.isEmpty(); ++i) {
    const std::string word = words[i].toStdString();
    if (!bip39WordIndex(Bip39Language::English, word) && !bip39WordIndex(Bip39Language::ChineseSimplified, word)) {
      message = tr("Word %1 (\"%2\") is not in the BIP39 word lists.").arg(i + 1).arg(words[i]);
    }
  }
  if (words.isEmpty()) {
    message = tr("Type or paste the 12 to 24 words, separated by spaces.");
  } else if (message.isEmpty()) {
    const SecureBytes normalized = secretUtf8(text);
    auto parsed = parseMnemonic(normalized.asString());
    if (parsed) {
      valid_ = true;
      message = parsed->language == Bip39Language::English
                    ? tr("Valid recovery phrase (%1 English words).").arg(words.size())
                    : tr("Valid recovery phrase (%1 Chinese words).").arg(words.size());
    } else if (parsed.code() == WalletErrc::MnemonicWordCount) {
      message = tr("%1 words so far; a recovery phrase has 12, 15, 18, 21 or 24 words.").arg(words.size());
    } else if (parsed.code() == WalletErrc::MnemonicChecksum) {
      message = tr("The checksum does not match: a word is wrong or out of order.");
    } else {
      message = tr("Not a valid recovery phrase: %1").arg(QString::fromStdString(parsed.error().message));
    }
  }
  status_->setText(message);
  setLabelTone(status_, valid_ ? LabelTone::Good : LabelTone::Error);
  emit completeChanged();
}

bool RestoreMnemonicPage::validatePage() {
  if (!valid_) return false;
  wizard_->setMnemonic(secretUtf8(normalizeMnemonicText(words_->toPlainText())));
  wizard_->setBip39Passphrase(secretUtf8(passphrase_->text()));
  return true;
}

void RestoreMnemonicPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    check();
  }
  QWizardPage::changeEvent(event);
}

void RestoreMnemonicPage::retranslateUi() {
  setTitle(tr("Restore a wallet"));
  prompt_->setText(tr("Enter your recovery words (English or Chinese) in order:"));
  passphraseLabel_->setText(tr("BIP39 passphrase:"));
  passphrase_->setPlaceholderText(tr("Optional"));
  passphraseNote_->setText(
      tr("Only if you set one when the wallet was made. A different passphrase gives a "
         "different, empty wallet."));
}

}  // namespace wb::ui
