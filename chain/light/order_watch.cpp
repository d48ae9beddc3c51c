#include "chain/light/order_watch.h"

#include <QPointer>

#include "chain/light/light_node.h"

namespace wb::light {
OrderWatch::OrderWatch(LightNode& node) : QObject(&node), node_(node) {
  connect(&node_.sync(), &LightSync::tipChanged, this, &OrderWatch::onTip);
}

void OrderWatch::watchOrder(const OrderId& id, const std::optional<state::Order>& known) {
  listed_.insert(id);                            // known to the asker: never announced as new
  if (known && state::isFinal(known->status)) {  // no block changes it any more (a reorganisation aside)
    orders_.erase(id);
    return;
  }
  if (orders_.size() >= kMaxWatchedOrders && !orders_.contains(id)) return;
  orders_[id] = known;
}

void OrderWatch::watchParty(const AccountKey& party) { parties_.insert(party); }

void OrderWatch::onTip() {
  if (outstanding_ > 0) {
    tipAgain_ = true;  // one round at a time; the next one covers this tip
    return;
  }
  tipAgain_ = false;
  outstanding_ = 1;  // held until every request of the round is out
  for (const AccountKey& party : parties_) {
    ++outstanding_;
    node_.sync().requestOrderIds(party, kWatchedPartyOrders, std::nullopt,
                                 [self = QPointer<OrderWatch>(this)](const Result<OrderIdsPage>& page) {
                                   if (!self) return;
                                   if (page) {
                                     for (const net::OrderRef& ref : page->orders) {
                                       if (self->listed_.contains(ref.id)) continue;
                                       self->watchOrder(ref.id, std::nullopt);
                                       emit self->orderChanged(ref.id);
                                     }
                                   }
                                   self->roundStep();
                                 });
  }
  std::vector<OrderId> ids;
  for (const auto& [id, known] : orders_) ids.push_back(id);
  for (const OrderId& id : ids) checkOrder(id);
  roundStep();
}

void OrderWatch::checkOrder(const OrderId& id) {
  ++outstanding_;
  node_.proveOrder(id, [self = QPointer<OrderWatch>(this), id](Result<Proven<std::optional<state::Order>>> order) {
    if (!self) return;
    if (order) {
      const auto found = self->orders_.find(id);
      const bool changed = found == self->orders_.end() || found->second != order->value;
      if (found != self->orders_.end()) self->watchOrder(id, order->value);
      if (changed) emit self->orderChanged(id);
    }
    self->roundStep();
  });
}

void OrderWatch::roundStep() {
  if (--outstanding_ > 0) return;
  if (tipAgain_) onTip();
}

}  // namespace wb::light
