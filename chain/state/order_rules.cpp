// The order state machine (DESIGN §3): ORDER_CREATE … ORDER_RESOLVE and the
// deadline transitions. Every rule is checked before anything is written.
#include "chain/core/short_hex.h"
#include "chain/state/ledger.h"
#include "chain/state/order_transition.h"
#include "chain/state/state_errc.h"

namespace wb::state {
namespace {

std::string orderRef(const OrderId& id) { return "order " + shortHex(id); }

Error wrongState(const Order& order, std::string_view allowed, std::string_view action) {
  return fail(StateErrc::OrderWrongState, orderRef(order.id) + " is " + std::string(orderStatusName(order.status)) +
                                              "; only " + std::string(allowed) + " orders can be " +
                                              std::string(action));
}

Error wrongParty(const Order& order, std::string_view who, std::string_view action) {
  return fail(StateErrc::WrongParty,
              "only the " + std::string(who) + " of " + orderRef(order.id) + " can " + std::string(action) + " it");
}

OrderStage stageOf(const Order& order) { return {order.status, order.escrow, order.deadline}; }

}  // namespace

Result<Order> Ledger::loadOrder(const OrderId& id) const {
  WB_TRY_ASSIGN(order, tables_.order(id));
  if (!*order) return fail(StateErrc::OrderNotFound, orderRef(id) + " does not exist");
  return std::move(**order);
}

Result<Order> Ledger::loadCurrentOrder(const OrderId& id) {
  WB_TRY_ASSIGN(order, loadOrder(id));
  if (order->deadline == 0 || order->deadline > context_.height) return order;
  WB_TRY(tables_.removeDeadline({order->deadline, DeadlineKind::Order, id}));
  WB_TRY(applyOrderDeadline(id));
  return loadOrder(id);
}

Status Ledger::moveDeadline(Order& order, std::uint64_t newDeadline) {
  if (order.deadline != 0) WB_TRY(tables_.removeDeadline({order.deadline, DeadlineKind::Order, order.id}));
  order.deadline = newDeadline;
  if (newDeadline != 0) WB_TRY(tables_.addDeadline({newDeadline, DeadlineKind::Order, order.id}));
  return {};
}

// Moves `order` to the transition's stage, stores it and pays out what it releases.
Status Ledger::applyTransition(Order& order, const OrderTransition& transition) {
  WB_TRY(moveDeadline(order, transition.after.deadline));
  order.status = transition.after.status;
  order.escrow = transition.after.escrow;
  if (isFinal(order.status)) {
    order.returnedToPayer = transition.toPayer;
    order.releasedToMerchant = transition.toMerchant;
    order.closedHeight = context_.height;
  }
  WB_TRY(tables_.putOrder(order));
  WB_TRY(credit(order.payer, transition.toPayer));
  return credit(order.merchant, transition.toMerchant);
}

Status Ledger::applyOrderCreate(const Tx& tx, const TxId& txid, const OrderCreatePayload& p, Account& sender) {
  const OrderId id = orderIdOf(txid);
  WB_TRY_ASSIGN(existing, tables_.order(id));
  if (*existing) return fail(StateErrc::OrderExists, orderRef(id) + " already exists");
  WB_TRY(chargeSender(tx, sender, 0));

  Order order;
  order.id = id;
  order.creator = tx.sender;
  order.merchant = p.merchant;
  order.buyer = p.buyer;
  order.arbiter = p.arbiter;
  order.item = p.item;
  order.quantity = p.quantity;
  order.unitPrice = p.unitPrice;
  order.windows = {p.payWindow, p.shipWindow, p.confirmWindow};
  order.note = p.note;
  order.createdHeight = context_.height;
  WB_TRY(tables_.putAccount(tx.sender, sender));
  WB_TRY(applyTransition(order, OrderTransition{.after = openedOrder(context_.height, order.windows)}));
  WB_TRY(tables_.indexOrderParty(order.merchant, PartyRole::Merchant, order));
  WB_TRY(tables_.indexOrderParty(order.buyer, PartyRole::Buyer, order));
  if (order.hasArbiter()) WB_TRY(tables_.indexOrderParty(order.arbiter, PartyRole::Arbiter, order));
  return {};
}

Status Ledger::applyOrderPay(const Tx& tx, const OrderPayPayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  if (order->status != OrderStatus::Created) return wrongState(*order, "CREATED", "paid");
  if (p.amount != order->total()) {
    return fail(StateErrc::PayAmountMismatch, orderRef(order->id) + " costs " + formatAmount(order->total()) +
                                                  " WBL, not " + formatAmount(p.amount) + " WBL");
  }
  WB_TRY(chargeSender(tx, sender, p.amount));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  order->payer = tx.sender;
  order->paidHeight = context_.height;
  WB_TRY(applyTransition(*order, payTransition(p.amount, context_.height, order->windows)));
  return tables_.indexOrderParty(tx.sender, PartyRole::Payer, *order);
}

Status Ledger::applyOrderShip(const Tx& tx, const OrderShipPayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  if (tx.sender != order->merchant) return wrongParty(*order, "merchant", "ship");
  if (order->status != OrderStatus::Paid) return wrongState(*order, "PAID", "shipped");
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  order->tracking = p.tracking;
  order->shippedHeight = context_.height;
  return applyTransition(*order, shipTransition(stageOf(*order), context_.height, order->windows));
}

Status Ledger::applyOrderConfirm(const Tx& tx, const OrderConfirmPayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  if (tx.sender != order->buyer) return wrongParty(*order, "buyer", "confirm receipt of");
  if (order->status != OrderStatus::Shipped) return wrongState(*order, "SHIPPED", "confirmed");
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  return applyTransition(*order, confirmTransition(stageOf(*order)));
}

Status Ledger::applyOrderCancel(const Tx& tx, const OrderCancelPayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  const bool isMerchant = tx.sender == order->merchant;
  const bool isBuyer = tx.sender == order->buyer;
  if (order->status == OrderStatus::Created) {
    if (!isMerchant && !isBuyer) return wrongParty(*order, "buyer or merchant", "cancel");
  } else if (order->status == OrderStatus::Paid) {
    if (!isMerchant) return wrongParty(*order, "merchant", "refund");
  } else {
    return wrongState(*order, "CREATED or PAID", "cancelled");
  }
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  order->reason = p.reason;
  return applyTransition(*order, cancelTransition(stageOf(*order)));
}

Status Ledger::applyOrderDispute(const Tx& tx, const OrderDisputePayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  if (tx.sender != order->buyer) return wrongParty(*order, "buyer", "dispute");
  if (!order->hasArbiter()) {
    return fail(StateErrc::NoArbiter, orderRef(order->id) + " has no arbiter, so it cannot be disputed");
  }
  if (order->status != OrderStatus::Paid && order->status != OrderStatus::Shipped) {
    return wrongState(*order, "PAID or SHIPPED", "disputed");
  }
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  order->reason = p.reason;
  order->disputedHeight = context_.height;
  return applyTransition(*order, disputeTransition(stageOf(*order), context_.height, params_.disputeWindow));
}

Status Ledger::applyOrderResolve(const Tx& tx, const OrderResolvePayload& p, Account& sender) {
  WB_TRY_ASSIGN(order, loadCurrentOrder(p.order));
  if (!order->hasArbiter() || tx.sender != order->arbiter) return wrongParty(*order, "arbiter", "resolve");
  if (order->status != OrderStatus::Disputed) return wrongState(*order, "DISPUTED", "resolved");
  if (p.toPayer > order->escrow) {
    return fail(StateErrc::ResolveExceedsEscrow, "the escrow of " + orderRef(order->id) + " is " +
                                                     formatAmount(order->escrow) + " WBL; " + formatAmount(p.toPayer) +
                                                     " WBL cannot go to the payer");
  }
  WB_TRY(chargeSender(tx, sender, 0));
  WB_TRY(tables_.putAccount(tx.sender, sender));
  return applyTransition(*order, resolveTransition(stageOf(*order), p.toPayer));
}

Status Ledger::applyOrderDeadline(const OrderId& id) {
  WB_TRY_ASSIGN(order, loadOrder(id));
  order->deadline = 0;  // its index entry was removed by the caller
  auto transition = deadlineTransition(stageOf(*order));
  if (!transition) return fail(StateErrc::Corrupt, orderRef(id) + " has a deadline: " + transition.error().message);
  return applyTransition(*order, *transition);
}

}  // namespace wb::state
