// What the wallet dialogs share: an error line under the fields, a busy indicator
// while the wallet works on a worker thread, and inputs disabled meanwhile.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace wb::ui {

class WalletModel;

class WalletDialog : public QDialog {
  Q_OBJECT
public:
  WalletDialog(WalletModel* model, QWidget* parent);

protected:
  // The layout subclasses add their fields to (above the error line).
  QVBoxLayout* body() const { return body_; }
  QDialogButtonBox* buttons() const { return buttons_; }
  WalletModel* model() const { return model_; }

  // Shows `error` (empty hides it).
  void showError(const QString& error);
  // Shows the busy indicator and disables the inputs and buttons.
  void setBusy(bool busy);

  void changeEvent(QEvent* event) override;
  virtual void retranslateUi() = 0;

private:
  WalletModel* model_;
  QVBoxLayout* body_;
  QLabel* error_;
  QProgressBar* busy_;
  QDialogButtonBox* buttons_;
};

}  // namespace wb::ui
