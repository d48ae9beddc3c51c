// The first page: what Waybill is, and a way to create or restore your own wallet
// (the default dev network needs none).
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wb::ui {

class WelcomePage : public QWidget {
  Q_OBJECT
public:
  explicit WelcomePage(QWidget* parent = nullptr);

signals:
  // The user wants the first-run wizard (create or restore their own wallet).
  void createWalletRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QLabel* title_;
  QLabel* text_;
  QPushButton* create_;
};

}  // namespace wb::ui
