#include "ui/staking/producer_panel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>
#include <limits>

#include "ui/error_text.h"
#include "ui/label_tone.h"
#include "ui/visible_poller.h"

namespace wb::ui {
namespace {

// "12.3 kH/s" style, integer arithmetic only.
QString hashRateText(std::uint64_t perSecond) {
  static const char* const kUnits[] = {"H/s", "kH/s", "MH/s", "GH/s", "TH/s"};
  std::size_t unit = 0;
  std::uint64_t whole = perSecond, tenths = 0;
  while (whole >= 1000 && unit + 1 < std::size(kUnits)) {
    tenths = (whole % 1000) / 100;
    whole /= 1000;
    ++unit;
  }
  return unit == 0 ? QStringLiteral("%1 %2").arg(whole).arg(QLatin1String(kUnits[0]))
                   : QStringLiteral("%1.%2 %3").arg(whole).arg(tenths).arg(QLatin1String(kUnits[unit]));
}

}  // namespace

ProducerPanel::ProducerPanel(node::NodeClient* client, ConsensusKind consensus, QWidget* parent)
    : QWidget(parent),
      client_(client),
      consensus_(consensus),
      switch_(new QCheckBox),
      state_(new QLabel),
      errorLabel_(new QLabel),
      poll_(new VisiblePoller(this, kPollMs, [this] { refresh(); })) {
  switch_->setObjectName(QStringLiteral("miningSwitch"));
  state_->setObjectName(QStringLiteral("producerState"));
  state_->setWordWrap(true);
  errorLabel_->setObjectName(QStringLiteral("producerError"));
  setLabelTone(errorLabel_, LabelTone::Error);
  errorLabel_->setWordWrap(true);
  errorLabel_->hide();
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(switch_);
  layout->addWidget(state_);
  layout->addWidget(errorLabel_);
  connect(client_, &node::NodeClient::tipChanged, this, &ProducerPanel::refresh);
  connect(switch_, &QCheckBox::clicked, this, &ProducerPanel::toggled);
  retranslateUi();
  refresh();
}

void ProducerPanel::refresh() {
  if (inFlight_) return;  // the answer on its way is as fresh
  inFlight_ = true;
  QPointer<ProducerPanel> self(this);
  client_->producer([self](Result<node::ProducerStatus> status) {
    if (!self) return;
    self->inFlight_ = false;
    if (status) {
      self->status_ = *status;
      self->readProblem_.clear();
    } else {
      self->readProblem_ = errorText(status.error());
    }
    self->render();
    emit self->statusChanged();
  });
}

void ProducerPanel::toggled(bool on) {
  switch_->setEnabled(false);  // until the node answered
  QPointer<ProducerPanel> self(this);
  client_->setProducing(on, [self](Result<void> done) {
    if (!self) return;
    self->switchProblem_ = done ? QString() : errorText(done.error());
    self->switch_->setEnabled(true);
    self->refresh();
  });
}

void ProducerPanel::render() {
  const bool known = status_.has_value();
  // Waiting for the wallet's keys is "on": the switch can still turn it off.
  switch_->setEnabled(known && (status_->canProduce || status_->waitingForKeys));
  {
    const QSignalBlocker quiet(switch_);
    switch_->setChecked(known && (status_->producing || status_->waitingForKeys));
  }
  QString text;
  if (!known) {
    text = tr("Reading the producer's state…");
  } else if (status_->waitingForKeys) {
    text = tr("Unlock the wallet to produce blocks: its accounts sign them.");
  } else if (!status_->canProduce) {
    text = tr("This node has no key to produce blocks with.");
  } else if (consensus_ == ConsensusKind::Pow) {
    text = status_->producing ? tr("Mining at %1.").arg(hashRateText(status_->hashesPerSecond)) : tr("Not mining.");
  } else if (!status_->producing) {
    text = tr("Not producing blocks.");
  } else if (status_->nextBlockTime) {
    const qint64 at = static_cast<qint64>(*status_->nextBlockTime);
    const qint64 in = std::max<qint64>(0, at - QDateTime::currentSecsSinceEpoch());
    text = tr("Producing. Our next block is expected at %1 (in %n second(s)).", nullptr,
              static_cast<int>(std::min<qint64>(in, std::numeric_limits<int>::max())))
               .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(at), QLocale::ShortFormat));
  } else {
    text = tr("Producing; none of our keys is due to produce soon.");
  }
  state_->setText(text);
  const QString problem = switchProblem_.isEmpty() ? readProblem_ : switchProblem_;
  errorLabel_->setText(problem);
  errorLabel_->setVisible(!problem.isEmpty());
}

void ProducerPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void ProducerPanel::retranslateUi() {
  switch_->setText(consensus_ == ConsensusKind::Pow ? tr("Mine blocks") : tr("Produce blocks"));
  render();
}

}  // namespace wb::ui
