// The node's part of the status bar (DESIGN §8): network name and consensus,
// tip height, peer count and sync state. It asks NodeClient for the status
// whenever the tip moves and every few seconds (peers come and go without a
// tip change); answers arrive asynchronously, so the GUI thread never waits.
#pragma once

#include <QWidget>
#include <optional>

#include "chain/core/params.h"
#include "interfaces/node_client.h"

class QLabel;
class QTimer;

namespace wb::ui {

// "Proof of work", "Proof of stake" or "Delegated proof of stake", translated.
QString consensusLabel(ConsensusKind kind);

// "Syncing 12 of 40" while a peer has shown blocks we lack, else "Up to date".
QString syncStatusText(const node::NodeStatus& status);

class NodeStatusBar : public QWidget {
  Q_OBJECT
public:
  // `client` must outlive this widget. `networkName` and `consensus` come from
  // the genesis and never change while the node runs.
  NodeStatusBar(node::NodeClient* client, QString networkName, ConsensusKind consensus, QWidget* parent = nullptr);

  // Asks the node for its status now (the answer updates the labels later).
  void refresh();

protected:
  void changeEvent(QEvent* event) override;

private:
  void display(const node::NodeStatus& status);
  void showError(const QString& message);
  void retranslateUi();

  node::NodeClient* client_;
  QString networkName_;
  ConsensusKind consensus_;
  std::optional<node::NodeStatus> last_;
  bool requestInFlight_ = false;
  bool refreshAgain_ = false;  // the tip moved while a request was out
  QLabel* networkLabel_;
  QLabel* heightLabel_;
  QLabel* peersLabel_;
  QLabel* syncLabel_;
  QTimer* pollTimer_;
};

}  // namespace wb::ui
