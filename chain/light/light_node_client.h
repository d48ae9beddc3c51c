// The light node's side of the GUI's NodeClient interface (interfaces/
// node_client.h, DESIGN §11): every question is asked on the light node's
// thread and answered from records its full peers prove against its headers —
// accounts, orders and order lists, nonces (proven, above the node's own
// pending transactions), the Overview's escrow and sales — and the answer comes
// back as a callback on the client's own thread. Transactions go through the
// node's LightTxTracker (kept until settled). What needs the whole chain or a
// full node's peers and producer (block and transaction explorer, bans,
// evidence, production) fails with RpcErrc::MethodNotFound and a message saying so.
//
// Lives on the thread that created it (which needs an event loop); destroy it
// before the node is stopped (LightRunner::stop). Callbacks of a destroyed
// client are never run.
#pragma once

#include <memory>

#include "chain/core/ids.h"
#include "chain/light/light_node.h"
#include "chain/net/reply_link.h"
#include "interfaces/node_client.h"

namespace wb::light {

// A transaction this light node submitted, held by a block of the best branch.
struct ConfirmedTx {
  Tx tx;
  Hash32 txid{};
  std::uint64_t height = 0;
  std::uint32_t index = 0;  // its position in the block
  BlockHash block{};
  std::uint64_t time = 0;  // the block's time
};

class LightNodeClient final : public node::NodeClient {
  Q_OBJECT
public:
  // `node` runs on its own thread (LightRunner::node()).
  explicit LightNodeClient(LightNode* node, QObject* parent = nullptr);
  ~LightNodeClient() override;

  // NodeClient (interfaces/node_client.h)
  void status(Callback<node::NodeStatus> done) override;
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
  void delegates(Callback<std::vector<node::DelegateEntry>> done) override;
  void blockAt(std::uint64_t height, Callback<std::optional<node::BlockLookup>> done) override;
  void blockByHash(BlockHash hash, Callback<std::optional<node::BlockLookup>> done) override;
  void blocks(std::uint64_t top, std::size_t count, Callback<std::vector<node::BlockSummary>> done) override;
  void transaction(Hash32 txid, Callback<std::optional<node::TxLookup>> done) override;
  void escrow(std::vector<AccountKey> accounts, Callback<node::EscrowSummary> done) override;
  void sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
             Callback<std::vector<node::SalesDay>> done) override;
  void producer(Callback<node::ProducerStatus> done) override;
  void setProducing(bool on, Callback<void> done) override;
  void setProducerKeys(std::vector<node::ProducerKey> keys, Callback<void> done) override;

  // The transactions this node submitted that blocks of the best branch hold,
  // in chain order (height, then position): a light wallet's own history
  // (LightHistoryClient). Store errors.
  void confirmedTransactions(Callback<std::vector<ConfirmedTx>> done);

signals:
  // What the node proved about a transaction it submitted changed (pending →
  // confirmed or conflict, or back after a reorganisation).
  void submittedTxChanged(wb::Hash32 txid);

private:
  // Runs `work(node, reply)` on the node's thread; calling `reply(result)` there
  // (at once or when a proof came) brings `done(result)` to this client's thread.
  template <class T>
  void ask(std::function<void(LightNode&, Callback<T>)> work, Callback<T> done);

  // Answers `result` on this client's thread on a later turn of its event loop.
  template <class T>
  void answer(Callback<T> done, Result<T> result);

  LightNode* node_;
  // Shared with queued work so an answer for a destroyed client is dropped.
  std::shared_ptr<ReplyLink> link_;
};

}  // namespace wb::light
