// Which order actions an account may take now (DESIGN §3, §8): the Orders page
// offers exactly these buttons. The rule mirrors the ledger's order state machine
// (chain/state/order_rules.cpp) so the page never offers what a node refuses.
#pragma once

#include <cstdint>
#include <vector>

#include "chain/state/records.h"

namespace wb::ui {

enum class OrderAction {
  Pay,      // ORDER_PAY: CREATED, anyone but the merchant and the arbiter
  Ship,     // ORDER_SHIP: PAID, merchant
  Confirm,  // ORDER_CONFIRM: SHIPPED, buyer
  Cancel,   // ORDER_CANCEL of a CREATED order: buyer or merchant
  Refund,   // ORDER_CANCEL of a PAID order: merchant (escrow back to the payer)
  Dispute,  // ORDER_DISPUTE: PAID or SHIPPED with an arbiter, buyer
  Resolve,  // ORDER_RESOLVE: DISPUTED, arbiter
};

// Every action, in the order the page lays out its buttons.
inline constexpr OrderAction kAllOrderActions[] = {OrderAction::Pay,    OrderAction::Ship,   OrderAction::Confirm,
                                                   OrderAction::Cancel, OrderAction::Refund, OrderAction::Dispute,
                                                   OrderAction::Resolve};

// The actions `account` may take on `order` as the ledger holds it at `tipHeight`,
// in kAllOrderActions order. A transaction sent now lands in block tipHeight + 1 at
// the earliest, and a deadline at height D fires at the start of block D, before its
// transactions: an order whose deadline is ≤ tipHeight + 1 allows nothing. Paying is
// open to anyone (paying for someone else is a feature) except the merchant, for
// whom it would only lock its own coins in its own sale, and the arbiter, who
// must not hold a stake in an order it may have to judge.
std::vector<OrderAction> allowedOrderActions(const state::Order& order, const AccountKey& account,
                                             std::uint64_t tipHeight);

// True when `action` is among allowedOrderActions(order, account, tipHeight).
bool isOrderActionAllowed(const state::Order& order, const AccountKey& account, std::uint64_t tipHeight,
                          OrderAction action);

}  // namespace wb::ui
