// Block production on the Staking page (DESIGN §8): on PoW a mining switch and
// the hash rate; on PoS and DPoS whether this node produces and when its next
// block is due. Polls NodeClient::producer while shown and on every tip.
#pragma once

#include <QWidget>

#include "interfaces/node_client.h"

class QCheckBox;
class QLabel;

namespace wb::ui {

class VisiblePoller;

class ProducerPanel : public QWidget {
  Q_OBJECT
public:
  // How often the status is read while the panel is visible.
  static constexpr int kPollMs = 2000;

  // `client` must outlive the panel.
  ProducerPanel(node::NodeClient* client, ConsensusKind consensus, QWidget* parent = nullptr);

  // Reads the producer's state now.
  void refresh();
  // The last state read, if any.
  const std::optional<node::ProducerStatus>& status() const { return status_; }

signals:
  // A state arrived.
  void statusChanged();

protected:
  void changeEvent(QEvent* event) override;

private:
  void toggled(bool on);
  void render();
  void retranslateUi();

  node::NodeClient* client_;
  ConsensusKind consensus_;
  std::optional<node::ProducerStatus> status_;
  QString readProblem_;    // why the state could not be read
  QString switchProblem_;  // why the last switch was refused
  bool inFlight_ = false;
  QCheckBox* switch_;
  QLabel* state_;
  QLabel* errorLabel_;
  VisiblePoller* poll_;
};

}  // namespace wb::ui
