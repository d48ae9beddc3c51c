#include "chain/state/order_transition.h"

#include <algorithm>
#include <string>

#include "chain/state/state_errc.h"

namespace wb::state {
namespace {

OrderTransition movedTo(OrderStatus status, Amount escrow, std::uint64_t deadline) {
  return OrderTransition{.after = {status, escrow, deadline}};
}

// Ends the order: the escrow leaves it, `toPayer` (capped at the escrow) to the
// payer and the rest to the merchant; no deadline remains.
OrderTransition closedAs(OrderStatus status, const OrderStage& before, Amount toPayer) {
  toPayer = std::min(toPayer, before.escrow);
  return OrderTransition{.after = {status, 0, 0}, .toPayer = toPayer, .toMerchant = before.escrow - toPayer};
}

}  // namespace

OrderStage openedOrder(std::uint64_t height, const OrderWindows& windows) {
  return OrderStage{OrderStatus::Created, 0, height + windows.pay};
}

OrderTransition payTransition(Amount amount, std::uint64_t height, const OrderWindows& windows) {
  return movedTo(OrderStatus::Paid, amount, height + windows.ship);
}

OrderTransition shipTransition(const OrderStage& before, std::uint64_t height, const OrderWindows& windows) {
  return movedTo(OrderStatus::Shipped, before.escrow, height + windows.confirm);
}

OrderTransition confirmTransition(const OrderStage& before) { return closedAs(OrderStatus::Completed, before, 0); }

OrderTransition cancelTransition(const OrderStage& before) {
  if (before.status == OrderStatus::Paid) return closedAs(OrderStatus::Refunded, before, before.escrow);
  return closedAs(OrderStatus::Cancelled, before, 0);
}

OrderTransition disputeTransition(const OrderStage& before, std::uint64_t height, std::uint32_t disputeWindow) {
  return movedTo(OrderStatus::Disputed, before.escrow, height + disputeWindow);
}

OrderTransition resolveTransition(const OrderStage& before, Amount toPayer) {
  return closedAs(OrderStatus::Resolved, before, toPayer);
}

Result<OrderTransition> deadlineTransition(const OrderStage& before) {
  switch (before.status) {
    case OrderStatus::Created:
      return closedAs(OrderStatus::Expired, before, 0);
    case OrderStatus::Paid:  // never shipped: the payer gets the money back
      return closedAs(OrderStatus::Refunded, before, before.escrow);
    case OrderStatus::Shipped:  // never confirmed: auto-confirm
      return closedAs(OrderStatus::Completed, before, 0);
    case OrderStatus::Disputed:  // never ruled: an even split, the odd unit to the merchant
      return closedAs(OrderStatus::Resolved, before, before.escrow / 2);
    default:
      return fail(StateErrc::Corrupt, "a " + std::string(orderStatusName(before.status)) + " order has no deadline");
  }
}

}  // namespace wb::state
