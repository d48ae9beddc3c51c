#include "ui/orders/order_timeline.h"

namespace wb::ui {

std::vector<TimelineStep> orderTimeline(const state::Order& order) {
  using state::OrderStatus;
  std::vector<TimelineStep> steps;
  const auto reached = [&](OrderStatus status, std::uint64_t height) {
    steps.push_back({status, height, true, false});
  };
  const auto ahead = [&](OrderStatus status) { steps.push_back({status, 0, false, false}); };

  reached(OrderStatus::Created, order.createdHeight);
  if (order.paidHeight != 0) reached(OrderStatus::Paid, order.paidHeight);
  if (order.shippedHeight != 0) reached(OrderStatus::Shipped, order.shippedHeight);
  if (order.disputedHeight != 0) reached(OrderStatus::Disputed, order.disputedHeight);
  if (state::isFinal(order.status)) reached(order.status, order.closedHeight);
  steps.back().current = true;

  switch (order.status) {
    case OrderStatus::Created:
      ahead(OrderStatus::Paid);
      [[fallthrough]];
    case OrderStatus::Paid:
      ahead(OrderStatus::Shipped);
      [[fallthrough]];
    case OrderStatus::Shipped:
      ahead(OrderStatus::Completed);
      break;
    case OrderStatus::Disputed:
      ahead(OrderStatus::Resolved);
      break;
    default:
      break;
  }
  return steps;
}

}  // namespace wb::ui
