// The words and numbers the order screens show: translated state and action
// names, short ids, heights with their block's date, and deadlines turned into
// "in N blocks" with a date estimate.
#pragma once

#include <QString>
#include <cstdint>
#include <optional>

#include "chain/state/records.h"
#include "ui/orders/order_actions.h"

namespace wb::ui {

// "Created", "Paid"… in the user's language.
QString orderStateName(state::OrderStatus status);

// "Pay", "Ship"… (button captions) in the user's language.
QString orderActionName(OrderAction action);

// The first 12 hex digits of an order id and an ellipsis: enough to tell orders apart.
QString shortOrderId(const Hash32& id);

// The full id as 64 hex digits.
QString fullOrderId(const OrderId& id);

// When a future block `height` will be made, estimated from the tip: `nowSecs` +
// (height − tipHeight) × blockTime; `nowSecs` for heights already made. Unix seconds.
std::int64_t estimateBlockTime(std::uint64_t height, std::uint64_t tipHeight, std::uint64_t blockTime,
                               std::int64_t nowSecs);

// "in N blocks (≈ 2024-05-01 14:00)" for a deadline still ahead, "due now" when it
// fires with the next block, "—" for none (0). N = deadline − tipHeight.
QString deadlineText(std::uint64_t deadline, std::uint64_t tipHeight, std::uint64_t blockTime, std::int64_t nowSecs);

// "block H, 2024-05-01 14:00" for a block already made, dated by its header time
// (blockDateText); just "block H" while that time is not known yet.
QString heightText(std::uint64_t height, std::optional<std::uint64_t> headerTime);

}  // namespace wb::ui
