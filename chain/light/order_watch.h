// Keeps a light node's view of the orders it was asked about fresh (DESIGN
// §11: records are refreshed when a new header arrives). A full node says which
// orders a block touched; a light node sees headers only, so at every new tip
// it asks again: the ids of each watched party's newest orders (a new one is
// announced) and the proof of each watched order that can still change (one
// whose proven record differs is announced). Orders in a final state are
// dropped from the watch; at most kMaxWatchedOrders are watched.
//
// Lives on the light node's thread, a child of the LightNode.
#pragma once

#include <QObject>
#include <map>
#include <optional>
#include <set>

#include "chain/core/tx.h"
#include "chain/state/records.h"

namespace wb::light {

class LightNode;

inline constexpr std::size_t kMaxWatchedOrders = 500;
inline constexpr std::uint32_t kWatchedPartyOrders = 50;  // newest order ids asked per party and tip

class OrderWatch : public QObject {
  Q_OBJECT
public:
  explicit OrderWatch(LightNode& node);

  // Watches order `id`, last proven as `known` (nullopt: absent or not yet read).
  void watchOrder(const OrderId& id, const std::optional<state::Order>& known);
  // Watches `party`'s newest orders, so new ones are announced.
  void watchParty(const AccountKey& party);

signals:
  // The order's proven record changed, or it is new among a watched party's orders.
  void orderChanged(wb::OrderId id);

private:
  void onTip();
  void checkOrder(const OrderId& id);
  // One request of this round came back; the next round starts if a tip came meanwhile.
  void roundStep();

  LightNode& node_;
  std::map<OrderId, std::optional<state::Order>> orders_;
  std::set<AccountKey> parties_;
  std::set<OrderId> listed_;     // ids the parties' lists already showed (a new one is announced once)
  std::size_t outstanding_ = 0;  // requests of the running round
  bool tipAgain_ = false;        // a new tip came during the round
};

}  // namespace wb::light
