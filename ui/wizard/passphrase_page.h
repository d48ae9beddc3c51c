// The wizard's wallet passphrase page: typed twice, with a strength hint. Next is
// enabled only when both are non-empty and equal.
#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace wb::ui {

class FirstRunWizard;

class PassphrasePage : public QWizardPage {
  Q_OBJECT
public:
  explicit PassphrasePage(FirstRunWizard* wizard);
  bool isComplete() const override;
  // The passphrase typed (valid when the page is complete).
  QString passphrase() const;

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void check();

  QLabel* intro_;
  QFormLayout* form_;
  QLineEdit* passphrase_;
  QLineEdit* repeat_;
  QLabel* hint_;
  QLabel* error_;
};

}  // namespace wb::ui
