// The light node's order methods (DESIGN §11):
//   order_get   {id}   the order proven against a header of the best branch
//   order_list  {address, role?, status?, limit?, before?}  a page of the
//               party's orders, as a full node's order_list, with "proven":
//               true and the height of each order's proof: the ids come from
//               every full peer (LightSync::requestOrderIds), each order is
//               proven, and a peer that listed an order the party has no part
//               in is dropped.
#include <QJsonArray>
#include <QPointer>
#include <memory>

#include "chain/light/light_node.h"
#include "chain/node/order_list_params.h"
#include "chain/node/rpc_json.h"

namespace wb::light {
namespace {

QJsonObject provenOrderJson(const state::Order& order, const ProvenRecord& proven, std::string_view hrp) {
  QJsonObject out = node::orderJson(order, hrp);
  markProven(out, proven);
  return out;
}

Bytes keyBytes(const Hash32& key) { return Bytes(key.begin(), key.end()); }

}  // namespace

Status LightNode::registerOrderMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = config_.genesis.params.hrp;
  WB_TRY(dispatcher.registerMethod("order_get", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto id = params.requiredHash("id");
    if (!id) return reply.complete(id.error());
    if (Status done = params.finish(); !done) return reply.complete(done.error());
    sync_->requestProof(state::Table::Orders, keyBytes(*id), [reply, hrp](const Result<ProvenRecord>& proven) {
      if (!proven) return reply.complete(proven.error());
      auto order = provenExistingOrder(*proven);
      if (!order) return reply.complete(order.error());
      reply.complete(QJsonValue(provenOrderJson(*order, *proven, hrp)));
    });
  }));

  return dispatcher.registerMethod("order_list", [this](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto query = node::readOrderListParams(params, config_.genesis.params.hrp);
    if (!query) return reply.complete(query.error());
    std::optional<net::OrderRef> before;
    if (query->before) before = net::OrderRef{query->before->createdHeight, query->before->id};
    sync_->requestOrderIds(query->party, static_cast<std::uint32_t>(query->limit), before,
                           [self = QPointer<LightNode>(this), reply, query = *query](const Result<OrderIdsPage>& page) {
                             if (!page) return reply.complete(page.error());
                             if (self) self->proveListedOrders(query, *page, reply);
                           });
  });
}

void LightNode::proveListedOrders(const state::OrderQuery& query, const OrderIdsPage& page, rpc::RpcReply reply) {
  struct Gather {
    std::vector<std::optional<std::pair<state::Order, ProvenRecord>>> proven;  // by position in the page
    std::size_t missing = 0;
    bool failed = false;
  };
  auto gather = std::make_shared<Gather>();
  gather->proven.resize(page.orders.size());
  gather->missing = page.orders.size();
  const std::string hrp = config_.genesis.params.hrp;
  auto answer = [gather, query, next = page.next, peers = page.peers, reply, hrp] {
    QJsonArray orders;
    for (const auto& entry : gather->proven) {
      if (!entry || !node::takesPart(entry->first, query.party, query.role)) continue;
      if (query.status && entry->first.status != *query.status) continue;
      orders.append(provenOrderJson(entry->first, entry->second, hrp));
    }
    const QJsonValue cursor =
        next ? QJsonValue(node::orderCursorString(state::OrderCursor{next->createdHeight, next->id})) : QJsonValue();
    reply.complete(QJsonValue(
        QJsonObject{{"orders", orders}, {"next", cursor}, {"proven", true}, {"peers", static_cast<qint64>(peers)}}));
  };
  if (page.orders.empty()) return answer();
  for (std::size_t i = 0; i < page.orders.size(); ++i) {
    const net::OrderRef ref = page.orders[i];
    const std::vector<net::PeerId> listers = page.listedBy.at(ref.id);
    sync_->requestProof(
        state::Table::Orders, keyBytes(ref.id),
        [this, gather, i, ref, listers, party = query.party, reply, answer](const Result<ProvenRecord>& proven) {
          if (gather->failed) return;
          auto order = proven ? provenOrder(*proven) : Result<std::optional<state::Order>>(proven.error());
          if (!order) {
            gather->failed = true;
            return reply.complete(order.error());
          }
          // Absent at our tip: the peer may be ahead of us (or on another branch), not lying.
          if (*order) {
            if (node::takesPart(**order, party, state::PartyRole::Any) &&
                (*order)->createdHeight == ref.createdHeight) {
              gather->proven[i] = std::make_pair(**order, *proven);
            } else {
              for (net::PeerId peer : listers) {
                sync_->dropPeer(peer, fail(Errc::NetUnexpectedMessage,
                                           "it listed order " + toHex(ref.id) + " as the party's, and it is not"));
              }
            }
          }
          if (--gather->missing == 0) answer();
        });
  }
}

}  // namespace wb::light
