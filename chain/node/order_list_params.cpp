#include "chain/node/order_list_params.h"

#include "chain/node/rpc_json.h"

namespace wb::node {
namespace {

Result<std::optional<state::OrderCursor>> parseCursor(const std::optional<QString>& text) {
  if (!text) return std::optional<state::OrderCursor>();
  const qsizetype dash = text->indexOf('-');
  bool ok = false;
  const std::uint64_t height = dash > 0 ? text->left(dash).toULongLong(&ok) : 0;
  auto id = fromHex(text->mid(dash + 1).toStdString());
  if (!ok || !id || id->size() != 32) return rpc::invalidParam("before", "is not a cursor returned by order_list");
  state::OrderCursor cursor;
  cursor.createdHeight = height;
  std::copy(id->begin(), id->end(), cursor.id.begin());
  return std::optional<state::OrderCursor>(cursor);
}

}  // namespace

Result<state::OrderQuery> readOrderListParams(rpc::RpcParams& params, std::string_view hrp) {
  WB_TRY_ASSIGN(party, params.requiredAddress("address", hrp));
  WB_TRY_ASSIGN(role, params.optionalEnum("role", {"any", "buyer", "merchant", "arbiter", "payer"}));
  WB_TRY_ASSIGN(status, params.optionalEnum("status", {"CREATED", "PAID", "SHIPPED", "COMPLETED", "CANCELLED",
                                                       "REFUNDED", "DISPUTED", "RESOLVED", "EXPIRED"}));
  WB_TRY_ASSIGN(limit, params.optionalInteger("limit", 1, kMaxOrderPage));
  WB_TRY_ASSIGN(beforeText, params.optionalString("before", 100));
  WB_TRY(params.finish());
  WB_TRY_ASSIGN(before, parseCursor(*beforeText));
  state::OrderQuery query;
  query.party = *party;
  query.role = static_cast<state::PartyRole>(role->value_or(0));
  if (*status) query.status = static_cast<state::OrderStatus>(**status + 1);
  query.limit = static_cast<std::size_t>(limit->value_or(50));
  query.before = *before;
  return query;
}

QString orderCursorString(const state::OrderCursor& cursor) {
  return QString::number(cursor.createdHeight) + "-" + hexString(cursor.id);
}

bool takesPart(const state::Order& order, const AccountKey& party, state::PartyRole role) {
  switch (role) {
    case state::PartyRole::Buyer:
      return order.buyer == party;
    case state::PartyRole::Merchant:
      return order.merchant == party;
    case state::PartyRole::Arbiter:
      return order.arbiter == party;
    case state::PartyRole::Payer:
      return order.payer == party;
    case state::PartyRole::Any:
      break;
  }
  return order.buyer == party || order.merchant == party || order.arbiter == party || order.payer == party;
}

}  // namespace wb::node
