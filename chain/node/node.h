// The node (DESIGN §1, §7): owns the consensus engine, the chain store, the
// mempool, the P2P endpoint, the RPC server and the block producer, and keeps
// them in step: after every tip change the mempool follows, the producer plans
// again, and new_block / tx_status / order_update events go out on the RPC
// WebSocket. A side branch from a peer is offered to fork choice at once.
//
// A Node and everything it owns live on one thread (see NodeRunner, which gives
// it its own); call its methods there only. Other threads use NodeClient.
#pragma once

#include <QObject>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>

#include "chain/consensus/engine.h"
#include "chain/core/ids.h"
#include "chain/mempool/mempool.h"
#include "chain/net/peer_manager.h"
#include "chain/node/block_producer.h"
#include "chain/node/evidence_log.h"
#include "chain/node/node_config.h"
#include "chain/node/reader_pool.h"
#include "chain/rpc/rpc_server.h"
#include "chain/store/chain.h"
#include "interfaces/node_types.h"

namespace wb::node {

class Node : public QObject {
  Q_OBJECT
public:
  // Opens the network's store under config.dataDir (creating it from the
  // genesis on first use) and builds every part, without listening, dialling or
  // producing yet (see start()). `ctx` must outlive the node. Fails like
  // Chain::open and makeEngine.
  [[nodiscard]] static Result<std::unique_ptr<Node>> open(NodeConfig config, const SecpContext& ctx);
  ~Node() override;

  // Starts the P2P listener, dials config.connect, starts the RPC server (register
  // extra methods on rpcDispatcher() before) and, with config.produce, automatic
  // production. Fails with NetErrc::ListenFailed, RpcErrc::ListenFailed, RpcErrc::CookieIo or
  // NodeErrc::NoProducerKeys; what was started is stopped again.
  [[nodiscard]] Status start();

  const ChainParams& params() const { return chain_->params(); }
  const NodeConfig& config() const { return config_; }
  // DATADIR/<network>
  QString networkDir() const;
  Chain& chain() { return *chain_; }
  const Chain& chain() const { return *chain_; }
  Mempool& mempool() { return *mempool_; }
  net::PeerManager& peers() { return *peers_; }
  const ConsensusEngine& engine() const { return *engine_; }
  // The reader threads for queries (DESIGN §5): any thread may post to them.
  ReaderPool& readers() { return *readers_; }
  // Null without RPC.
  rpc::RpcServer* rpcServer() { return rpc_.get(); }
  rpc::RpcDispatcher* rpcDispatcher() { return rpc_ ? &rpc_->dispatcher() : nullptr; }
  quint16 p2pPort() const { return peers_->listenPort(); }
  quint16 rpcPort() const { return rpc_ ? rpc_->port() : 0; }
  bool manualClock() const { return manualClock_ != nullptr; }

  // Adds a transaction to the mempool, relays it and publishes tx_status
  // "pending". Returns the txid. Fails like Mempool::add.
  [[nodiscard]] Result<Hash32> submitTx(const Tx& tx);

  // Turns automatic production on or off (the GUI's mining switch). Fails with
  // NodeErrc::NoProducerKeys when turning on without keys.
  [[nodiscard]] Status setProducing(bool on);
  bool producing() const { return producer_->running(); }
  // Production is on but waits for keys (config.awaitProducerKeys, wallet locked).
  bool waitingForProducerKeys() const { return wantProduce_ && !producer_->canProduce(); }

  // A producer key handed over at run time; `secret` is null for a PoW reward
  // key (mining signs nothing). The node keeps the secrets alive while in use.
  using ProducerKey = node::ProducerKey;  // interfaces/node_types.h
  // Replaces the keys the node produces with (after config.producers). With
  // production wanted (config.produce or setProducing(true)) it starts or goes
  // on with them; with none it stops until keys come back.
  void setProducerKeys(std::vector<ProducerKey> keys);
  BlockProducer& producer() { return *producer_; }

  // Produces `count` blocks now (dev networks with --dev-clock manual). Fails
  // like BlockProducer::produce.
  [[nodiscard]] Result<std::vector<BlockHash>> devProduce(std::size_t count);

  // Where a transaction is: "confirmed" (with its location), "pending"
  // (mempool; ready or waiting for a nonce gap), "dropped" (accepted once, then
  // let go for `dropReason`), or nullopt when unknown.
  struct TxStatus {
    enum class State { Pending, Waiting, Confirmed, Dropped } state = State::Pending;
    std::optional<TxLocation> location;
    DropReason dropReason = DropReason::Conflict;
  };
  [[nodiscard]] Result<std::optional<TxStatus>> txStatus(const Hash32& txid) const;

  // DPoS double-production evidence seen so far, oldest first (empty on PoW/PoS).
  const std::vector<DoubleProductionEvidence>& evidence() const { return evidence_->all(); }

signals:
  // The main chain's tip moved (new block, sync, reorganisation).
  void tipChanged(wb::BlockHash hash, quint64 height);
  // A transaction entered the mempool.
  void txAccepted(wb::Hash32 txid);
  // An order changed in a connected block (by a transaction or a deadline) or
  // went back to an earlier state in a reorganisation.
  void orderChanged(wb::OrderId orderId);
  // Something went wrong that a person should see (never fatal).
  void warning(QString message);

private:
  Node(NodeConfig config, const SecpContext& ctx);
  [[nodiscard]] Status build();
  // After any tip change: mempool, producer, events. `disconnected` are the
  // blocks a reorganisation took off the main chain.
  void onTipMoved(const std::vector<Block>& disconnected = {});
  void onSideBranch(const BlockHash& hash);
  // Finishes a branch switch cut short by a crash or a local fault (fork choice
  // at start); on another local fault tries again later, backing off.
  void finishReorganization();
  void scheduleReorgRetry();
  void onPeerTx(net::PeerId from, const Tx& tx);
  void publishBlock(const Block& block, const BlockHash& hash);
  // order_update and orderChanged for each order that still exists.
  void publishOrders(const std::vector<OrderId>& ids);
  // tx_status for the transactions of blocks a reorganisation took away that are
  // pending again (conflicting ones go out as dropped with publishDrops), and
  // order_update for their orders.
  void republishReturned(const std::vector<Block>& disconnected);
  void publish(rpc::RpcTopic topic, const QJsonObject& params, const QStringList& keys);
  // tx_status "dropped" for what the mempool let go since the last call.
  void publishDrops();
  // DATADIR/<network>/mempool.dat: what the pool held at the last shutdown is
  // offered again at start (what is no longer valid is dropped with a log line).
  void loadMempool();
  // A PoS/DPoS block this node signed that the store lost (power loss after
  // MDB_NOMETASYNC) goes back on the tip from DATADIR/<network>/last_signed.dat.
  void recoverSignedBlock();
  // DPoS: keeps evidence when `header` and the main chain's block at its height
  // were signed by one producer for one slot.
  void checkDoubleProduction(const BlockHeader& header);
  void saveMempool() const;

  NodeConfig config_;
  const SecpContext& ctx_;
  std::unique_ptr<Clock> clock_;
  ManualClock* manualClock_ = nullptr;  // clock_ when the dev clock is manual
  std::unique_ptr<ConsensusEngine> engine_;
  std::unique_ptr<Chain> chain_;
  std::unique_ptr<ReaderPool> readers_;  // use chain_: ended before it
  std::unique_ptr<Mempool> mempool_;
  std::unique_ptr<net::PeerManager> peers_;
  std::unique_ptr<rpc::RpcServer> rpc_;
  std::unique_ptr<BlockProducer> producer_;
  bool wantProduce_ = false;  // automatic production asked for (it may wait for keys)
  std::vector<std::shared_ptr<const SecureBytes>> producerSecrets_;  // of setProducerKeys
  std::unique_ptr<EvidenceLog> evidence_;
  // (height, hash) of the newest published blocks, to find the fork point of a
  // reorganisation and publish each new block once.
  std::deque<std::pair<std::uint64_t, BlockHash>> published_;
  std::chrono::milliseconds reorgRetryDelay_{1000};  // doubles up to a minute while faults last
  bool reorgRetryScheduled_ = false;
};

}  // namespace wb::node
