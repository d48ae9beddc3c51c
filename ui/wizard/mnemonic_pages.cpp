#include "ui/wizard/mnemonic_pages.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/label_tone.h"
#include "ui/wizard/first_run_wizard.h"
#include "wallet/bip39.h"

namespace wb::ui {

namespace {

bool isIdeograph(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff; }

QStringList wordsOf(const SecureBytes& mnemonic) {
  return QString::fromUtf8(mnemonic.asString()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

}  // namespace

QString normalizeMnemonicText(const QString& text) {
  QString spaced;
  for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
    if (isIdeograph(c))
      spaced += QLatin1Char(' ') + QString(c) + QLatin1Char(' ');
    else
      spaced += c;
  }
  return spaced.toLower().simplified();
}

QString mnemonicColumns(const QStringList& words) {
  constexpr int kColumns = 3;
  const int rows = (static_cast<int>(words.size()) + kColumns - 1) / kColumns;
  int width = 0;
  for (const QString& word : words) width = std::max(width, static_cast<int>(word.size()));
  QStringList lines;
  for (int row = 0; row < rows; ++row) {
    QStringList cells;
    // Numbered down each column, as people copy them onto paper.
    for (int column = 0; column < kColumns; ++column) {
      const int i = column * rows + row;
      if (i < words.size()) cells << QStringLiteral("%1. %2").arg(i + 1, 2).arg(words[i], -width);
    }
    lines << cells.join(QStringLiteral("   ")).trimmed();
  }
  return lines.join(QLatin1Char('\n'));
}

// --- create -------------------------------------------------------------------------

CreateMnemonicPage::CreateMnemonicPage(FirstRunWizard* wizard)
    : wizard_(wizard),
      wordCountLabel_(new QLabel),
      wordCount_(new QComboBox),
      languageLabel_(new QLabel),
      language_(new QComboBox),
      words_(new QPlainTextEdit),
      warning_(new QLabel),
      error_(new QLabel) {
  setObjectName(QStringLiteral("createMnemonicPage"));
  wordCount_->setObjectName(QStringLiteral("wordCountCombo"));
  wordCount_->addItem(QString(), 12);
  wordCount_->addItem(QString(), 24);
  language_->setObjectName(QStringLiteral("mnemonicLanguageCombo"));
  language_->addItem(QStringLiteral("English"), static_cast<int>(Bip39Language::English));
  language_->addItem(QStringLiteral("简体中文"), static_cast<int>(Bip39Language::ChineseSimplified));
  words_->setObjectName(QStringLiteral("mnemonicView"));
  words_->setReadOnly(true);
  QFont mono = words_->font();
  mono.setStyleHint(QFont::Monospace);
  mono.setPointSizeF(mono.pointSizeF() * 1.2);
  words_->setFont(mono);
  warning_->setWordWrap(true);
  setLabelTone(error_, LabelTone::Error);
  auto* form = new QFormLayout;
  form->addRow(wordCountLabel_, wordCount_);
  form->addRow(languageLabel_, language_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(words_, 1);
  layout->addWidget(warning_);
  layout->addWidget(error_);
  connect(wordCount_, &QComboBox::currentIndexChanged, this, &CreateMnemonicPage::generate);
  connect(language_, &QComboBox::currentIndexChanged, this, &CreateMnemonicPage::generate);
  retranslateUi();
}

void CreateMnemonicPage::initializePage() {
  if (wizard_->mnemonic().empty()) generate();
}

bool CreateMnemonicPage::isComplete() const { return !wizard_->mnemonic().empty(); }

void CreateMnemonicPage::generate() {
  auto mnemonic = generateMnemonic(static_cast<std::size_t>(wordCount_->currentData().toInt()),
                                   static_cast<Bip39Language>(language_->currentData().toInt()));
  words_->clear();
  if (!mnemonic) {
    error_->setText(QString::fromStdString(mnemonic.error().message));
    wizard_->setMnemonic(SecureBytes());
  } else {
    error_->clear();
    const QStringList words = wordsOf(*mnemonic);
    words_->setPlainText(mnemonicColumns(words));
    // Every word in view at once, without scrolling (12 words: 4 lines, 24: 8).
    const int lines = static_cast<int>(words_->document()->lineCount());
    words_->setMinimumHeight(words_->fontMetrics().lineSpacing() * (lines + 1) +
                             2 * static_cast<int>(words_->document()->documentMargin()) + 2 * words_->frameWidth());
    wizard_->setMnemonic(std::move(*mnemonic));
  }
  wizard_->setBip39Passphrase(SecureBytes());
  emit completeChanged();
}

void CreateMnemonicPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizardPage::changeEvent(event);
}

void CreateMnemonicPage::retranslateUi() {
  setTitle(tr("Your recovery words"));
  setSubTitle(tr("Write these words down in order and keep them safe."));
  wordCountLabel_->setText(tr("Number of words:"));
  wordCount_->setItemText(0, tr("12 words"));
  wordCount_->setItemText(1, tr("24 words"));
  languageLabel_->setText(tr("Word list:"));
  warning_->setText(
      tr("These words are the only way to restore your wallet if this computer is lost. Anyone who "
         "knows them can spend your coins. Never type them into a website."));
}

// --- confirm ------------------------------------------------------------------------

ConfirmMnemonicPage::ConfirmMnemonicPage(FirstRunWizard* wizard) : wizard_(wizard), error_(new QLabel) {
  setObjectName(QStringLiteral("confirmMnemonicPage"));
  auto* form = new QFormLayout;
  for (int i = 0; i < kWordsToConfirm; ++i) {
    labels_[i] = new QLabel;
    edits_[i] = new QLineEdit;
    edits_[i]->setObjectName(QStringLiteral("confirmWord%1").arg(i));
    form->addRow(labels_[i], edits_[i]);
    connect(edits_[i], &QLineEdit::textChanged, this, &ConfirmMnemonicPage::check);
  }
  error_->setObjectName(QStringLiteral("confirmError"));
  setLabelTone(error_, LabelTone::Error);
  error_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(error_);
  layout->addStretch(1);
  retranslateUi();
}

void ConfirmMnemonicPage::initializePage() {
  expected_ = wordsOf(wizard_->mnemonic());
  // Three distinct positions from the system's secure generator.
  std::vector<int> all(static_cast<std::size_t>(expected_.size()));
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  for (int i = 0; i < kWordsToConfirm && !all.empty(); ++i) {
    const auto pick = QRandomGenerator::system()->bounded(static_cast<quint32>(all.size()));
    positions_[i] = all[pick];
    all.erase(all.begin() + pick);
  }
  std::sort(positions_.begin(), positions_.end());
  for (QLineEdit* edit : edits_) edit->clear();
  retranslateUi();
  check();
}

int ConfirmMnemonicPage::firstWrong() const {
  for (int i = 0; i < kWordsToConfirm; ++i) {
    const QString typed = normalizeMnemonicText(edits_[i]->text());
    if (!typed.isEmpty() && positions_[i] < expected_.size() && typed != expected_[positions_[i]]) return i;
  }
  return -1;
}

bool ConfirmMnemonicPage::isComplete() const {
  if (expected_.isEmpty()) return false;
  for (const QLineEdit* edit : edits_) {
    if (edit->text().trimmed().isEmpty()) return false;
  }
  return firstWrong() < 0;
}

void ConfirmMnemonicPage::check() {
  bool allFilled = true;
  for (const QLineEdit* edit : edits_) allFilled = allFilled && !edit->text().trimmed().isEmpty();
  const int wrong = firstWrong();
  // Judge only once every word is in, so a half-typed word is not called wrong.
  error_->setText(allFilled && wrong >= 0
                      ? tr("Word #%1 is not right. Check the words you wrote down, or go back to see them again.")
                            .arg(positions_[wrong] + 1)
                      : QString());
  emit completeChanged();
}

void ConfirmMnemonicPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    check();
  }
  QWizardPage::changeEvent(event);
}

void ConfirmMnemonicPage::retranslateUi() {
  setTitle(tr("Confirm your recovery words"));
  setSubTitle(tr("Type the words asked for, to show that you wrote them down."));
  for (int i = 0; i < kWordsToConfirm; ++i) labels_[i]->setText(tr("Word #%1:").arg(positions_[i] + 1));
}

}  // namespace wb::ui
