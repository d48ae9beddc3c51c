// Orders as most tests place them: plain fields and windows the test names, or
// the network's default ones; no arbiter and no note (a test sets those itself).
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb::testsupport {

// `quantity` × `item` at `unitPrice` from `merchant` to `buyer`, every window
// (pay, ship, confirm) `window` blocks long.
inline OrderCreatePayload orderWithWindows(std::uint32_t window, const AccountKey& merchant, const AccountKey& buyer,
                                           std::string item, std::uint32_t quantity, Amount unitPrice) {
  OrderCreatePayload order;
  order.merchant = merchant;
  order.buyer = buyer;
  order.item = std::move(item);
  order.quantity = quantity;
  order.unitPrice = unitPrice;
  order.payWindow = order.shipWindow = order.confirmWindow = window;
  return order;
}

// The same with `params`' default pay, ship and confirm windows.
inline OrderCreatePayload orderWithDefaultWindows(const ChainParams& params, const AccountKey& merchant,
                                                  const AccountKey& buyer, std::string item, std::uint32_t quantity,
                                                  Amount unitPrice) {
  OrderCreatePayload order = orderWithWindows(0, merchant, buyer, std::move(item), quantity, unitPrice);
  order.payWindow = params.defaultWindows.pay;
  order.shipWindow = params.defaultWindows.ship;
  order.confirmWindow = params.defaultWindows.confirm;
  return order;
}

}  // namespace wb::testsupport
