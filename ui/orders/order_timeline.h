// The steps of an order's life for the detail panel (DESIGN §8): Created → Paid →
// Shipped → Completed with the height of each step reached, the Disputed branch
// and the other endings (Cancelled, Refunded, Resolved, Expired) as they happen,
// and the steps still ahead of a live order.
#pragma once

#include <cstdint>
#include <vector>

#include "chain/state/records.h"

namespace wb::ui {

struct TimelineStep {
  state::OrderStatus status = state::OrderStatus::Created;
  std::uint64_t height = 0;  // the block it happened in; 0 while ahead
  bool reached = false;
  bool current = false;  // the step the order is at now
  bool operator==(const TimelineStep&) const = default;
};

// The timeline of `order`, oldest step first.
std::vector<TimelineStep> orderTimeline(const state::Order& order);

}  // namespace wb::ui
