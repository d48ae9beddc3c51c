// Adds an account to the wallet (the next one of its recovery words), with an
// optional label; the wallet file is saved on a worker thread.
#pragma once

#include "ui/wallet_dialog.h"

class QLabel;
class QLineEdit;

namespace wb::ui {

class NewAccountDialog : public WalletDialog {
  Q_OBJECT
public:
  explicit NewAccountDialog(WalletModel* model, QWidget* parent = nullptr);

protected:
  void retranslateUi() override;

private:
  void submit();
  void finished(const QString& error);

  QLabel* prompt_;
  QLineEdit* label_;
};

}  // namespace wb::ui
