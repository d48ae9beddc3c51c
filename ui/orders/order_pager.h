// Pages of the orders of one or several accounts in one role, newest first,
// merged across the accounts (DESIGN §8: table models fetch in pages, never the
// whole ledger). Each account's orders come from NodeClient::orders with its own
// cursor; a page is merged only once every account still listing has at least a
// page buffered (or has no more), so no later answer can hold a newer order than
// one already handed out. Used by the orders table and by CSV export.
#pragma once

#include <QObject>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

#include "chain/state/order_queries.h"
#include "interfaces/node_client.h"
#include "ui/paged_rows.h"

namespace wb::ui {

// Which orders a listing holds.
struct OrderFilter {
  std::vector<AccountKey> parties;  // the wallet accounts whose orders are listed
  state::PartyRole role = state::PartyRole::Buyer;
  std::optional<state::OrderStatus> status;  // nullopt = every state
};

// True when `order` lists under `filter`: one of its parties holds the role and the state fits.
bool orderMatches(const OrderFilter& filter, const state::Order& order);

// The listing order: newer (created height, then id) first. True when `a` comes before `b`.
bool listsBefore(const state::Order& a, const state::Order& b);

class OrderPager : public QObject {
  Q_OBJECT
public:
  using PageDone = std::function<void(Result<std::vector<state::Order>>)>;

  // `client` must outlive the pager; `pageSize` ≥ 1.
  OrderPager(node::NodeClient* client, OrderFilter filter, std::size_t pageSize, QObject* parent = nullptr);

  // Starts fetching the next page (up to pageSize orders, newest first); `done`
  // runs later on this thread with it, or with the node's error (the pager can be
  // asked again). Returns false, doing nothing, while a page is in flight or at the end.
  bool fetchNext(PageDone done);
  // Returns true while a page is in flight.
  bool busy() const { return pageRequest_.busy(); }
  // True once every order has been handed out.
  bool atEnd() const;

  // Where a changed order belongs now.
  enum class Placement {
    None,   // not in this listing (any buffered copy was dropped)
    Shown,  // among the orders already handed out (the caller updates or inserts it)
    Later,  // in a page still to come (kept up to date here)
  };
  // Tells the pager that `order` changed (orderChanged, deadline): it updates its
  // buffered copy or buffers it where a page already fetched would have held it.
  Placement offer(const state::Order& order);

  const OrderFilter& filter() const { return filter_; }
  std::size_t pageSize() const { return pageSize_; }

private:
  struct Source {
    AccountKey party{};
    std::deque<state::Order> buffer;           // fetched, not handed out; listing order
    std::optional<state::OrderCursor> cursor;  // where its next answer starts
    bool exhausted = false;                    // the node has nothing more for it
  };

  // `index` is the account answered (nullopt: none was asked).
  void answer(PageRequest::Ticket ticket, std::optional<std::size_t> index, Result<state::OrderPage> page);
  // Hands out the next page from the buffers (all filled or exhausted).
  std::vector<state::Order> merge();
  // True when `source` already fetched the listing position of `order`.
  static bool covers(const Source& source, const state::Order& order);
  bool relates(const Source& source, const state::Order& order) const;

  node::NodeClient* client_;
  OrderFilter filter_;
  std::size_t pageSize_;
  std::vector<Source> sources_;
  std::optional<state::OrderCursor> lastHandedOut_;  // the oldest order handed out so far
  PageRequest pageRequest_;                          // the page in flight; one at a time
  std::size_t pending_ = 0;                          // the accounts' answers it still waits for
  std::optional<Error> pageError_;
  PageDone done_;
  std::vector<state::Order> offeredWhileBusy_;
};

}  // namespace wb::ui
