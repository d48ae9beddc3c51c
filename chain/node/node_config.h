// What a Node is started with (DESIGN §7): where its data lives, which network,
// how it talks to peers and RPC clients, and whether and as whom it produces.
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>
#include <vector>

#include "chain/address/net_address.h"
#include "chain/consensus/engine.h"
#include "chain/core/genesis.h"
#include "chain/mempool/mempool.h"
#include "chain/rpc/rpc_endpoint.h"

namespace wb::node {

struct NodeConfig {
  QString dataDir;                      // DATADIR; the network lives in DATADIR/<genesis.params.name>/
  GenesisFile genesis;                  // params.genesisHash set (readGenesisFile / makeDevGenesis)
  std::optional<net::HostPort> listen;  // P2P; nullopt = do not accept peers
  std::vector<net::HostPort> connect;   // peers to dial at start
  std::optional<rpc::RpcEndpoint> rpc;  // nullopt = no RPC server
  bool produce = false;                 // produce blocks on its own (ignored with manualClock)
  // With `produce` and no `producers` yet: start anyway and produce once keys
  // arrive (Node::setProducerKeys; the GUI hands its wallet's keys when it is
  // unlocked). Without it such a start fails with NodeErrc::NoProducerKeys.
  bool awaitProducerKeys = false;
  unsigned mineThreads = 1;  // PoW worker threads
  bool manualClock = false;  // dev: time moves and blocks come only on dev_produce
  // Keys the node may produce with. The app owns the secrets; they must outlive the node.
  std::vector<LocalProducer> producers;
  std::string agent = "waybilld/0.1.0";
  MempoolLimits mempool;  // bytes, waiting transactions and their lifetime
};

}  // namespace wb::node
