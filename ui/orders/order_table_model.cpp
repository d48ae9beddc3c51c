#include "ui/orders/order_table_model.h"

#include <QDateTime>
#include <algorithm>

#include "ui/orders/order_text.h"

namespace wb::ui {

OrderTableModel::OrderTableModel(node::NodeClient* client, const ChainParams& params, QObject* parent)
    : PagedTableModel(kColumnCount, parent), client_(client), params_(params), names_(params.hrp) {
  connect(client_, &node::NodeClient::orderChanged, this, [this](const OrderId& id) { reread(id); });
  connect(client_, &node::NodeClient::tipChanged, this, [this](const BlockHash&, quint64 height) { onTip(height); });
  QPointer<OrderTableModel> self(this);
  client_->status([self](Result<node::NodeStatus> status) {
    if (self && status && status->tip.height > self->tipHeight_) self->onTip(status->tip.height);
  });
}

void OrderTableModel::setFilter(OrderFilter filter) {
  filter_ = std::move(filter);
  shown_.clear();
  if (pager_) pager_->deleteLater();
  pager_ = new OrderPager(client_, filter_, pageSize_, this);
  ++listing_;
  pageRequest().abandon();  // a page in flight belongs to the listing dropped here
  replaceRows({});
  fetchMore({});
}

void OrderTableModel::setPageSize(std::size_t pageSize) { pageSize_ = std::max<std::size_t>(1, pageSize); }

void OrderTableModel::setNames(PartyNames names) {
  names_ = std::move(names);
  columnChanged(kCounterparty);
}

void OrderTableModel::setUnit(DisplayUnit unit) {
  unit_ = unit;
  columnChanged(kTotal);
}

int OrderTableModel::rowOf(const OrderId& id) const {
  if (shown_.count(id) == 0) return -1;
  const auto found = std::find_if(rows().begin(), rows().end(), [&](const state::Order& o) { return o.id == id; });
  return found == rows().end() ? -1 : static_cast<int>(found - rows().begin());
}

void OrderTableModel::requestNextPage() {
  const PageRequest::Ticket ticket = pageRequest().start();
  QPointer<OrderTableModel> self(this);
  const bool sent = pager_->fetchNext([self, ticket](Result<std::vector<state::Order>> page) {
    if (self) self->addPage(ticket, std::move(page));
  });
  if (!sent) pageRequest().abandon();  // the pager had nothing to fetch: no answer will come
}

void OrderTableModel::addPage(PageRequest::Ticket ticket, Result<std::vector<state::Order>> page) {
  if (!pageRequest().finish(ticket)) return;  // a page of an older listing
  if (!page) {
    setLastError(QString::fromStdString(page.error().message));
    emit loadFailed(lastError());
    return;
  }
  setLastError({});
  // An order already inserted by a change (orderChanged) is not listed twice.
  std::erase_if(*page, [this](const state::Order& o) { return shown_.count(o.id) > 0; });
  for (const state::Order& o : *page) {
    shown_.insert(o.id);
    fetchBlockTime(o.createdHeight);
  }
  appendPage(std::move(*page));
  emit pageLoaded();
}

void OrderTableModel::onTip(quint64 height) {
  tipHeight_ = height;
  columnChanged(kDeadline);
  // Deadlines fire inside blocks without an orderChanged: read those rows again.
  std::vector<OrderId> due;
  for (const state::Order& order : rows()) {
    if (order.deadline != 0 && order.deadline <= height) due.push_back(order.id);
  }
  for (const OrderId& id : due) reread(id);
  emit tipHeightChanged(height);
}

void OrderTableModel::reread(const OrderId& id) {
  if (!pager_) return;
  QPointer<OrderTableModel> self(this);
  const std::uint64_t listing = listing_;
  client_->order(id, [self, listing, id](Result<std::optional<state::Order>> order) {
    if (self && listing == self->listing_) self->place(id, std::move(order));
  });
}

void OrderTableModel::place(const OrderId& id, Result<std::optional<state::Order>> order) {
  if (!order) {
    emit loadFailed(QString::fromStdString(order.error().message));
    return;
  }
  const int row = rowOf(id);
  // Gone (a reorganisation took its block away) or no longer in this listing.
  const bool belongs = *order && pager_->offer(**order) == OrderPager::Placement::Shown;
  if (!belongs) {
    if (row >= 0) {
      shown_.erase(id);
      removeRowAt(row);
    }
    return;
  }
  state::Order& fresh = **order;
  fetchBlockTime(fresh.createdHeight);
  if (row >= 0) {
    updateRow(row, std::move(fresh));
    emit orderUpdated(id);
    return;
  }
  // New to this listing and newer than the last row shown: insert it in place.
  const auto at = std::upper_bound(rows().begin(), rows().end(), fresh, listsBefore);
  shown_.insert(id);
  insertRowsAt(static_cast<int>(at - rows().begin()), {std::move(fresh)});
  emit orderUpdated(id);
}

std::optional<std::uint64_t> OrderTableModel::blockTime(std::uint64_t height) const {
  const auto found = blockTimes_.find(height);
  return found == blockTimes_.end() ? std::nullopt : found->second;
}

void OrderTableModel::fetchBlockTime(std::uint64_t height) {
  if (blockTimes_.count(height) > 0) return;
  blockTimes_[height] = std::nullopt;
  QPointer<OrderTableModel> self(this);
  client_->blocks(height, 1, [self, height](Result<std::vector<node::BlockSummary>> blocks) {
    if (!self) return;
    if (!blocks || blocks->empty() || blocks->front().height != height) {
      self->blockTimes_.erase(height);  // asked again with the next row of that height
      return;
    }
    self->blockTimes_[height] = blocks->front().time;
    for (int row = 0; row < self->rowCount(); ++row) {
      if (self->rows()[static_cast<std::size_t>(row)].createdHeight == height) {
        emit self->dataChanged(self->index(row, kCreated), self->index(row, kCreated));
      }
    }
  });
}

QString OrderTableModel::counterparty(const state::Order& order) const {
  switch (filter_.role) {
    case state::PartyRole::Buyer:
    case state::PartyRole::Payer:
      return names_.name(order.merchant);
    case state::PartyRole::Merchant:
      return names_.name(order.buyer);
    case state::PartyRole::Arbiter:
    case state::PartyRole::Any:
      return QStringLiteral("%1 → %2").arg(names_.name(order.buyer), names_.name(order.merchant));
  }
  return {};
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const {
  const state::Order* order = orderAt(index.row());
  if (!order || index.column() < 0 || index.column() >= kColumnCount) return {};
  if (role == kOrderIdRole) return fullOrderId(order->id);
  if (role == kStatusRole) return index.column() == kState ? QVariant(static_cast<int>(order->status)) : QVariant();
  if (role == Qt::TextAlignmentRole && index.column() == kTotal) {
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
  }
  if (role == Qt::ToolTipRole) {  // the whole text of what the view may elide
    switch (index.column()) {
      case kId:
        return fullOrderId(order->id);
      case kItem:
      case kCounterparty:
        return data(index, Qt::DisplayRole);
      default:
        return {};
    }
  }
  if (role != Qt::DisplayRole) return {};
  const std::int64_t now = QDateTime::currentSecsSinceEpoch();
  switch (index.column()) {
    case kId:
      return shortOrderId(order->id);
    case kItem:
      return order->quantity == 1
                 ? QString::fromStdString(order->item)
                 : QStringLiteral("%1 × %2").arg(QString::fromStdString(order->item)).arg(order->quantity);
    case kCounterparty:
      return counterparty(*order);
    case kTotal:
      return displayAmount(order->total(), unit_);
    case kState:
      return orderStateName(order->status);
    case kDeadline:
      return deadlineText(order->deadline, tipHeight_, params_.blockTime, now);
    case kCreated:
      return heightText(order->createdHeight, blockTime(order->createdHeight));
    default:
      return {};
  }
}

QStringList OrderTableModel::columnTitles() const {
  const QString counterparty = filter_.role == state::PartyRole::Merchant  ? tr("Buyer")
                               : filter_.role == state::PartyRole::Arbiter ? tr("Buyer → merchant")
                                                                           : tr("Merchant");
  return {tr("Order"), tr("Item"), counterparty, tr("Total"), tr("State"), tr("Deadline"), tr("Created")};
}

}  // namespace wb::ui
