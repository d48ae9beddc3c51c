// The wizard's mnemonic pages: create (generate and show the words), confirm (type three
// of them back) and restore (type them all, checked live; optional BIP39 passphrase).
#pragma once

#include <QWizardPage>
#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wb::ui {

class FirstRunWizard;

// `text` as the BIP39 code expects it: NFKD, lower case, and Chinese characters typed
// without spaces separated into words.
QString normalizeMnemonicText(const QString& text);

class CreateMnemonicPage : public QWizardPage {
  Q_OBJECT
public:
  explicit CreateMnemonicPage(FirstRunWizard* wizard);
  void initializePage() override;
  bool isComplete() const override;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void generate();

  FirstRunWizard* wizard_;
  QLabel* wordCountLabel_;
  QComboBox* wordCount_;
  QLabel* languageLabel_;
  QComboBox* language_;
  QPlainTextEdit* words_;
  QLabel* warning_;
  QLabel* error_;
};

class ConfirmMnemonicPage : public QWizardPage {
  Q_OBJECT
public:
  static constexpr int kWordsToConfirm = 3;

  explicit ConfirmMnemonicPage(FirstRunWizard* wizard);
  void initializePage() override;
  bool isComplete() const override;
  // The 0-based word positions asked for, ascending.
  const std::array<int, kWordsToConfirm>& positions() const { return positions_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void check();
  // The index of the first filled-in wrong word, or -1.
  int firstWrong() const;

  FirstRunWizard* wizard_;
  QStringList expected_;
  std::array<int, kWordsToConfirm> positions_{};
  std::array<QLabel*, kWordsToConfirm> labels_{};
  std::array<QLineEdit*, kWordsToConfirm> edits_{};
  QLabel* error_;
};

class RestoreMnemonicPage : public QWizardPage {
  Q_OBJECT
public:
  explicit RestoreMnemonicPage(FirstRunWizard* wizard);
  bool isComplete() const override { return valid_; }
  bool validatePage() override;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void check();

  FirstRunWizard* wizard_;
  bool valid_ = false;
  QLabel* prompt_;
  QPlainTextEdit* words_;
  QLabel* status_;
  QLabel* passphraseLabel_;
  QLineEdit* passphrase_;
  QLabel* passphraseNote_;
};

}  // namespace wb::ui
