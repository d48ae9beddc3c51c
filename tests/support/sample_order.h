// An order as most tests place one: plain fields, the network's default pay,
// ship and confirm windows, no arbiter and no note (a test sets those itself).
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb::testsupport {

inline OrderCreatePayload orderWithDefaultWindows(const ChainParams& params, const AccountKey& merchant,
                                                  const AccountKey& buyer, std::string item, std::uint32_t quantity,
                                                  Amount unitPrice) {
  OrderCreatePayload order;
  order.merchant = merchant;
  order.buyer = buyer;
  order.item = std::move(item);
  order.quantity = quantity;
  order.unitPrice = unitPrice;
  order.payWindow = params.defaultWindows.pay;
  order.shipWindow = params.defaultWindows.ship;
  order.confirmWindow = params.defaultWindows.confirm;
  return order;
}

}  // namespace wb::testsupport
