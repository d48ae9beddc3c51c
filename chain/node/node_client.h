// The narrow asynchronous facade the GUI (and any other thread) uses to talk to
// the node (DESIGN §1, like bitcoin-qt's interfaces::Node): questions about the
// chain run on the node's reader threads (DESIGN §5), requests that need the
// mempool, the peers or the producer are queued to the node's thread, and every
// answer comes back as a callback run on the client's own thread, so the caller
// never waits. Tip and order changes
// arrive as signals on the client's thread.
//
// A NodeClient lives on the thread that created it (which needs an event loop)
// and must be destroyed before the node is stopped (NodeRunner::stop).
// Callbacks of a destroyed client are never run.
#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "chain/net/peer_manager.h"
#include "chain/node/node.h"
#include "chain/node/node_call.h"
#include "chain/node/node_queries.h"
#include "chain/node/order_summary.h"
#include "chain/state/order_queries.h"

namespace wb::node {

// What a status bar shows.
struct NodeStatus {
  TipPosition tip;
  std::uint64_t lib = 0;
  std::uint64_t bestKnownHeight = 0;
  bool syncing = false;
  std::size_t peers = 0;
  std::size_t mempoolTxs = 0;
  ConsensusKind consensus = ConsensusKind::Pow;
  bool producing = false;  // automatic block production is on
};

class NodeClient : public QObject {
  Q_OBJECT
public:
  // `node` runs on its own thread (NodeRunner::node()).
  explicit NodeClient(Node* node, QObject* parent = nullptr);
  ~NodeClient() override;

  template <class T>
  using Callback = std::function<void(Result<T>)>;

  // Tip, finality, sync state and peer count.
  void status(Callback<NodeStatus> done);
  // Submits a signed transaction (Node::submitTx): the txid, or why it was refused.
  void submitTx(Tx tx, Callback<Hash32> done);
  // An account as of the tip (all zero when never seen).
  void account(AccountKey key, Callback<state::Account> done);
  // An order, or nullopt when unknown.
  void order(OrderId id, Callback<std::optional<state::Order>> done);
  // One page of a party's orders, newest first (state::listOrders).
  void orders(state::OrderQuery query, Callback<state::OrderPage> done);
  // The nonce `sender`'s next transaction must carry, counting its pending ones.
  void nextNonce(AccountKey sender, Callback<std::uint64_t> done);
  // The connected peers.
  void peers(Callback<std::vector<net::PeerInfo>> done);
  // DPoS double-production evidence the node keeps (Node::evidence), oldest first.
  void evidence(Callback<std::vector<DoubleProductionEvidence>> done);
  // The banned addresses.
  void bans(Callback<std::vector<net::BanEntry>> done);
  // Bans the IP `address` for `seconds` (disconnecting it); fails with
  // NetBadAddress for text that is not an IP address.
  void ban(QString address, std::int64_t seconds, Callback<void> done);
  // Lifts the ban of `address`.
  void unban(QString address, Callback<void> done);
  // Dials `hostPort` ("host:port"); the peer's id, or why the address is unusable.
  void connectPeer(QString hostPort, Callback<net::PeerId> done);

  // Registered delegates, ranked (node_queries.h listDelegates).
  void delegates(Callback<std::vector<DelegateEntry>> done);
  // The main-chain block at `height`, or nullopt above the tip.
  void blockAt(std::uint64_t height, Callback<std::optional<BlockLookup>> done);
  // The stored block `hash`, or nullopt when unknown.
  void blockByHash(Hash32 hash, Callback<std::optional<BlockLookup>> done);
  // Up to `count` main-chain blocks from height `top` downwards.
  void blocks(std::uint64_t top, std::size_t count, Callback<std::vector<BlockSummary>> done);
  // Transaction `txid` from the mempool or the chain, or nullopt when unknown.
  void transaction(Hash32 txid, Callback<std::optional<TxLookup>> done);

  // The escrow of the open orders of `accounts` (order_summary.h).
  void escrow(std::vector<AccountKey> accounts, Callback<EscrowSummary> done);
  // The last `days` days of sales of `accounts` as merchants, up to the later of
  // `now` (unix s) and the tip's time — on a manual dev clock, up to the tip's time.
  void sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
             Callback<std::vector<SalesDay>> done);

  // The block producer's state (mining switch, hash rate, next planned block).
  void producer(Callback<ProducerStatus> done);
  // Turns automatic production on or off; fails with NodeNoProducerKeys when
  // the node has no key to produce with.
  void setProducing(bool on, Callback<void> done);
  // Hands the node the keys to produce with (see Node::setProducerKeys); an
  // empty list takes them away (the wallet locked).
  void setProducerKeys(std::vector<Node::ProducerKey> keys, Callback<void> done);

  // Runs `work(chain)` on one of the node's reader threads (a read transaction
  // of its own; never the node's thread) and `done(result)` on this client's
  // thread. Meant for the wallet layer's readers (HistoryClient); GUI pages use
  // the named requests above. There is no way to run work on the node's thread
  // from outside: its requests are the named ones above.
  template <class T>
  void read(std::function<Result<T>(const Chain&)> work, Callback<T> done);

signals:
  void tipChanged(wb::Hash32 hash, quint64 height);
  void orderChanged(wb::Hash32 orderId);
  void txAccepted(wb::Hash32 txid);

private:
  // Runs `work(node)` on the node's thread and `done(result)` on this client's thread.
  template <class T>
  void run(std::function<Result<T>(Node&)> work, Callback<T> done) {
    callOnNodeThread<T>(node_, link_, std::move(work), std::move(done));
  }

  Node* node_;
  // Shared with queued work so an answer for a destroyed client is dropped.
  std::shared_ptr<ReplyLink> link_;
};

template <class T>
void NodeClient::read(std::function<Result<T>(const Chain&)> work, Callback<T> done) {
  const Chain* chain = &node_->chain();
  node_->readers().post([chain, link = link_, work = std::move(work), done = std::move(done)]() mutable {
    auto result = std::make_shared<Result<T>>(work(*chain));
    link->post([result, done = std::move(done)] { done(std::move(*result)); });
  });
}

}  // namespace wb::node
