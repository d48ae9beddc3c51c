#include "ui/orders/order_pager.h"

#include <QPointer>
#include <algorithm>

namespace wb::ui {
namespace {

state::OrderCursor keyOf(const state::Order& order) { return {order.createdHeight, order.id}; }

// True when `a` lists before (is newer than) `b`.
bool newer(const state::OrderCursor& a, const state::OrderCursor& b) {
  return a.createdHeight != b.createdHeight ? a.createdHeight > b.createdHeight : a.id > b.id;
}

bool contains(const std::vector<AccountKey>& keys, const AccountKey& key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

bool orderMatches(const OrderFilter& filter, const state::Order& order) {
  if (filter.status && order.status != *filter.status) return false;
  using state::PartyRole;
  const auto holds = [&](const AccountKey& key) { return !isZero(key) && contains(filter.parties, key); };
  switch (filter.role) {
    case PartyRole::Buyer:
      return holds(order.buyer);
    case PartyRole::Merchant:
      return holds(order.merchant);
    case PartyRole::Arbiter:
      return holds(order.arbiter);
    case PartyRole::Payer:
      return holds(order.payer);
    case PartyRole::Any:
      return holds(order.buyer) || holds(order.merchant) || holds(order.arbiter) || holds(order.payer);
  }
  return false;
}

bool listsBefore(const state::Order& a, const state::Order& b) { return newer(keyOf(a), keyOf(b)); }

OrderPager::OrderPager(node::NodeClient* client, OrderFilter filter, std::size_t pageSize, QObject* parent)
    : QObject(parent), client_(client), filter_(std::move(filter)), pageSize_(std::max<std::size_t>(1, pageSize)) {
  for (const AccountKey& party : filter_.parties) {
    if (std::none_of(sources_.begin(), sources_.end(), [&](const Source& s) { return s.party == party; })) {
      sources_.push_back(Source{party, {}, std::nullopt, false});
    }
  }
}

bool OrderPager::atEnd() const {
  return std::all_of(sources_.begin(), sources_.end(), [](const Source& s) { return s.exhausted && s.buffer.empty(); });
}

bool OrderPager::fetchNext(PageDone done) {
  if (busy() || atEnd()) return false;
  const PageRequest::Ticket ticket = pageRequest_.start();
  done_ = std::move(done);
  pageError_.reset();
  QPointer<OrderPager> self(this);
  std::vector<std::size_t> refill;
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    if (!sources_[i].exhausted && sources_[i].buffer.size() < pageSize_) refill.push_back(i);
  }
  pending_ = refill.size();
  if (refill.empty()) {  // the buffers already hold a page: still answer later, as always
    pending_ = 1;
    QMetaObject::invokeMethod(
        this,
        [self, ticket] {
          if (self) self->answer(ticket, std::nullopt, Result<state::OrderPage>(state::OrderPage{}));
        },
        Qt::QueuedConnection);
    return true;
  }
  for (std::size_t i : refill) {
    const Source& source = sources_[i];
    state::OrderQuery query;
    query.party = source.party;
    query.role = filter_.role;
    query.status = filter_.status;
    query.limit = pageSize_ - source.buffer.size();  // a non-final answer fills the buffer exactly
    query.before = source.cursor;
    client_->orders(query, [self, ticket, i](Result<state::OrderPage> page) {
      if (self) self->answer(ticket, i, std::move(page));
    });
  }
  return true;
}

void OrderPager::answer(PageRequest::Ticket ticket, std::optional<std::size_t> index, Result<state::OrderPage> page) {
  if (!pageRequest_.expects(ticket)) return;
  if (!page) {
    if (!pageError_) pageError_ = page.error();
  } else if (index) {
    Source& source = sources_[*index];
    for (state::Order& order : page->orders) {
      const bool known = std::any_of(source.buffer.begin(), source.buffer.end(),
                                     [&](const state::Order& o) { return o.id == order.id; });
      if (!known) source.buffer.push_back(std::move(order));
    }
    std::sort(source.buffer.begin(), source.buffer.end(), listsBefore);
    source.cursor = page->next;
    source.exhausted = !page->next;
  }
  if (--pending_ > 0) return;
  (void)pageRequest_.finish(ticket);  // the page is complete: no longer busy
  // Changes heard while the answers travelled may predate them: place them again
  // now that the cursors say which range each account has fetched.
  for (const state::Order& order : std::exchange(offeredWhileBusy_, {})) (void)offer(order);
  PageDone done = std::exchange(done_, nullptr);
  if (pageError_) {
    done(*pageError_);
    return;
  }
  done(merge());
}

std::vector<state::Order> OrderPager::merge() {
  std::vector<state::Order> page;
  while (page.size() < pageSize_) {
    Source* best = nullptr;
    for (Source& source : sources_) {
      if (!source.buffer.empty() && (!best || listsBefore(source.buffer.front(), best->buffer.front()))) {
        best = &source;
      }
    }
    if (!best) break;
    page.push_back(std::move(best->buffer.front()));
    best->buffer.pop_front();
  }
  if (!page.empty()) lastHandedOut_ = keyOf(page.back());
  return page;
}

bool OrderPager::covers(const Source& source, const state::Order& order) {
  if (source.exhausted) return true;
  return source.cursor && newer(keyOf(order), *source.cursor);
}

bool OrderPager::relates(const Source& source, const state::Order& order) const {
  OrderFilter one{{source.party}, filter_.role, std::nullopt};
  return orderMatches(one, order);
}

OrderPager::Placement OrderPager::offer(const state::Order& order) {
  if (busy()) offeredWhileBusy_.push_back(order);
  const bool matches = orderMatches(filter_, order);
  for (Source& source : sources_) {
    auto found = std::find_if(source.buffer.begin(), source.buffer.end(),
                              [&](const state::Order& o) { return o.id == order.id; });
    if (found != source.buffer.end()) {
      if (matches && relates(source, order)) {
        *found = order;
        return Placement::Later;
      }
      source.buffer.erase(found);
    }
  }
  if (!matches) return Placement::None;
  // Everything is handed out, or it sorts among what was: the caller shows it.
  if (atEnd() || (lastHandedOut_ && !newer(*lastHandedOut_, keyOf(order)))) return Placement::Shown;
  for (Source& source : sources_) {
    if (!relates(source, order) || !covers(source, order)) continue;
    // Fetched past its place without it (it did not match then): buffer it now.
    source.buffer.insert(std::upper_bound(source.buffer.begin(), source.buffer.end(), order, listsBefore), order);
    return Placement::Later;
  }
  return Placement::Later;  // a later answer from the node will hold it
}

}  // namespace wb::ui
