// What each order event does to an order (DESIGN §3), written once. The ledger
// applies these transitions after checking who may act and from which status
// (order_rules.cpp); the wallet history attributes the very same transitions to
// the parties (wallet/history_effects.cpp). A rule changed here changes both.
//
// The functions are pure: they take the order's stage before the event and return
// the stage after it with the payouts the event makes out of the escrow.
#pragma once

#include <cstdint>

#include "chain/core/error.h"
#include "chain/core/params.h"
#include "chain/state/records.h"

namespace wb::state {

// The part of an order its events move.
struct OrderStage {
  OrderStatus status = OrderStatus::Created;
  Amount escrow = 0;           // held while PAID, SHIPPED or DISPUTED
  std::uint64_t deadline = 0;  // the height whose start applies the deadline; 0 = none
  bool operator==(const OrderStage&) const = default;
};

// One event's outcome: the stage after it, and what it paid out of the escrow
// (toPayer + toMerchant is the whole escrow when the order closes, 0 otherwise).
struct OrderTransition {
  OrderStage after;
  Amount toPayer = 0;
  Amount toMerchant = 0;
  bool operator==(const OrderTransition&) const = default;
};

// The stage of an order an ORDER_CREATE of block `height` opens: created, nothing
// held, the pay window running.
OrderStage openedOrder(std::uint64_t height, const OrderWindows& windows);

// ORDER_PAY of `amount` (the order's total) in block `height`: PAID, the amount held,
// the ship window running.
OrderTransition payTransition(Amount amount, std::uint64_t height, const OrderWindows& windows);

// ORDER_SHIP in block `height`: SHIPPED, the confirm window running.
OrderTransition shipTransition(const OrderStage& before, std::uint64_t height, const OrderWindows& windows);

// ORDER_CONFIRM: COMPLETED, the escrow released to the merchant.
OrderTransition confirmTransition(const OrderStage& before);

// ORDER_CANCEL: a CREATED order is CANCELLED (nothing held); a PAID one is REFUNDED,
// the escrow returned to the payer.
OrderTransition cancelTransition(const OrderStage& before);

// ORDER_DISPUTE in block `height`: DISPUTED, the dispute window (`disputeWindow`
// blocks) running.
OrderTransition disputeTransition(const OrderStage& before, std::uint64_t height, std::uint32_t disputeWindow);

// ORDER_RESOLVE giving `toPayer` (at most the escrow; the ledger refuses more, the
// transition caps it) to the payer: RESOLVED, the rest to the merchant.
OrderTransition resolveTransition(const OrderStage& before, Amount toPayer);

// The order's deadline, applied at the start of its block: CREATED expires; PAID
// (never shipped) is refunded; SHIPPED (never confirmed) completes; DISPUTED (never
// ruled) is split evenly, the odd base unit to the merchant. Fails with
// StateErrc::Corrupt for a final order (a final order has no deadline).
[[nodiscard]] Result<OrderTransition> deadlineTransition(const OrderStage& before);

}  // namespace wb::state
