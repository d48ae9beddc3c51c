// The delegates table (DESIGN §8, Staking): every registered delegate of the tip
// state, ranked, from NodeClient::delegates, fetched again (one request at a
// time) when the tip moves. The Name column is checkable: the checked delegates
// are the ballot the Vote button sends, at most `maxVotes` of them.
#pragma once

#include <QAbstractTableModel>
#include <set>
#include <string>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/display_unit.h"

namespace wb::ui {

class DelegatesModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { kRank, kName, kVotes, kProduced, kMissed, kActive, kAddress, kColumnCount };

  // `client` must outlive the model; `params` gives max_votes and the hrp.
  DelegatesModel(node::NodeClient* client, const ChainParams& params, QObject* parent = nullptr);

  // Asks the node for the list again (answers later; coalesced while one is in flight).
  void refresh();
  void setUnit(DisplayUnit unit);

  const node::DelegateEntry& delegate(int row) const { return rows_[static_cast<std::size_t>(row)]; }
  // The checked delegates, in rank order.
  std::vector<AccountKey> ballot() const;
  // Checks exactly `keys` (those still registered).
  void setBallot(const std::vector<AccountKey>& keys);
  // The last error of a request, empty when it worked.
  QString lastError() const { return error_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
  // A list arrived (or failed: see lastError()).
  void refreshed();
  // The ballot changed; `full` when it holds max_votes delegates.
  void ballotChanged(bool full);

private:
  void received(Result<std::vector<node::DelegateEntry>> entries);

  node::NodeClient* client_;
  const ChainParams& params_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::vector<node::DelegateEntry> rows_;
  std::set<AccountKey> ballot_;
  bool inFlight_ = false;
  bool again_ = false;
  QString error_;
};

}  // namespace wb::ui
