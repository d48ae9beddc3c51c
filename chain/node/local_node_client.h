// The node's side of the GUI's NodeClient interface (interfaces/node_client.h):
// questions about the chain run on the node's reader threads (DESIGN §5),
// requests that need the mempool, the peers or the producer are queued to the
// node's thread, and every answer comes back as a callback run on the client's
// own thread. Tip and order changes arrive as signals on the client's thread.
//
// A LocalNodeClient lives on the thread that created it (which needs an event
// loop) and must be destroyed before the node is stopped (NodeRunner::stop).
// Callbacks of a destroyed client are never run.
#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "chain/core/ids.h"
#include "chain/net/peer_manager.h"
#include "chain/node/node.h"
#include "chain/node/node_call.h"
#include "chain/node/node_queries.h"
#include "chain/node/order_summary.h"
#include "chain/state/order_queries.h"
#include "interfaces/node_client.h"

namespace wb::node {

class LocalNodeClient final : public NodeClient {
  Q_OBJECT
public:
  // `node` runs on its own thread (NodeRunner::node()).
  explicit LocalNodeClient(Node* node, QObject* parent = nullptr);
  ~LocalNodeClient() override;

  // NodeClient (interfaces/node_client.h)
  void status(Callback<NodeStatus> done) override;
  void submitTx(Tx tx, Callback<Hash32> done) override;
  void account(AccountKey key, Callback<state::Account> done) override;
  void order(OrderId id, Callback<std::optional<state::Order>> done) override;
  void orders(state::OrderQuery query, Callback<state::OrderPage> done) override;
  void nextNonce(AccountKey sender, Callback<std::uint64_t> done) override;
  void peers(Callback<std::vector<net::PeerInfo>> done) override;
  void evidence(Callback<std::vector<DoubleProductionEvidence>> done) override;
  void bans(Callback<std::vector<net::BanEntry>> done) override;
  void ban(QString address, std::int64_t seconds, Callback<void> done) override;
  void unban(QString address, Callback<void> done) override;
  void connectPeer(QString hostPort, Callback<net::PeerId> done) override;
  void delegates(Callback<std::vector<DelegateEntry>> done) override;
  void blockAt(std::uint64_t height, Callback<std::optional<BlockLookup>> done) override;
  void blockByHash(BlockHash hash, Callback<std::optional<BlockLookup>> done) override;
  void blocks(std::uint64_t top, std::size_t count, Callback<std::vector<BlockSummary>> done) override;
  void transaction(Hash32 txid, Callback<std::optional<TxLookup>> done) override;
  void escrow(std::vector<AccountKey> accounts, Callback<EscrowSummary> done) override;
  void sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
             Callback<std::vector<SalesDay>> done) override;
  void producer(Callback<ProducerStatus> done) override;
  void setProducing(bool on, Callback<void> done) override;
  void setProducerKeys(std::vector<ProducerKey> keys, Callback<void> done) override;

  // Runs `work(chain)` on one of the node's reader threads (a read transaction
  // of its own; never the node's thread) and `done(result)` on this client's
  // thread. Meant for the wallet layer's readers (HistoryClient); GUI pages use
  // the named requests above. There is no way to run work on the node's thread
  // from outside: its requests are the named ones above.
  template <class T>
  void read(std::function<Result<T>(const Chain&)> work, Callback<T> done);

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
void LocalNodeClient::read(std::function<Result<T>(const Chain&)> work, Callback<T> done) {
  const Chain* chain = &node_->chain();
  node_->readers().post([chain, link = link_, work = std::move(work), done = std::move(done)]() mutable {
    auto result = std::make_shared<Result<T>>(work(*chain));
    link->post([result, done = std::move(done)] { done(std::move(*result)); });
  });
}

}  // namespace wb::node
