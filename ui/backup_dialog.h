// Exports a copy of the wallet file (secrets still sealed under the passphrase) to a
// path chosen with a file dialog; the copy is written and read back on a worker thread.
#pragma once

#include "ui/wallet_dialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

class BackupDialog : public WalletDialog {
  Q_OBJECT
public:
  explicit BackupDialog(WalletModel* model, QWidget* parent = nullptr);

protected:
  void retranslateUi() override;

private:
  void browse();
  void submit();
  void finished(const QString& error);

  QLabel* prompt_;
  QLineEdit* path_;
  QPushButton* browse_;
};

}  // namespace wb::ui
