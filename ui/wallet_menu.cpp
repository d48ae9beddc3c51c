#include "ui/wallet_menu.h"

#include <QEvent>

#include "ui/backup_dialog.h"
#include "ui/change_passphrase_dialog.h"
#include "ui/new_account_dialog.h"
#include "ui/reveal_mnemonic_dialog.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"

namespace wb::ui {

WalletMenu::WalletMenu(WalletModel* model, QWidget* parent)
    : QMenu(parent),
      model_(model),
      unlock_(addAction(QString())),
      lock_(addAction(QString())),
      newAccount_(addAction(QString())),
      changePassphrase_(addAction(QString())),
      reveal_(addAction(QString())),
      backup_(addAction(QString())) {
  setObjectName(QStringLiteral("walletMenu"));
  insertSeparator(newAccount_);
  insertSeparator(changePassphrase_);
  newAccount_->setObjectName(QStringLiteral("newAccountAction"));
  connect(unlock_, &QAction::triggered, this, [this] { openDialog(new UnlockDialog(model_, parentWidget())); });
  connect(lock_, &QAction::triggered, model_, &WalletModel::lock);
  connect(newAccount_, &QAction::triggered, this, [this] { openDialog(new NewAccountDialog(model_, parentWidget())); });
  connect(changePassphrase_, &QAction::triggered, this,
          [this] { openDialog(new ChangePassphraseDialog(model_, parentWidget())); });
  connect(reveal_, &QAction::triggered, this, [this] { openDialog(new RevealMnemonicDialog(model_, parentWidget())); });
  connect(backup_, &QAction::triggered, this, [this] { openDialog(new BackupDialog(model_, parentWidget())); });
  connect(model_, &WalletModel::lockedChanged, this, &WalletMenu::updateActions);
  connect(model_, &WalletModel::busyChanged, this, &WalletMenu::updateActions);
  retranslateUi();
  updateActions();
}

void WalletMenu::openDialog(QDialog* dialog) {
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void WalletMenu::updateActions() {
  const bool busy = model_->isBusy();
  unlock_->setEnabled(!busy && model_->isLocked());
  lock_->setEnabled(!busy && !model_->isLocked());
  for (QAction* action : {newAccount_, changePassphrase_, reveal_, backup_}) action->setEnabled(!busy);
}

void WalletMenu::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QMenu::changeEvent(event);
}

void WalletMenu::retranslateUi() {
  setTitle(tr("&Wallet"));
  unlock_->setText(tr("&Unlock…"));
  lock_->setText(tr("&Lock"));
  newAccount_->setText(tr("&New account…"));
  changePassphrase_->setText(tr("Change &passphrase…"));
  reveal_->setText(tr("Show &recovery words…"));
  backup_->setText(tr("&Back up wallet…"));
}

}  // namespace wb::ui
