// How the GUI sees the node (DESIGN §1, like bitcoin-qt's interfaces::Node): a
// narrow abstract interface of named, asynchronous requests over plain values
// (interfaces/node_types.h). Every answer comes back as a callback run on the
// client's own thread, so the caller never waits; tip and order changes arrive
// as signals on that thread. Nothing of the node's store, network, consensus or
// thread is reachable through it (tests/ui/check_ui_includes.cmake checks ui/).
//
// The node's implementation is node::LocalNodeClient (chain/node/
// local_node_client.h), made by the application; view tests may use a fake.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/state/order_queries.h"
#include "interfaces/node_types.h"

namespace wb::node {

class NodeClient : public QObject {
  Q_OBJECT
public:
  using QObject::QObject;
  ~NodeClient() override;

  template <class T>
  using Callback = std::function<void(Result<T>)>;

  // Tip, finality, sync state and peer count.
  virtual void status(Callback<NodeStatus> done) = 0;
  // Submits a signed transaction: the txid, or why it was refused.
  virtual void submitTx(Tx tx, Callback<Hash32> done) = 0;
  // An account as of the tip (all zero when never seen).
  virtual void account(AccountKey key, Callback<state::Account> done) = 0;
  // An order, or nullopt when unknown.
  virtual void order(OrderId id, Callback<std::optional<state::Order>> done) = 0;
  // One page of a party's orders, newest first.
  virtual void orders(state::OrderQuery query, Callback<state::OrderPage> done) = 0;
  // The nonce `sender`'s next transaction must carry, counting its pending ones.
  virtual void nextNonce(AccountKey sender, Callback<std::uint64_t> done) = 0;
  // The connected peers.
  virtual void peers(Callback<std::vector<net::PeerInfo>> done) = 0;
  // DPoS double-production evidence the node keeps, oldest first.
  virtual void evidence(Callback<std::vector<DoubleProductionEvidence>> done) = 0;
  // The banned addresses.
  virtual void bans(Callback<std::vector<net::BanEntry>> done) = 0;
  // Bans the IP `address` for `seconds` (disconnecting it); fails with
  // EndpointErrc::BadAddress for text that is not an IP address.
  virtual void ban(QString address, std::int64_t seconds, Callback<void> done) = 0;
  // Lifts the ban of `address`.
  virtual void unban(QString address, Callback<void> done) = 0;
  // Dials `hostPort` ("host:port"); the peer's id, or why the address is unusable.
  virtual void connectPeer(QString hostPort, Callback<net::PeerId> done) = 0;

  // Registered delegates, ranked.
  virtual void delegates(Callback<std::vector<DelegateEntry>> done) = 0;
  // The main-chain block at `height`, or nullopt above the tip.
  virtual void blockAt(std::uint64_t height, Callback<std::optional<BlockLookup>> done) = 0;
  // The stored block `hash`, or nullopt when unknown.
  virtual void blockByHash(BlockHash hash, Callback<std::optional<BlockLookup>> done) = 0;
  // Up to `count` main-chain blocks from height `top` downwards.
  virtual void blocks(std::uint64_t top, std::size_t count, Callback<std::vector<BlockSummary>> done) = 0;
  // Transaction `txid` from the mempool or the chain, or nullopt when unknown.
  virtual void transaction(Hash32 txid, Callback<std::optional<TxLookup>> done) = 0;

  // The escrow of the open orders of `accounts` .
  virtual void escrow(std::vector<AccountKey> accounts, Callback<EscrowSummary> done) = 0;
  // The last `days` days of sales of `accounts` as merchants, up to the later of
  // `now` (unix s) and the tip's time — on a manual dev clock, up to the tip's time.
  virtual void sales(std::vector<AccountKey> accounts, std::uint64_t now, std::size_t days,
                     Callback<std::vector<SalesDay>> done) = 0;

  // The block producer's state (mining switch, hash rate, next planned block).
  virtual void producer(Callback<ProducerStatus> done) = 0;
  // Turns automatic production on or off; fails with NodeErrc::NoProducerKeys when
  // the node has no key to produce with.
  virtual void setProducing(bool on, Callback<void> done) = 0;
  // Hands the node the keys to produce with (the node produces with them); an
  // empty list takes them away (the wallet locked).
  virtual void setProducerKeys(std::vector<ProducerKey> keys, Callback<void> done) = 0;

signals:
  void tipChanged(wb::BlockHash hash, quint64 height);
  void orderChanged(wb::OrderId orderId);
  void txAccepted(wb::Hash32 txid);
};

}  // namespace wb::node
