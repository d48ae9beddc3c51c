// The light node's proven reads (DESIGN §11) and the RPC methods that are
// nothing more than one of them:
//   account_get {address}  the account: accountJson fields, "next_nonce"
//   order_get   {id}       the order (absent: proven absent)
//   order_list  {address, role?, status?, limit?, before?}  a page of the
//               party's orders, as a full node's order_list, each order proven
// Every answer carries "proven": true and the height of its proof.
#include <QJsonArray>
#include <QPointer>
#include <memory>

#include "chain/light/light_node.h"
#include "chain/net/net_errc.h"
#include "chain/node/order_list_params.h"
#include "chain/node/rpc_json.h"

namespace wb::light {
namespace {

Bytes keyBytes(const Hash32& key) { return Bytes(key.begin(), key.end()); }

QJsonObject provenOrderJson(const Proven<state::Order>& order, std::string_view hrp) {
  QJsonObject out = node::orderJson(order.value, hrp);
  markProven(out, order.proof);
  return out;
}

}  // namespace

void LightNode::proveAccount(const AccountKey& key, ProvenCallback<state::Account> done) {
  sync_->requestProof(state::Table::Accounts, keyBytes(key),
                      [done = std::move(done)](const Result<ProvenRecord>& proven) {
                        if (!proven) return done(proven.error());
                        auto account = provenAccount(*proven);
                        if (!account) return done(account.error());
                        done(Proven<state::Account>{*account, *proven});
                      });
}

void LightNode::proveOrder(const OrderId& id, ProvenCallback<std::optional<state::Order>> done) {
  sync_->requestProof(state::Table::Orders, keyBytes(id), [done = std::move(done)](const Result<ProvenRecord>& proven) {
    if (!proven) return done(proven.error());
    auto order = provenOrder(*proven);
    if (!order) return done(order.error());
    done(Proven<std::optional<state::Order>>{*order, *proven});
  });
}

void LightNode::nextNonce(const AccountKey& sender, ProvenCallback<std::uint64_t> done) {
  proveAccount(sender, [this, sender, done = std::move(done)](Result<Proven<state::Account>> account) {
    if (!account) return done(account.error());
    auto pending = txs_->highestPendingNonce(sender);
    if (!pending) return done(pending.error());
    const std::uint64_t proven = account->value.nonce;
    done(Proven<std::uint64_t>{*pending ? std::max(proven, **pending + 1) : proven, account->proof});
  });
}

void LightNode::listOrders(const state::OrderQuery& query, std::function<void(Result<ProvenOrderPage>)> done) {
  std::optional<net::OrderRef> before;
  if (query.before) before = net::OrderRef{query.before->createdHeight, query.before->id};
  sync_->requestOrderIds(
      query.party, static_cast<std::uint32_t>(query.limit), before,
      [self = QPointer<LightNode>(this), query, done = std::move(done)](const Result<OrderIdsPage>& page) {
        if (!page) return done(page.error());
        if (self) self->proveListedOrders(query, *page, done);
      });
}

void LightNode::proveListedOrders(const state::OrderQuery& query, const OrderIdsPage& page,
                                  std::function<void(Result<ProvenOrderPage>)> done) {
  struct Gather {
    std::vector<std::optional<Proven<state::Order>>> proven;  // by position in the page
    std::size_t missing = 0;
    bool failed = false;
  };
  auto gather = std::make_shared<Gather>();
  gather->proven.resize(page.orders.size());
  gather->missing = page.orders.size();
  auto answer = [gather, query, next = page.next, peers = page.peers, done] {
    ProvenOrderPage out;
    out.peers = peers;
    if (next) out.next = state::OrderCursor{next->createdHeight, next->id};
    for (const auto& entry : gather->proven) {
      if (!entry || !node::takesPart(entry->value, query.party, query.role)) continue;
      if (query.status && entry->value.status != *query.status) continue;
      out.orders.push_back(*entry);
    }
    done(std::move(out));
  };
  if (page.orders.empty()) return answer();
  for (std::size_t i = 0; i < page.orders.size(); ++i) {
    const net::OrderRef ref = page.orders[i];
    const std::vector<net::PeerId> listers = page.listedBy.at(ref.id);
    proveOrder(ref.id, [this, gather, i, ref, listers, party = query.party, done,
                        answer](Result<Proven<std::optional<state::Order>>> order) {
      if (gather->failed) return;
      if (!order) {
        gather->failed = true;
        return done(order.error());
      }
      // Absent at our tip: the peer may be ahead of us (or on another branch), not lying.
      if (const std::optional<state::Order>& found = order->value) {
        if (node::takesPart(*found, party, state::PartyRole::Any) && found->createdHeight == ref.createdHeight) {
          gather->proven[i] = Proven<state::Order>{*found, order->proof};
        } else {
          for (net::PeerId peer : listers) {
            sync_->dropPeer(peer, fail(NetErrc::UnexpectedMessage,
                                       "it listed order " + toHex(ref.id) + " as the party's, and it is not"));
          }
        }
      }
      if (--gather->missing == 0) answer();
    });
  }
}

Status LightNode::registerReadMethods(rpc::RpcDispatcher& dispatcher) {
  const std::string hrp = config_.genesis.params.hrp;
  WB_TRY(dispatcher.registerMethod("account_get", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto address = params.requiredAddress("address", hrp);
    if (!address) return reply.complete(address.error());
    if (Status done = params.finish(); !done) return reply.complete(done.error());
    proveAccount(*address, [reply, key = *address, hrp](Result<Proven<state::Account>> account) {
      if (!account) return reply.complete(account.error());
      QJsonObject out = node::accountJson(account->value, key, hrp);
      out["next_nonce"] = static_cast<qint64>(account->value.nonce);  // a light node has no mempool
      markProven(out, account->proof);
      reply.complete(QJsonValue(out));
    });
  }));

  WB_TRY(dispatcher.registerMethod("order_get", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto id = params.requiredOrderId("id");
    if (!id) return reply.complete(id.error());
    if (Status done = params.finish(); !done) return reply.complete(done.error());
    proveOrder(*id, [reply, hrp](Result<Proven<std::optional<state::Order>>> order) {
      if (!order) return reply.complete(order.error());
      auto found = provenExistingOrder(order->proof);
      if (!found) return reply.complete(found.error());
      reply.complete(QJsonValue(provenOrderJson(Proven<state::Order>{*found, order->proof}, hrp)));
    });
  }));

  return dispatcher.registerMethod("order_list", [this, hrp](const QJsonObject& object, rpc::RpcReply reply) {
    rpc::RpcParams params(object);
    auto query = node::readOrderListParams(params, hrp);
    if (!query) return reply.complete(query.error());
    listOrders(*query, [reply, hrp](Result<ProvenOrderPage> page) {
      if (!page) return reply.complete(page.error());
      QJsonArray orders;
      for (const Proven<state::Order>& order : page->orders) orders.append(provenOrderJson(order, hrp));
      const QJsonValue next = page->next ? QJsonValue(node::orderCursorString(*page->next)) : QJsonValue();
      reply.complete(QJsonValue(QJsonObject{
          {"orders", orders}, {"next", next}, {"proven", true}, {"peers", static_cast<qint64>(page->peers)}}));
    });
  });
}

}  // namespace wb::light
