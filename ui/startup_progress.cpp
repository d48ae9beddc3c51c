#include "ui/startup_progress.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

namespace wb::ui {

StartupProgress::StartupProgress(int delayMs, QWidget* parent)
    : QDialog(parent), text_(new QLabel), delay_(new QTimer(this)) {
  setObjectName(QStringLiteral("startupProgress"));
  // Nothing to cancel: closing the window ends the app once it has started.
  setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
  text_->setObjectName(QStringLiteral("startupStep"));
  text_->setWordWrap(true);
  auto* bar = new QProgressBar;
  bar->setRange(0, 0);  // how long the store or Argon2id takes is not known in advance
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(text_);
  layout->addWidget(bar);
  setMinimumWidth(360);
  delay_->setSingleShot(true);
  delay_->setInterval(delayMs);
  connect(delay_, &QTimer::timeout, this, &QWidget::show);
  retranslateUi();
}

void StartupProgress::begin(Step step) {
  step_ = step;
  retranslateUi();
  if (!isVisible()) delay_->start();
}

void StartupProgress::end() { delay_->stop(); }  // stays up between steps: no flicker

void StartupProgress::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

void StartupProgress::retranslateUi() {
  setWindowTitle(tr("Starting Waybill"));
  switch (step_) {
    case Step::PreparingFiles:
      text_->setText(tr("Preparing the network and unlocking the wallet…"));
      break;
    case Step::OpeningStore:
      text_->setText(tr("Opening the block store…"));
      break;
  }
}

}  // namespace wb::ui
