#include "ui/orders/order_actions.h"

#include <algorithm>

namespace wb::ui {

std::vector<OrderAction> allowedOrderActions(const state::Order& order, const AccountKey& account,
                                             std::uint64_t tipHeight) {
  using state::OrderStatus;
  std::vector<OrderAction> out;
  if (state::isFinal(order.status)) return out;
  if (order.deadline != 0 && order.deadline <= tipHeight + 1) return out;  // the deadline fires first

  const bool merchant = account == order.merchant;
  const bool buyer = account == order.buyer;
  const bool arbiter = order.hasArbiter() && account == order.arbiter;
  switch (order.status) {
    case OrderStatus::Created:
      if (!merchant && !arbiter) out.push_back(OrderAction::Pay);
      if (merchant || buyer) out.push_back(OrderAction::Cancel);
      break;
    case OrderStatus::Paid:
      if (merchant) out.push_back(OrderAction::Ship);
      if (merchant) out.push_back(OrderAction::Refund);
      if (buyer && order.hasArbiter()) out.push_back(OrderAction::Dispute);
      break;
    case OrderStatus::Shipped:
      if (buyer) out.push_back(OrderAction::Confirm);
      if (buyer && order.hasArbiter()) out.push_back(OrderAction::Dispute);
      break;
    case OrderStatus::Disputed:
      if (arbiter) out.push_back(OrderAction::Resolve);
      break;
    default:
      break;
  }
  return out;
}

bool isOrderActionAllowed(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight,
                          OrderAction action) {
  const auto allowed = allowedOrderActions(order, account, tipHeight);
  return std::find(allowed.begin(), allowed.end(), action) != allowed.end();
}

}  // namespace wb::ui
