#include "chain/light/light_node_client.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "chain/light/light_errc.h"
#include "chain/node/order_summary.h"
#include "chain/rpc/rpc_errc.h"

namespace wb::light {
namespace {

// Orders per account an Overview sum looks at (newest first): a bounded number of proofs.
constexpr std::size_t kSummaryOrdersPerAccount = 200;

Error fullChainNeeded(std::string_view what) {
  return fail(RpcErrc::MethodNotFound,
              std::string(what) + " needs the full chain: this is a light node (it keeps block headers only)");
}

// The time of the best branch's header at `height`.
Result<std::uint64_t> headerTime(const HeaderChain& headers, std::uint64_t height) {
  WB_TRY_ASSIGN(hash, headers.hashAtHeight(height));
  if (!*hash) return fail(LightErrc::UnknownParent, "no header at height " + std::to_string(height) + " yet");
  WB_TRY_ASSIGN(stored, headers.header(**hash));
  if (!*stored) return fail(LightErrc::UnknownParent, "the header at height " + std::to_string(height) + " is missing");
  return (*stored)->header.time;
}

// The confirmed transactions of the node's store whose block is on the best branch, in chain order.
Result<std::vector<ConfirmedTx>> settledInBestBranch(LightNode& node) {
  const HeaderChain& headers = node.headers();
  WB_TRY_ASSIGN(records, node.txs().all());
  std::vector<ConfirmedTx> confirmed;
  for (SubmittedTx& record : *records) {
    if (record.state != SubmittedTx::State::Confirmed) continue;
    WB_TRY_ASSIGN(onBranch, headers.hashAtHeight(record.height));
    if (!*onBranch || **onBranch != record.block) continue;  // being checked again after a reorganisation
    WB_TRY_ASSIGN(time, headerTime(headers, record.height));
    confirmed.push_back(
        ConfirmedTx{std::move(record.tx), record.txid, record.height, record.index, record.block, *time});
  }
  std::sort(confirmed.begin(), confirmed.end(), [](const ConfirmedTx& a, const ConfirmedTx& b) {
    return std::tie(a.height, a.index) < std::tie(b.height, b.index);
  });
  return confirmed;
}

// Every order of `accounts` (each account's newest kSummaryOrdersPerAccount), proven,
// from account `index` on; `done` on the node's thread.
void collectOrders(LightNode& node, std::vector<AccountKey> accounts, std::size_t index,
                   std::optional<state::OrderCursor> before, std::vector<state::Order> gathered,
                   std::function<void(Result<std::vector<state::Order>>)> done) {
  if (index == accounts.size()) return done(std::move(gathered));
  state::OrderQuery query;
  query.party = accounts[index];
  query.limit = net::kMaxOrderIdsPerMessage;
  query.before = before;
  node.listOrders(query, [&node, accounts = std::move(accounts), index, gathered = std::move(gathered),
                          done = std::move(done)](Result<ProvenOrderPage> page) mutable {
    if (!page) return done(page.error());
    const std::size_t before = gathered.size();
    for (const Proven<state::Order>& order : page->orders) gathered.push_back(order.value);
    const bool more = page->next && gathered.size() - before < kSummaryOrdersPerAccount;
    if (more) return collectOrders(node, std::move(accounts), index, page->next, std::move(gathered), std::move(done));
    collectOrders(node, std::move(accounts), index + 1, std::nullopt, std::move(gathered), std::move(done));
  });
}

}  // namespace

LightNodeClient::LightNodeClient(LightNode* node, QObject* parent)
    : NodeClient(parent), node_(node), link_(std::make_shared<ReplyLink>(this)) {
  // Queued: the client's thread is not the node's.
  connect(&node_->sync(), &LightSync::tipChanged, this,
          [this](std::uint64_t height, const BlockHash& hash) { emit tipChanged(hash, height); });
  connect(&node_->orderWatch(), &OrderWatch::orderChanged, this, &NodeClient::orderChanged);
  connect(&node_->txs(), &LightTxTracker::statusChanged, this, &LightNodeClient::submittedTxChanged);
}

LightNodeClient::~LightNodeClient() { link_->detach(); }

template <class T>
void LightNodeClient::answer(Callback<T> done, Result<T> result) {
  // Later, like every answer: never inside the request.
  link_->post([done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

template <class T>
void LightNodeClient::ask(std::function<void(LightNode&, Callback<T>)> work, Callback<T> done) {
  QMetaObject::invokeMethod(
      node_,
      [node = node_, link = link_, work = std::move(work), done = std::move(done)]() mutable {
        work(*node, [link, done = std::move(done)](Result<T> result) {
          auto shared = std::make_shared<Result<T>>(std::move(result));
          link->post([shared, done] { done(std::move(*shared)); });
        });
      },
      Qt::QueuedConnection);
}

void LightNodeClient::status(Callback<node::NodeStatus> done) {
  ask<node::NodeStatus>(
      [](LightNode& node, Callback<node::NodeStatus> reply) {
        node::NodeStatus s;
        const HeaderTip tip = node.headers().tip();
        s.tip = TipPosition{tip.hash, tip.height};
        s.bestKnownHeight = std::max(node.sync().bestKnownHeight(), tip.height);
        s.syncing = s.bestKnownHeight > tip.height;
        s.peers = node.sync().readyPeers();
        s.consensus = node.headers().params().consensus;
        reply(s);
      },
      std::move(done));
}

void LightNodeClient::submitTx(Tx tx, Callback<Hash32> done) {
  ask<Hash32>(
      [tx = std::move(tx)](LightNode& node, Callback<Hash32> reply) {
        node.txs().submit(tx, [reply](const Result<Hash32>& txid) { reply(txid); });
      },
      [this, done = std::move(done)](Result<Hash32> txid) {
        if (txid) emit txAccepted(*txid);
        done(std::move(txid));
      });
}

void LightNodeClient::confirmedTransactions(Callback<std::vector<ConfirmedTx>> done) {
  ask<std::vector<ConfirmedTx>>(
      [](LightNode& node, Callback<std::vector<ConfirmedTx>> reply) {
        auto confirmed = settledInBestBranch(node);
        if (!confirmed) return reply(confirmed.error());
        reply(std::move(*confirmed));
      },
      std::move(done));
}

void LightNodeClient::account(AccountKey key, Callback<state::Account> done) {
  ask<state::Account>(
      [key](LightNode& node, Callback<state::Account> reply) {
        node.proveAccount(key, [reply](Result<Proven<state::Account>> account) {
          if (!account) return reply(account.error());
          reply(account->value);
        });
      },
      std::move(done));
}

void LightNodeClient::order(OrderId id, Callback<std::optional<state::Order>> done) {
  ask<std::optional<state::Order>>(
      [id](LightNode& node, Callback<std::optional<state::Order>> reply) {
        node.proveOrder(id, [&node, id, reply](Result<Proven<std::optional<state::Order>>> order) {
          if (!order) return reply(order.error());
          node.orderWatch().watchOrder(id, order->value);  // its changes are announced from now on
          reply(order->value);
        });
      },
      std::move(done));
}

void LightNodeClient::orders(state::OrderQuery query, Callback<state::OrderPage> done) {
  ask<state::OrderPage>(
      [query](LightNode& node, Callback<state::OrderPage> reply) {
        node.orderWatch().watchParty(query.party);  // its new orders are announced from now on
        node.listOrders(query, [&node, reply](Result<ProvenOrderPage> page) {
          if (!page) return reply(page.error());
          state::OrderPage out;
          for (const Proven<state::Order>& order : page->orders) {
            node.orderWatch().watchOrder(order.value.id, order.value);
            out.orders.push_back(order.value);
          }
          out.next = page->next;
          reply(std::move(out));
        });
      },
      std::move(done));
}

void LightNodeClient::nextNonce(AccountKey sender, Callback<std::uint64_t> done) {
  ask<std::uint64_t>(
      [sender](LightNode& node, Callback<std::uint64_t> reply) {
        node.nextNonce(sender, [reply](Result<Proven<std::uint64_t>> nonce) {
          if (!nonce) return reply(nonce.error());
          reply(nonce->value);
        });
      },
      std::move(done));
}

void LightNodeClient::peers(Callback<std::vector<net::PeerInfo>> done) {
  ask<std::vector<net::PeerInfo>>(
      [](LightNode& node, Callback<std::vector<net::PeerInfo>> reply) { reply(node.sync().peers()); }, std::move(done));
}

// A light node keeps no evidence and no ban list: it only dials its --connect peers.
void LightNodeClient::evidence(Callback<std::vector<DoubleProductionEvidence>> done) {
  answer<std::vector<DoubleProductionEvidence>>(std::move(done), std::vector<DoubleProductionEvidence>{});
}
void LightNodeClient::bans(Callback<std::vector<net::BanEntry>> done) {
  answer<std::vector<net::BanEntry>>(std::move(done), std::vector<net::BanEntry>{});
}
void LightNodeClient::ban(QString, std::int64_t, Callback<void> done) {
  answer<void>(std::move(done), fullChainNeeded("banning a peer"));
}
void LightNodeClient::unban(QString, Callback<void> done) {
  answer<void>(std::move(done), fullChainNeeded("lifting a ban"));
}
void LightNodeClient::connectPeer(QString, Callback<net::PeerId> done) {
  answer<net::PeerId>(std::move(done), fullChainNeeded("connecting to another peer"));
}
void LightNodeClient::delegates(Callback<std::vector<node::DelegateEntry>> done) {
  ask<std::vector<node::DelegateEntry>>(
      [](LightNode& node, Callback<std::vector<node::DelegateEntry>> reply) {
        node.listDelegates([reply](Result<ProvenDelegates> proven) {
          if (!proven) return reply(proven.error());
          reply(std::move(proven->delegates));
        });
      },
      std::move(done));
}
void LightNodeClient::blockAt(std::uint64_t, Callback<std::optional<node::BlockLookup>> done) {
  answer<std::optional<node::BlockLookup>>(std::move(done), fullChainNeeded("the block explorer"));
}
void LightNodeClient::blockByHash(BlockHash, Callback<std::optional<node::BlockLookup>> done) {
  answer<std::optional<node::BlockLookup>>(std::move(done), fullChainNeeded("the block explorer"));
}
void LightNodeClient::blocks(std::uint64_t, std::size_t, Callback<std::vector<node::BlockSummary>> done) {
  answer<std::vector<node::BlockSummary>>(std::move(done), fullChainNeeded("the block explorer"));
}
void LightNodeClient::transaction(Hash32, Callback<std::optional<node::TxLookup>> done) {
  answer<std::optional<node::TxLookup>>(std::move(done), fullChainNeeded("the transaction explorer"));
}

void LightNodeClient::escrow(std::vector<AccountKey> accounts, Callback<node::EscrowSummary> done) {
  ask<node::EscrowSummary>(
      [accounts](LightNode& node, Callback<node::EscrowSummary> reply) {
        collectOrders(node, accounts, 0, std::nullopt, {}, [accounts, reply](Result<std::vector<state::Order>> orders) {
          if (!orders) return reply(orders.error());
          reply(node::escrowOf(accounts, *orders));
        });
      },
      std::move(done));
}

void LightNodeClient::sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
                            Callback<std::vector<node::SalesDay>> done) {
  ask<std::vector<node::SalesDay>>(
      [accounts, now, days](LightNode& node, Callback<std::vector<node::SalesDay>> reply) {
        collectOrders(node, accounts, 0, std::nullopt, {},
                      [&node, accounts, now, days, reply](Result<std::vector<state::Order>> orders) {
                        if (!orders) return reply(orders.error());
                        // Block times from the headers this node verified itself.
                        const HeaderChain& headers = node.headers();
                        auto tipTime = headerTime(headers, headers.tip().height);
                        if (!tipTime) return reply(tipTime.error());
                        reply(node::salesOf(accounts, *orders, std::max(now, *tipTime), days,
                                            [&headers](std::uint64_t height) { return headerTime(headers, height); }));
                      });
      },
      std::move(done));
}

void LightNodeClient::producer(Callback<node::ProducerStatus> done) {
  answer<node::ProducerStatus>(std::move(done), node::ProducerStatus{});  // never producing
}
void LightNodeClient::setProducing(bool, Callback<void> done) {
  answer<void>(std::move(done), fullChainNeeded("producing blocks"));
}
void LightNodeClient::setProducerKeys(std::vector<node::ProducerKey>, Callback<void> done) {
  answer<void>(std::move(done), Status{});  // nothing to produce with
}

}  // namespace wb::light
