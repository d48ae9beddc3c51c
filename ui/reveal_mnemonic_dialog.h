// Shows the wallet's recovery words after asking for the passphrase (always, even when
// unlocked). The words are cleared from the dialog when it closes.
#pragma once

#include "ui/wallet_dialog.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace wb::ui {

class RevealMnemonicDialog : public WalletDialog {
  Q_OBJECT
public:
  explicit RevealMnemonicDialog(WalletModel* model, QWidget* parent = nullptr);
  ~RevealMnemonicDialog() override;

protected:
  void retranslateUi() override;

private:
  void submit();
  void revealed(const QString& mnemonic, const QString& error);

  QLabel* prompt_;
  QLineEdit* passphrase_;
  QLabel* warning_;
  QPlainTextEdit* words_;
};

}  // namespace wb::ui
