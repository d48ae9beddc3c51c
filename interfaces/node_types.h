// The plain values the GUI and the node pass each other through NodeClient
// (interfaces/node_client.h): what the node's pages show of its chain, peers,
// bans, producer and evidence. Only values here (chain/core and chain/state
// records), no behaviour and nothing of the node's machinery, so the GUI sees
// the node without seeing its store, network or consensus code (DESIGN §1).
// The node's layers fill them; their definitions live here for that reason.
#pragma once

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "chain/address/net_address.h"
#include "chain/core/amount.h"
#include "chain/core/block.h"
#include "chain/core/chain_position.h"
#include "chain/core/double_production_evidence.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "chain/core/secure_bytes.h"
#include "chain/state/records.h"

namespace wb::net {

using PeerId = quint64;

// A connected peer as the Network page shows it.
struct PeerInfo {
  PeerId id = 0;
  HostPort remote;
  bool inbound = false;
  bool ready = false;            // handshake complete
  std::uint64_t bestHeight = 0;  // as the peer said in hello (or later headers)
  quint16 listenPort = 0;
  QString agent;
  std::uint64_t blocksReceived = 0;  // bodies from this peer that we accepted
  qint64 pingMs = -1;
  qint64 queuedBytes = 0;  // written to it and not yet taken by the network
};

// How long a ban lasts unless the operator says otherwise (node_ban, the Network
// page) and how long a misbehaving connection's address is discouraged.
inline constexpr std::int64_t kDefaultBanSeconds = 24 * 60 * 60;

// An operator's ban (node_ban, the Network page).
struct BanEntry {
  QString address;         // canonical text (net_address.h addressKey)
  std::int64_t until = 0;  // unix seconds; banned while now < until
  bool operator==(const BanEntry&) const = default;
};

}  // namespace wb::net

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

// A registered delegate with its place in the ranking.
struct DelegateEntry {
  AccountKey key{};
  state::Delegate delegate;
  std::size_t rank = 0;  // 1-based: votes descending, then key ascending
  bool active = false;   // among the params' activeDelegates (DPoS producers)
};

// What a block list shows of one block.
struct BlockSummary {
  BlockHash hash{};
  std::uint64_t height = 0;
  std::uint64_t time = 0;
  AccountKey producer{};
  std::size_t txCount = 0;
  std::size_t size = 0;  // encoded bytes
};

struct BlockLookup {
  Block block;
  BlockHash hash{};
  bool mainChain = false;
  std::size_t size = 0;  // encoded bytes
};

struct TxLookup {
  Tx tx;
  Hash32 txid{};
  // Pending: in the mempool, ready; Waiting: in the mempool behind a nonce gap.
  enum class Where { Pending, Waiting, Confirmed } where = Where::Pending;
  std::optional<TxLocation> location;  // set when confirmed
};

struct ProducerStatus {
  bool canProduce = false;      // the node has a key to produce with
  bool producing = false;       // automatic production is on
  bool waitingForKeys = false;  // production is wanted but no key is there (wallet locked)
  ConsensusKind consensus = ConsensusKind::Pow;
  std::uint64_t hashesPerSecond = 0;           // PoW, over the last few seconds
  std::optional<std::uint64_t> nextBlockTime;  // unix seconds of our next planned block
};

// A key the node produces blocks with: the account and, for PoS/DPoS, its
// secret (PoW mines to the account without one).
struct ProducerKey {
  AccountKey key{};
  std::shared_ptr<const SecureBytes> secret;
};

// The escrow of a wallet's open orders (the Overview).
struct EscrowSummary {
  Amount paidByUs = 0;         // escrow of open orders one of the accounts paid
  Amount owedToUs = 0;         // escrow of open orders one of the accounts sells
  std::size_t openOrders = 0;  // paid, shipped or disputed orders of either kind (each counted once)
};

// One day of a merchant's sales.
struct SalesDay {
  std::uint64_t dayStart = 0;  // unix seconds, 00:00 UTC
  Amount revenue = 0;          // released to the merchant (completed or resolved orders)
  std::size_t orders = 0;
};

}  // namespace wb::node
