#include "chain/state/order_queries.h"

#include <algorithm>

#include "chain/core/keys.h"
#include "chain/state/state_errc.h"

namespace wb::state {

Result<OrderPage> listOrders(const StateView& state, const OrderQuery& query) {
  const std::size_t limit = std::max<std::size_t>(1, query.limit);
  const Bytes prefix = KeyWriter().fixed(query.party).u8(static_cast<std::uint8_t>(query.role)).take();
  // Start just below the cursor, or at the end of this party-and-role range.
  Bytes upper = query.before ? encodePartyKey(query.party, query.role, query.before->createdHeight, query.before->id)
                             : KeyWriter().fixed(query.party).u8(static_cast<std::uint8_t>(query.role) + 1).take();
  OrderPage page;
  for (;;) {
    WB_TRY_ASSIGN(entry, state.reader().before(Table::OrdersByParty, upper));
    if (!*entry || !std::equal(prefix.begin(), prefix.end(), (*entry)->first.begin(),
                               (*entry)->first.begin() + std::min((*entry)->first.size(), prefix.size()))) {
      return page;  // left this party's range: no more pages
    }
    upper = (*entry)->first;
    KeyReader key(upper, "orders_by_party key");
    auto party = key.fixed<32>();
    auto role = party ? key.u8() : Result<std::uint8_t>(party.error());
    auto height = role ? key.u64() : Result<std::uint64_t>(role.error());
    auto id = height ? key.fixed<32>() : Result<Hash32>(height.error());
    if (!id) return fail(StateErrc::Corrupt, "an orders_by_party entry is damaged");
    if (page.orders.size() == limit) {
      page.next = OrderCursor{page.orders.back().createdHeight, page.orders.back().id};
      return page;
    }
    WB_TRY_ASSIGN(order, state.order(OrderId{*id}));
    if (!*order) return fail(StateErrc::Corrupt, "an orders_by_party entry names a missing order");
    if (!query.status || (*order)->status == *query.status) page.orders.push_back(std::move(**order));
  }
}

}  // namespace wb::state
