// The block explorer's list (DESIGN §8, Network): recent main-chain blocks,
// newest first, from NodeClient::blocks. The first page comes at once, older
// pages as the view scrolls (canFetchMore); a new tip puts its blocks on top,
// and a reorganisation (our top block no longer on the main chain) reloads.
#pragma once

#include <QAbstractTableModel>
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "interfaces/node_client.h"

namespace wb::ui {

class BlocksModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { kHeight, kTime, kHash, kProducer, kTxs, kSize, kColumnCount };
  static constexpr std::size_t kDefaultPageSize = 50;
  // The most blocks one request brings when catching up with the tip.
  static constexpr std::size_t kMaxCatchUp = 500;

  // `client` must outlive the model; `hrp` names producers as addresses.
  BlocksModel(node::NodeClient* client, std::string hrp, QObject* parent = nullptr);

  // Drops every row and loads the newest page.
  void reload();
  void setPageSize(std::size_t size) { pageSize_ = std::max<std::size_t>(size, 1); }

  const node::BlockSummary& block(int row) const { return rows_[static_cast<std::size_t>(row)]; }
  bool isLoading() const { return headTicket_ != 0 || tailTicket_ != 0; }
  QString lastError() const { return error_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent = {}) const override;
  void fetchMore(const QModelIndex& parent = {}) override;

signals:
  // An answer arrived (see lastError()).
  void loaded();

private:
  enum class Kind { Reload, Older, Newer };
  void request(Kind kind, std::uint64_t top, std::size_t count);
  void received(std::uint64_t ticket, Kind kind, Result<std::vector<node::BlockSummary>> blocks);
  void tipMoved(quint64 height);
  void restartFromTip();

  node::NodeClient* client_;
  std::string hrp_;
  std::size_t pageSize_ = kDefaultPageSize;
  std::vector<node::BlockSummary> rows_;  // newest first, consecutive heights
  std::uint64_t tipHeight_ = 0;           // the highest tip announced
  // The top of the list (reload, newer blocks) and its bottom (older pages) are
  // fetched independently, so a new tip never hides older pages from the view
  // and the reverse. Each direction has at most one request whose answer counts:
  // its ticket (0 = none); an answer with any other ticket is stale and dropped.
  std::uint64_t nextTicket_ = 0;
  std::uint64_t headTicket_ = 0;
  std::uint64_t tailTicket_ = 0;
  bool tipPending_ = false;  // a tip came while the head was being fetched
  QString error_;
};

}  // namespace wb::ui
