// The explorer's detail pane (DESIGN §8, Network): one block (header fields and
// its transactions; clicking a transaction opens it) or one transaction (kind,
// sender, fee, what it moves, where it is: mempool or block).
#pragma once

#include <QWidget>
#include <string>

#include "interfaces/node_client.h"
#include "ui/display_unit.h"

class QLabel;
class QTableWidget;

namespace wb::ui {

class ExplorerDetail : public QWidget {
  Q_OBJECT
public:
  // `hrp` names accounts as addresses.
  explicit ExplorerDetail(std::string hrp, QWidget* parent = nullptr);

  void showBlock(const node::BlockLookup& block);
  void showTransaction(const node::TxLookup& tx);
  // A plain message instead (nothing found, an error).
  void showMessage(const QString& text);
  void setUnit(DisplayUnit unit) { unit_ = unit; }

signals:
  // A transaction of the shown block was activated.
  void transactionActivated(wb::Hash32 txid);

private:
  QString address(const AccountKey& key) const;
  QString amount(Amount units) const;
  // What a transaction moves, in one line.
  QString summary(const Tx& tx) const;

  std::string hrp_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  QLabel* header_;
  QTableWidget* txs_;
};

}  // namespace wb::ui
