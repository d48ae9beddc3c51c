// rpc-orders: complete order lifecycles (create, pay, ship, confirm) submitted
// through JSON-RPC to a real dev waybilld (DESIGN §9): orders/s.
#pragma once

#include <cstddef>
#include <string>

namespace wb::bench {

struct RpcOrdersResult {
  std::size_t orders = 0;
  std::size_t calls = 0;  // RPC calls made, block production included
  double seconds = 0;
  std::string error;  // empty on success
};

// Runs `orders` lifecycles in four waves (all creates, one block, all payments,
// one block, …) against `waybilld --dev pow --dev-clock manual`.
RpcOrdersResult measureRpcOrders(std::size_t orders);

}  // namespace wb::bench
