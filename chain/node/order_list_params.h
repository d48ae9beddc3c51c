// order_list's parameters (DESIGN §7), read the same way by full and light
// nodes: address, role ("any", "buyer", "merchant", "arbiter", "payer"),
// status ("CREATED" … "EXPIRED"), limit (1 … kMaxOrderPage, 50 when absent)
// and before (the "HEIGHT-IDHEX" cursor an earlier page returned as "next").
#pragma once

#include <QString>
#include <string_view>

#include "chain/rpc/rpc_params.h"
#include "chain/state/order_queries.h"

namespace wb::node {

inline constexpr std::int64_t kMaxOrderPage = 500;

// The query `params` ask for (after params.finish()); invalidParam errors.
[[nodiscard]] Result<state::OrderQuery> readOrderListParams(rpc::RpcParams& params, std::string_view hrp);

// "HEIGHT-IDHEX": how a cursor travels in order_list's "next" and "before".
QString orderCursorString(const state::OrderCursor& cursor);

// Whether `party` takes part in `order` in `role` (Any: as buyer, merchant, arbiter or payer).
bool takesPart(const state::Order& order, const AccountKey& party, state::PartyRole role);

}  // namespace wb::node
