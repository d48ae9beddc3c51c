// The wizard's last page: creates the genesis (if needed) and the wallet file on a
// worker thread (wallet_setup.h) with a busy indicator, then shows where they are.
// Finish is enabled only once the wallet exists; a failure is shown and Back lets the
// user change their choices.
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace wb::ui {

class FirstRunWizard;

class FinishPage : public QWizardPage {
  Q_OBJECT
public:
  explicit FinishPage(FirstRunWizard* wizard);
  void initializePage() override;
  void cleanupPage() override;
  bool isComplete() const override { return done_; }
  // True while the worker runs.
  bool isWorking() const { return working_; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  FirstRunWizard* wizard_;
  QLabel* status_;
  QProgressBar* busy_;
  QLabel* details_;
  QLabel* error_;
  bool working_ = false;
  bool done_ = false;
};

}  // namespace wb::ui
