// Changes the wallet passphrase: the current one, the new one twice (with a strength
// hint). The keystore re-seals and the file is saved on a worker thread.
#pragma once

#include "ui/wallet_dialog.h"

class QFormLayout;
class QLabel;
class QLineEdit;

namespace wb::ui {

class ChangePassphraseDialog : public WalletDialog {
  Q_OBJECT
public:
  explicit ChangePassphraseDialog(WalletModel* model, QWidget* parent = nullptr);

protected:
  void retranslateUi() override;

private:
  void updateHint();
  void submit();
  void finished(const QString& error);

  QFormLayout* form_;
  QLineEdit* oldPassphrase_;
  QLineEdit* newPassphrase_;
  QLineEdit* repeat_;
  QLabel* hint_;
};

}  // namespace wb::ui
