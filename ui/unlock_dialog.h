// Asks for the wallet passphrase and unlocks the wallet on a worker thread. A wrong
// passphrase shows the error and leaves the wallet locked; success closes the dialog.
#pragma once

#include "ui/wallet_dialog.h"

class QLabel;
class QLineEdit;

namespace wb::ui {

class UnlockDialog : public WalletDialog {
  Q_OBJECT
public:
  explicit UnlockDialog(WalletModel* model, QWidget* parent = nullptr);

protected:
  void retranslateUi() override;

private:
  bool isDevWallet() const;
  void submit();
  void finished(const QString& error);

  QLabel* prompt_;
  QLineEdit* passphrase_;
};

}  // namespace wb::ui
