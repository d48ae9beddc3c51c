#include "chain/core/tx.h"

namespace wb {

static_assert(std::variant_size_v<TxPayload> == 12, "one payload per kind of DESIGN §3");
static_assert(
    std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(TxKind::Vote) - 1, TxPayload>, VotePayload>,
    "payload alternatives follow the kind numbers");

std::string_view txKindName(TxKind kind) {
  switch (kind) {
    case TxKind::Transfer:
      return "transfer";
    case TxKind::OrderCreate:
      return "order_create";
    case TxKind::OrderPay:
      return "order_pay";
    case TxKind::OrderShip:
      return "order_ship";
    case TxKind::OrderConfirm:
      return "order_confirm";
    case TxKind::OrderCancel:
      return "order_cancel";
    case TxKind::OrderDispute:
      return "order_dispute";
    case TxKind::OrderResolve:
      return "order_resolve";
    case TxKind::Stake:
      return "stake";
    case TxKind::Unstake:
      return "unstake";
    case TxKind::RegisterDelegate:
      return "register_delegate";
    case TxKind::Vote:
      return "vote";
  }
  return "unknown";
}

}  // namespace wb
