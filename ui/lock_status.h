// The wallet's lock state in the status bar (DESIGN §8): a button that reads
// "Locked" or "Unlocked" (and "Busy…" while a slow wallet operation runs);
// clicking it locks an unlocked wallet or opens the unlock dialog.
#pragma once

#include <QToolButton>

namespace wb::ui {

class WalletModel;

class LockStatus : public QToolButton {
  Q_OBJECT
public:
  // `model` must outlive the button.
  explicit LockStatus(WalletModel* model, QWidget* parent = nullptr);

protected:
  void changeEvent(QEvent* event) override;

private:
  void update();
  void toggle();

  WalletModel* model_;
};

}  // namespace wb::ui
