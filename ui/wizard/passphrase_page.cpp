#include "ui/wizard/passphrase_page.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "ui/label_tone.h"
#include "ui/passphrase.h"
#include "ui/wizard/first_run_wizard.h"

namespace wb::ui {

PassphrasePage::PassphrasePage(FirstRunWizard*)
    : intro_(new QLabel),
      form_(new QFormLayout),
      passphrase_(new QLineEdit),
      repeat_(new QLineEdit),
      hint_(new QLabel),
      error_(new QLabel) {
  setObjectName(QStringLiteral("passphrasePage"));
  intro_->setWordWrap(true);
  passphrase_->setObjectName(QStringLiteral("walletPassphraseEdit"));
  repeat_->setObjectName(QStringLiteral("walletPassphraseRepeatEdit"));
  passphrase_->setEchoMode(QLineEdit::Password);
  repeat_->setEchoMode(QLineEdit::Password);
  hint_->setObjectName(QStringLiteral("strengthHint"));
  error_->setObjectName(QStringLiteral("passphraseError"));
  setLabelTone(error_, LabelTone::Error);
  form_->addRow(new QLabel, passphrase_);
  form_->addRow(new QLabel, repeat_);
  form_->addRow(new QLabel, hint_);
  form_->addRow(new QLabel, error_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro_);
  layout->addLayout(form_);
  layout->addStretch(1);
  connect(passphrase_, &QLineEdit::textChanged, this, &PassphrasePage::check);
  connect(repeat_, &QLineEdit::textChanged, this, &PassphrasePage::check);
  retranslateUi();
}

QString PassphrasePage::passphrase() const { return passphrase_->text(); }

bool PassphrasePage::isComplete() const {
  return !passphrase_->text().isEmpty() && passphrase_->text() == repeat_->text();
}

void PassphrasePage::check() {
  hint_->setText(strengthHint(passphraseStrength(passphrase_->text())));
  const bool mismatch = !repeat_->text().isEmpty() && passphrase_->text() != repeat_->text();
  error_->setText(mismatch ? tr("The passphrases do not match.") : QString());
  emit completeChanged();
}

void PassphrasePage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizardPage::changeEvent(event);
}

void PassphrasePage::retranslateUi() {
  setTitle(tr("Wallet passphrase"));
  intro_->setText(
      tr("The passphrase encrypts the wallet on this computer. You need it to send coins and to "
         "see your recovery words."));
  qobject_cast<QLabel*>(form_->labelForField(passphrase_))->setText(tr("Passphrase:"));
  qobject_cast<QLabel*>(form_->labelForField(repeat_))->setText(tr("Repeat passphrase:"));
  check();
}

}  // namespace wb::ui
