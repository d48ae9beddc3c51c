// The orders table (DESIGN §8): one role (buying, selling, arbitrating) of one or
// several wallet accounts, optionally one state, newest first. Rows arrive a page
// at a time from the node (OrderPager → NodeClient::orders) as the view scrolls
// (canFetchMore / fetchMore), never the whole ledger at once. Rows follow the node:
// orderChanged updates, inserts or removes one row, and a new tip refreshes the
// deadline column and re-reads the rows whose deadline has fired, without a reset.
// "Created" is dated by the header time of the order's block (fetched once per
// height), so it never drifts and matches the Activity page.
#pragma once

#include <QPointer>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "chain/core/params.h"
#include "interfaces/node_client.h"
#include "ui/display_unit.h"
#include "ui/orders/order_pager.h"
#include "ui/orders/party_names.h"
#include "ui/paged_rows.h"

namespace wb::ui {

class OrderTableModel : public PagedTableModel<state::Order> {
  Q_OBJECT
public:
  enum Column { kId, kItem, kCounterparty, kTotal, kState, kDeadline, kCreated, kColumnCount };
  // data(index, kOrderIdRole) is the order id as 64 hex digits.
  static constexpr int kOrderIdRole = Qt::UserRole + 1;
  // data(index in kState, kStatusRole) is the state::OrderStatus as an int (badges).
  static constexpr int kStatusRole = Qt::UserRole + 2;
  static constexpr std::size_t kDefaultPageSize = 100;

  // `client` must outlive the model; `params` gives the block time for date estimates.
  OrderTableModel(node::NodeClient* client, const ChainParams& params, QObject* parent = nullptr);

  // Lists `filter` from the top again (a reset), fetching its first page.
  void setFilter(OrderFilter filter);
  const OrderFilter& filter() const { return filter_; }
  // Orders per page from now on (≥ 1); applies from the next setFilter().
  void setPageSize(std::size_t pageSize);
  std::size_t pageSize() const { return pageSize_; }
  // Names shown for the counterparty column.
  void setNames(PartyNames names);
  const PartyNames& names() const { return names_; }
  // Shows totals in `unit`.
  void setUnit(DisplayUnit unit);
  DisplayUnit unit() const { return unit_; }

  // The order of `row`, or null outside the table.
  const state::Order* orderAt(int row) const { return rowAt(row); }
  // The row of order `id`, or -1.
  int rowOf(const OrderId& id) const;
  // The tip height the deadlines are counted from (0 until the node answered).
  std::uint64_t tipHeight() const { return tipHeight_; }
  // The header time of block `height` once the node told it (Created column).
  std::optional<std::uint64_t> blockTime(std::uint64_t height) const;
  // True while a page is on its way.
  bool isLoading() const { return pageRequest().busy(); }

  // Returns the text, tooltip, alignment, id (kOrderIdRole) or state (kStatusRole)
  // of the cell at `index` for `role`; nothing outside the table.
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
  // A page arrived (its rows are in the table).
  void pageLoaded();
  // A page or an order could not be read; `message` says why.
  void loadFailed(const QString& message);
  // The row of order `id` now shows a newer state (the detail panel follows it).
  void orderUpdated(const wb::Hash32& id);
  // The tip moved; deadlines are counted from `height`.
  void tipHeightChanged(quint64 height);

protected:
  // PagedTableModel: the titles of the columns, whether the listing has orders
  // beyond the rows, and asking the pager for them.
  QStringList columnTitles() const override;
  bool hasNextPage() const override { return pager_ && !pager_->atEnd(); }
  void requestNextPage() override;

private:
  void addPage(PageRequest::Ticket ticket, Result<std::vector<state::Order>> page);
  void onTip(quint64 height);
  // Reads order `id` again and places its new state.
  void reread(const OrderId& id);
  void place(const OrderId& id, Result<std::optional<state::Order>> order);
  QString counterparty(const state::Order& order) const;
  // Asks the node for the header time of block `height` once; the rows created
  // there are redrawn when it arrives.
  void fetchBlockTime(std::uint64_t height);

  node::NodeClient* client_;
  ChainParams params_;
  OrderFilter filter_;
  std::size_t pageSize_ = kDefaultPageSize;
  PartyNames names_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::set<OrderId> shown_;  // the ids in rows(), so a page is checked for repeats quickly
  QPointer<OrderPager> pager_;
  std::uint64_t listing_ = 0;  // bumped by setFilter: re-read orders of an older listing are dropped
  std::uint64_t tipHeight_ = 0;
  std::map<std::uint64_t, std::optional<std::uint64_t>> blockTimes_;  // nullopt: asked, no answer yet
};

}  // namespace wb::ui
