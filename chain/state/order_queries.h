// Paged order listings for the RPC and the GUI: a party's orders, newest first,
// optionally limited to one role and one state. Pages continue from a cursor so
// a table model can fetch more as the user scrolls.
#pragma once

#include <optional>
#include <vector>

#include "chain/state/state_tables.h"

namespace wb::state {

// Where the next page starts: the (created height, id) of the last order returned.
struct OrderCursor {
  std::uint64_t createdHeight = 0;
  OrderId id{};
  bool operator==(const OrderCursor&) const = default;
};

struct OrderQuery {
  AccountKey party{};
  PartyRole role = PartyRole::Any;
  std::optional<OrderStatus> status;  // nullopt = every state
  std::size_t limit = 50;             // at most this many orders (≥ 1)
  std::optional<OrderCursor> before;  // continue after an earlier page
};

struct OrderPage {
  std::vector<Order> orders;
  std::optional<OrderCursor> next;  // nullopt when there is nothing more
};

// One page of `query.party`'s orders, newest first.
[[nodiscard]] Result<OrderPage> listOrders(const StateView& state, const OrderQuery& query);

}  // namespace wb::state
