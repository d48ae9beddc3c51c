#include "ui/lock_status.h"

#include <QEvent>

#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"

namespace wb::ui {

LockStatus::LockStatus(WalletModel* model, QWidget* parent) : QToolButton(parent), model_(model) {
  setObjectName(QStringLiteral("statusLock"));
  setAutoRaise(true);
  connect(model_, &WalletModel::lockedChanged, this, &LockStatus::update);
  connect(model_, &WalletModel::busyChanged, this, &LockStatus::update);
  connect(this, &QToolButton::clicked, this, &LockStatus::toggle);
  update();
}

void LockStatus::toggle() {
  if (model_->isBusy()) return;
  if (!model_->isLocked()) {
    model_->lock();
    return;
  }
  auto* dialog = new UnlockDialog(model_, window());
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->open();
}

void LockStatus::update() {
  if (model_->isBusy()) {
    setText(tr("Wallet busy…"));
    setToolTip(tr("A wallet operation is running"));
    setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
  } else if (model_->isLocked()) {
    setText(tr("Locked"));
    setToolTip(tr("The wallet is locked: click to unlock it"));
    setIcon(QIcon::fromTheme(QStringLiteral("object-locked")));
  } else {
    setText(tr("Unlocked"));
    setToolTip(tr("The wallet is unlocked: click to lock it"));
    setIcon(QIcon::fromTheme(QStringLiteral("object-unlocked")));
  }
  setEnabled(!model_->isBusy());
}

void LockStatus::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) update();
  QToolButton::changeEvent(event);
}

}  // namespace wb::ui
