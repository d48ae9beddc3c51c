// The light node (`waybilld --light`, DESIGN §11): a header chain in
// DATADIR/<network>/light/, kept up to date from full peers (LightSync), and a
// JSON-RPC server that answers from it:
//   node_info    {"mode": "light", network, consensus, genesis, height, tip,
//                 peers, best_known_height, syncing, version}
//   account_get  {address}  the account proven against a header of the best
//                branch: accountJson fields, "next_nonce" (= nonce: a light node
//                has no mempool), "proven": true, "proof_height", "proof_block"
//   order_get    {id}       the order, proven likewise (absent: proven absent)
//   order_list   {address, role?, status?, limit?, before?}  a page of the
//                party's orders: ids from every full peer, each order proven
//                (these three: light_node_reads.cpp)
//   tx_submit    {hex}      checked as far as a light node can (LightTxTracker),
//                           kept and sent to the full peers → {txid}
//   tx_status    {txid}     what the node proved about a transaction it
//                           submitted: pending, confirmed (block, height, index;
//                           "proven": true) or dropped ("reason": "conflict",
//                           proven likewise); "unknown" for others
// The wallet's methods join them when the node serves a wallet (app/WalletRpc
// over a LightWalletLedger). Every other method of a full node answers -32601
// with a message saying it needs the full chain. Only proof-of-work networks
// (HeaderChain::open).
//
// Lives on the thread that creates it; nothing blocks but the LMDB writes of
// incoming headers (small).
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/core/genesis.h"
#include "chain/light/header_chain.h"
#include "chain/light/light_sync.h"
#include "chain/light/light_tx_tracker.h"
#include "chain/light/order_watch.h"
#include "chain/rpc/rpc_endpoint.h"
#include "chain/rpc/rpc_server.h"
#include "chain/state/order_queries.h"

namespace wb::light {

struct LightNodeConfig {
  QString dataDir;                      // DATADIR; the network lives in DATADIR/<genesis.params.name>/
  GenesisFile genesis;                  // params.genesisHash set
  std::vector<net::HostPort> connect;   // full peers
  std::optional<rpc::RpcEndpoint> rpc;  // nullopt = no RPC server
  std::string agent = "waybilld/0.1.0 (light)";
  LightSyncConfig sync;  // its `peers` and `agent` come from the fields above
};

// What a proof adds to every answer built from it: "proven": true, "proof_height", "proof_block".
void markProven(QJsonObject& out, const ProvenRecord& record);

// A record read through a proof, with that proof (its height and block).
template <class T>
struct Proven {
  T value;
  ProvenRecord proof;
};

// Every registered delegate, ranked, each proven at one header with the totals
// that count them (LightNode::listDelegates).
struct ProvenDelegates {
  std::vector<node::DelegateEntry> delegates;
  ProvenRecord totals;  // the proof of the count; its height and block are every delegate's
};

// A page of a party's orders, each proven (LightNode::listOrders).
struct ProvenOrderPage {
  std::vector<Proven<state::Order>> orders;  // newest first
  std::optional<state::OrderCursor> next;    // nullopt: the end
  std::size_t peers = 0;                     // the full peers whose lists were merged
};

class LightNode : public QObject {
  Q_OBJECT
public:
  // Opens the header store (DATADIR/<network>/light) and prepares RPC; `ctx`
  // must outlive the node; time is the system clock. Fails
  // like HeaderChain::open or with the
  // RPC set-up's errors.
  [[nodiscard]] static Result<std::unique_ptr<LightNode>> open(LightNodeConfig config, const SecpContext& ctx);
  ~LightNode() override;

  // Starts RPC (RpcErrc::ListenFailed, RpcErrc::CookieIo) and dials the peers.
  [[nodiscard]] Status start();
  void stop();

  HeaderChain& headers() { return *headers_; }
  LightSync& sync() { return *sync_; }
  LightTxTracker& txs() { return *txs_; }
  OrderWatch& orderWatch() { return *orderWatch_; }
  quint16 rpcPort() const { return rpc_ ? rpc_->port() : 0; }
  // Where more RPC methods join (the wallet's, before start()); null without RPC.
  rpc::RpcDispatcher* rpcDispatcher() { return rpc_ ? &rpc_->dispatcher() : nullptr; }
  QString networkDir() const;

  // Proven reads (light_node_reads.cpp), answered on this thread; the proof
  // request's errors (LightErrc::ProofUnknownBlock, NetErrc::SocketError) or the record
  // decoder's.
  template <class T>
  using ProvenCallback = std::function<void(Result<Proven<T>>)>;
  // The account `key` (a fresh one when it has no record).
  void proveAccount(const AccountKey& key, ProvenCallback<state::Account> done);
  // The order `id`, nullopt when proven absent.
  void proveOrder(const OrderId& id, ProvenCallback<std::optional<state::Order>> done);
  // The nonce `sender`'s next transaction carries: its proven nonce, or one
  // above its highest pending transaction submitted here; tracker errors too.
  void nextNonce(const AccountKey& sender, ProvenCallback<std::uint64_t> done);
  // One page of `query.party`'s orders (query's role, status, limit, before):
  // the ids from every full peer (LightSync::requestOrderIds), each order
  // proven; a peer that listed an order the party has no part in is dropped.
  void listOrders(const state::OrderQuery& query, std::function<void(Result<ProvenOrderPage>)> done);
  // Every delegate (light_node_delegates.cpp): the keys from a full peer, each
  // delegate and the totals proven at one header; a peer listing a key that is
  // no delegate, or fewer than the totals count, is dropped
  // (LightErrc::WitnessIncomplete). Asked again when a new header comes in between.
  void listDelegates(std::function<void(Result<ProvenDelegates>)> done);

  // The folder of the header store: DATADIR/<network>/light.
  static std::filesystem::path storeDir(const QString& dataDir, const std::string& network);

signals:
  void warning(const QString& message);

private:
  LightNode(LightNodeConfig config, std::unique_ptr<ConsensusEngine> engine, std::unique_ptr<HeaderChain> headers);
  [[nodiscard]] Status registerTxMethods(rpc::RpcDispatcher& dispatcher);
  [[nodiscard]] Status registerMethods(rpc::RpcDispatcher& dispatcher);
  [[nodiscard]] Status registerReadMethods(rpc::RpcDispatcher& dispatcher);
  [[nodiscard]] Status registerDelegateMethods(rpc::RpcDispatcher& dispatcher);
  void proveDelegates(const DelegateKeys& keys, int attemptsLeft, std::function<void(Result<ProvenDelegates>)> done);
  // Proves every order of `page`; `done` gets those `query` asks for.
  void proveListedOrders(const state::OrderQuery& query, const OrderIdsPage& page,
                         std::function<void(Result<ProvenOrderPage>)> done);

  LightNodeConfig config_;
  std::unique_ptr<ConsensusEngine> engine_;
  std::unique_ptr<HeaderChain> headers_;
  std::unique_ptr<LightSync> sync_;
  std::unique_ptr<LightTxTracker> txs_;
  OrderWatch* orderWatch_ = nullptr;  // a child of this node
  std::unique_ptr<rpc::RpcServer> rpc_;
};

}  // namespace wb::light
