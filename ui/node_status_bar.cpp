#include "ui/node_status_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace wb::ui {

QString consensusLabel(ConsensusKind kind) {
  switch (kind) {
    case ConsensusKind::Pow:
      return NodeStatusBar::tr("Proof of work");
    case ConsensusKind::Pos:
      return NodeStatusBar::tr("Proof of stake");
    case ConsensusKind::Dpos:
      return NodeStatusBar::tr("Delegated proof of stake");
  }
  return {};
}

QString syncStatusText(const node::NodeStatus& status) {
  // A node still checking its peers' latest headers at their height is up to date.
  if (status.syncing && status.bestKnownHeight > status.tip.height) {
    return NodeStatusBar::tr("Syncing %1 of %2").arg(status.tip.height).arg(status.bestKnownHeight);
  }
  return NodeStatusBar::tr("Up to date");
}

namespace {

// Peers connect and drop without moving the tip: poll this often as well.
constexpr int kPollMilliseconds = 3000;

QLabel* statusLabel(const char* objectName) {
  auto* label = new QLabel;
  label->setObjectName(QLatin1String(objectName));
  return label;
}

}  // namespace

NodeStatusBar::NodeStatusBar(node::NodeClient* client, QString networkName, ConsensusKind consensus, QWidget* parent)
    : QWidget(parent),
      client_(client),
      networkName_(std::move(networkName)),
      consensus_(consensus),
      networkLabel_(statusLabel("statusNetwork")),
      heightLabel_(statusLabel("statusHeight")),
      peersLabel_(statusLabel("statusPeers")),
      syncLabel_(statusLabel("statusSync")),
      pollTimer_(new QTimer(this)) {
  setObjectName(QStringLiteral("nodeStatusBar"));
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(16);
  for (QLabel* label : {networkLabel_, heightLabel_, peersLabel_, syncLabel_}) layout->addWidget(label);

  connect(client_, &node::NodeClient::tipChanged, this, &NodeStatusBar::refresh);
  connect(pollTimer_, &QTimer::timeout, this, &NodeStatusBar::refresh);
  pollTimer_->start(kPollMilliseconds);
  retranslateUi();
  refresh();
}

void NodeStatusBar::refresh() {
  // One request at a time: a burst of tips during sync costs one extra round trip, not one per block.
  if (requestInFlight_) {
    refreshAgain_ = true;
    return;
  }
  requestInFlight_ = true;
  client_->status([this, self = QPointer<NodeStatusBar>(this)](Result<node::NodeStatus> status) {
    if (!self) return;  // the widget went away first
    requestInFlight_ = false;
    if (status)
      display(*status);
    else
      showError(QString::fromStdString(status.error().message));
    if (refreshAgain_) {
      refreshAgain_ = false;
      refresh();
    }
  });
}

void NodeStatusBar::display(const node::NodeStatus& status) {
  last_ = status;
  retranslateUi();
}

void NodeStatusBar::showError(const QString& message) { syncLabel_->setText(tr("Node error: %1").arg(message)); }

void NodeStatusBar::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void NodeStatusBar::retranslateUi() {
  networkLabel_->setText(tr("%1 (%2)").arg(networkName_, consensusLabel(consensus_)));
  if (!last_) {
    heightLabel_->setText(tr("Height …"));
    peersLabel_->clear();
    syncLabel_->setText(tr("Connecting to the node…"));
    return;
  }
  heightLabel_->setText(tr("Height %1").arg(last_->tip.height));
  peersLabel_->setText(tr("%n peer(s)", nullptr, static_cast<int>(last_->peers)));
  syncLabel_->setText(syncStatusText(*last_));
}

}  // namespace wb::ui
