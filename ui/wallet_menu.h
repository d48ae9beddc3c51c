// The Wallet menu: unlock, lock, change passphrase, show recovery words and back up,
// each enabled only when it makes sense (locked/unlocked, not busy). Each opens its
// dialog window-modally without blocking the event loop.
#pragma once

#include <QMenu>

class QAction;

namespace wb::ui {

class WalletModel;

class WalletMenu : public QMenu {
  Q_OBJECT
public:
  WalletMenu(WalletModel* model, QWidget* parent);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateActions();
  // Opens `dialog` (deleted when closed).
  void openDialog(QDialog* dialog);

  WalletModel* model_;
  QAction* unlock_;
  QAction* lock_;
  QAction* newAccount_;
  QAction* changePassphrase_;
  QAction* reveal_;
  QAction* backup_;
};

}  // namespace wb::ui
