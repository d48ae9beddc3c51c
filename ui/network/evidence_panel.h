// DPoS double production on the Network page (DESIGN §4): each time a delegate
// signed two blocks for one slot, the delegate, the slot's time, the height and
// both blocks. Read through NodeClient::evidence when shown and on every tip
// change (the node finds evidence when a competing block arrives).
#pragma once

#include <QWidget>
#include <string>
#include <vector>

#include "chain/core/double_production_evidence.h"
#include "interfaces/node_client.h"

class QLabel;
class QTableWidget;

namespace wb::ui {

class EvidencePanel : public QWidget {
  Q_OBJECT
public:
  // `client` must outlive the panel; `hrp` names delegates as addresses.
  EvidencePanel(node::NodeClient* client, std::string hrp, QWidget* parent = nullptr);

  // Reads the evidence now.
  void refresh();
  // Rows shown (one per piece of evidence).
  int rowCount() const;

signals:
  // The evidence arrived and is shown.
  void refreshed();

protected:
  void changeEvent(QEvent* event) override;

private:
  void showEvidence(const std::vector<DoubleProductionEvidence>& evidence);
  void retranslateUi();

  node::NodeClient* client_;
  std::string hrp_;
  bool pending_ = false;
  QLabel* title_;
  QLabel* none_;
  QTableWidget* table_;
};

}  // namespace wb::ui
