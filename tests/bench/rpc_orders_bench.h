// rpc-orders: complete order lifecycles (create, pay, ship, confirm) submitted
// through JSON-RPC to a real dev waybilld (DESIGN §9), in each mode a shop
// back-end uses: one call at a time on a keep-alive connection, JSON-RPC
// batches, and several connections at once.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace wb::bench {

struct RpcOrdersMode {
  std::string name;  // "single", "batch" or "parallel"
  double seconds = 0;
  double ordersPerSecond = 0;
};

struct RpcOrdersResult {
  std::size_t orders = 0;  // lifecycles per mode
  std::size_t calls = 0;   // RPC calls made, block production included
  std::vector<RpcOrdersMode> modes;
  double bestOrdersPerSecond = 0;
  // Latency of single order_create calls (the "single" mode), milliseconds.
  double createP50Ms = 0;
  double createP99Ms = 0;
  std::string error;  // empty on success
};

// Runs `orders` lifecycles per mode in four waves (all creates, one block, all
// payments, one block, …) against `waybilld --dev pow --dev-clock manual`.
RpcOrdersResult measureRpcOrders(std::size_t orders);

}  // namespace wb::bench
