// The node's P2P endpoint: listens and connects out, enforces inbound/outbound
// limits (evicting the least useful inbound peer when slots are full) and the
// operator's bans (both directions), redials --connect peers, keeps an address
// book from addr messages, answers getheaders/getblocks/gettxs from the Chain and
// the mempool within per-peer budgets, relays announcements to peers that do not
// know the item yet, drops a misbehaving connection and discourages its address
// (DESIGN §7) while serving the others, and drives headers-first sync (BlockSync).
//
// One PeerManager lives on the node's thread and does everything there; nothing
// blocks on the network. Results leave through signals; commands come in
// through the methods below (call them on the manager's thread, or queue them).
//
// Lifetime rule: a peer's state is destroyed only from the event loop, after
// the handler that closed the connection has returned (see reap()). A closed
// peer stays in peers_ until then, inert (Peer::send does nothing) and skipped
// by every count and loop, so no handler can see its own state vanish.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "chain/core/ids.h"
#include "chain/net/address_book.h"
#include "chain/net/ban_list.h"
#include "chain/net/block_sync.h"
#include "chain/net/discouragement.h"
#include "chain/net/peer.h"
#include "chain/net/peer_score.h"
#include "chain/net/recent_hashes.h"
#include "chain/net/reply_link.h"
#include "chain/net/request_budget.h"
#include "chain/net/tx_requests.h"
#include "chain/store/chain.h"
#include "interfaces/node_types.h"

namespace wb::net {

struct PeerManagerConfig {
  std::uint32_t maxInbound = 32;
  std::uint32_t maxOutbound = 8;
  std::uint32_t maxInboundPerAddress = 8;               // more from one address: one of its own makes room
  QString banListPath;                                  // empty: bans are kept in memory only
  std::int64_t discourageSeconds = kDefaultBanSeconds;  // after a misbehaving connection
  std::size_t maxDiscouraged = 10'000;                  // addresses remembered as discouraged
  UnixClock clock = systemUnixTime;                     // for bans and discouragement
  int redialFirstMs = 1'000;                            // a dropped persistent peer is dialled again after this,
  int redialMaxMs = 60'000;                             // doubling on each failure up to this
  std::string agent = "waybill/0.1.0";                  // ≤ kMaxAgentBytes
  std::uint64_t nonce = 0;                              // our node nonce; 0 = random
  std::size_t addressBookCapacity = 4096;
  std::size_t knownInventoryPerPeer = 8192;  // hashes remembered per peer to avoid echoes
  std::size_t maxServeQueue = 1024;          // block hashes a peer may have asked and not received yet
  int txRequestTimeoutMs = 5'000;            // a gettxs unanswered this long goes to the next announcer
  std::size_t maxTxRequests = 50'000;        // transactions tracked in flight
  bool autoConnect = false;                  // dial address-book entries to fill outbound slots
  int autoConnectIntervalMs = 5'000;
  PeerLimits peer;
  SyncLimits sync;
};

// Looks up a pending transaction by txid (the mempool); empty function = no mempool.
using TxSource = std::function<std::optional<Tx>(const Hash32& txid)>;

// Runs work on another thread (the node's reader threads, chain/node/reader_pool.h);
// the work reads the Chain only. Empty function = run it here.
using ReadExecutor = std::function<void(std::function<void()>)>;

// How connectTo treats the endpoint: Persistent ones (--connect) are redialled
// after every drop, with back-off, and their address is never discouraged.
enum class Dial { Once, Persistent };

// PeerInfo: interfaces/node_types.h.

class PeerManager : public QObject {
  Q_OBJECT
public:
  // `chain` must outlive the manager. Loads the ban list; see banListStatus().
  PeerManager(Chain& chain, PeerManagerConfig config, QObject* parent = nullptr);
  ~PeerManager() override;

  // What loading the ban list said (a damaged file: NetErrc::BanListCorrupt, bans start empty).
  const Status& banListStatus() const { return banListStatus_; }

  // Listens on `address`:`port` (0 = the OS picks; see listenPort()). Fails with NetErrc::ListenFailed.
  [[nodiscard]] Status listen(const QHostAddress& address, quint16 port);
  quint16 listenPort() const;

  // Where gettxs are answered from and what inv tx items we already have.
  void setTxSource(TxSource source) { txSource_ = std::move(source); }
  // Where getproof answers are built (DESIGN §11: a read transaction, not this
  // thread); they are sent from this thread once built. Set before listening.
  void setReadExecutor(ReadExecutor executor) { readExecutor_ = std::move(executor); }

  // Starts an outbound connection. Fails with NetErrc::Banned, NetErrc::Discouraged, NetErrc::TooManyPeers,
  // NetErrc::AlreadyConnected or EndpointErrc::BadAddress; connection errors come later as peerDisconnected.
  // A Persistent endpoint is remembered (even when this attempt fails for lack of
  // room) and dialled again whenever it is not connected.
  [[nodiscard]] Result<PeerId> connectTo(const HostPort& endpoint, Dial dial = Dial::Once);

  // Bans `address` for `seconds` and drops its connections. Fails with
  // EndpointErrc::BadAddress or NetErrc::BanListIo (the ban holds in memory anyway).
  [[nodiscard]] Status ban(const QHostAddress& address, std::int64_t seconds);
  [[nodiscard]] Status unban(const QHostAddress& address);
  bool isBanned(const QHostAddress& address) const { return bans_.isBanned(address); }
  std::vector<BanEntry> bans() const { return bans_.entries(); }

  // True while `address` is discouraged (a connection from it misbehaved lately).
  bool isDiscouraged(const QHostAddress& address) const { return discouraged_.contains(address); }

  // Drops `peer` and discourages its address for misbehaving (e.g. it relayed an invalid tx).
  void punish(PeerId peer, const Error& reason);
  // Charges `peer` for an offence that proves nothing once (peer_score.h): once
  // its allowance is used up it is dropped and discouraged like punish().
  void penalize(PeerId peer, Offence offence, const Error& reason, std::size_t items = 1);
  // Drops `peer` without blame.
  void disconnectPeer(PeerId peer);

  // Announces a block or transaction we have to every peer not known to have it.
  void announceBlock(const BlockHash& hash);
  void announceTx(const Hash32& txid);

  std::vector<PeerInfo> peers() const;
  std::size_t readyPeerCount() const;
  const AddressBook& addressBook() const { return addresses_; }
  std::uint64_t nonce() const { return nonce_; }
  // True while a connected peer has shown blocks above our tip that it has not
  // failed to deliver (BlockSync::syncing): the producer waits meanwhile.
  bool syncing() const { return sync_->syncing(); }
  // Headers held whose blocks are not imported yet.
  std::size_t pendingBlocks() const { return sync_->pendingBlocks(); }
  // Bytes of block bodies held while their ancestors are missing.
  std::size_t heldBodyBytes() const { return sync_->heldBytes(); }
  std::uint64_t bestKnownHeight() const { return sync_->bestKnownHeight(); }

signals:
  void peerConnected(wb::net::PeerId id, QString address, bool inbound);
  void peerDisconnected(wb::net::PeerId id, QString address, QString reason);
  // A peer broke the protocol or sent invalid data; the connection is dropped and
  // its address discouraged (unless exempt: 127.0.0.1, ::1, --connect peers).
  void peerMisbehaved(wb::net::PeerId id, QString address, int code, QString reason);
  // Headers arrived from a peer (before their bodies are fetched).
  void headersReceived(wb::net::PeerId id, const std::vector<wb::BlockHeader>& headers);
  // A block from the network was stored (connected, or on a side branch).
  void blockReceived(wb::BlockHash hash, quint64 height, wb::net::PeerId from);
  void tipAdvanced(wb::BlockHash hash, quint64 height);
  void sideBranchStored(wb::BlockHash hash);
  // A transaction from a peer, decoded but not validated: the mempool decides.
  void txReceived(wb::net::PeerId from, const wb::Tx& tx);
  // A state proof from a peer, decoded but not verified (light nodes check it).
  void proofReceived(wb::net::PeerId from, const wb::net::ProofMsg& proof);
  // Something on our side failed (ban list file, store); the node should show it.
  void warning(QString message);

private:
  struct PeerState {
    Peer* peer = nullptr;
    RecentHashes known;              // items this peer has or was told about
    std::deque<BlockHash> toServe;   // blocks it asked for, sent as its queue drains
    std::int64_t connectedMs = 0;    // on uptime_
    std::int64_t lastUsefulMs = -1;  // last block or wanted transaction it gave us, on uptime_
    RequestBudget headersBudget;     // getheaders it may still make
    RequestBudget proofBudget;       // getproof it may still make
    RequestBudget witnessBudget;     // getwitnesses it may still make
    RequestBudget txsBudget;         // gettxs items it may still ask for
    RequestBudget addrBudget;        // addr entries it may still tell us
    PeerScore score;                 // offences that cost it its connection when repeated
    std::uint64_t heightSeen = 0;    // the highest of our blocks it showed it has or we sent it
  };
  // A --connect endpoint: dialled again after each drop.
  struct PersistentPeer {
    HostPort target;
    std::uint32_t failures = 0;  // drops since the last completed handshake (the back-off)
    bool redialScheduled = false;
  };

  // Admission (peer_manager_admission.cpp): inbound limits, eviction, discouragement, redial.
  void onNewConnection();
  // Makes room for an inbound connection from `remote`; false when nobody can be evicted.
  bool makeRoomFor(const HostPort& remote);
  void discourage(const HostPort& remote, const Error& reason);
  bool exemptFromDiscouragement(const QHostAddress& address) const;
  // Dials `target` (canonical) now, once.
  Result<PeerId> dialOut(const HostPort& target);
  // Dials a persistent peer again after its back-off; nothing for other endpoints.
  void scheduleRedial(const HostPort& remote);
  void redial(const QString& key);
  std::size_t inboundFrom(const QHostAddress& address) const;

  Peer* addPeer(QTcpSocket* socket, bool inbound, const HostPort& remote);
  void onHandshake(PeerId id);
  // The Peer closed: reap() runs once the current handler has returned.
  void onDisconnected(PeerId id, const Error& reason, bool misbehaved);
  void reap(PeerId id, const Error& reason, bool misbehaved);
  bool live(const PeerState& state) const { return !state.peer->closed(); }
  void onMessage(PeerId id, const Message& message);
  void onTipAdvanced(const BlockHash& hash, quint64 height);
  void onAutoConnect();
  // Asks the next announcer for transactions whose request timed out.
  void onTxRequestTimer();
  void send(PeerId id, const Message& message);
  HelloMsg ourHello() const;
  std::size_t countPeers(bool inbound) const;

  // Message handlers (peer_manager_serve.cpp).
  void serveHeaders(PeerState& state, const GetHeadersMsg& request);
  void queueBlocks(PeerState& state, const GetBlocksMsg& request);
  void serveBlocks(PeerId id);
  void serveTxs(PeerState& state, const GetTxsMsg& request);
  void serveAddresses(PeerState& state);
  // getproof: the record at our tip with its proof, within the peer's proof budget.
  void serveProof(PeerState& state, const GetProofMsg& request);
  // getorderids: a page of the party's order ids at our tip, within the same budget.
  void serveOrderIds(PeerState& state, const GetOrderIdsMsg& request);
  void serveWitnesses(PeerState& state, const GetWitnessesMsg& request);
  void serveDelegateKeys(PeerState& state);
  // Runs `read` (a read of the chain) on the read executor (here without one)
  // and sends what it built to peer `id` from this thread, if it is still
  // connected; a failed read is a warning, not an answer.
  void readThenSend(PeerId id, std::function<Result<Message>()> read);
  void sendRead(PeerId id, const Result<Message>& built);
  void handleInv(PeerState& state, const InvMsg& inv);

  Chain& chain_;
  PeerManagerConfig config_;
  std::uint64_t nonce_;
  BanList bans_;
  Status banListStatus_;
  Discouragement discouraged_;
  std::map<QString, PersistentPeer> persistent_;  // hostPortText → endpoint
  QElapsedTimer uptime_;                          // monotonic time for peers' budgets and usefulness
  AddressBook addresses_;
  RecentHashes requestedTxs_;
  TxRequests txRequests_;
  QTimer txRequestTimer_;
  std::map<QString, std::int64_t> lastDialled_;  // "host:port" → unix time, for autoConnect
  QTcpServer server_;
  QTimer autoConnectTimer_;
  TxSource txSource_;
  ReadExecutor readExecutor_;
  // Answers built on reader threads come back through it; detached when this manager goes.
  std::shared_ptr<ReplyLink> replyLink_;
  std::map<PeerId, PeerState> peers_;
  PeerId nextId_ = 1;
  std::unique_ptr<BlockSync> sync_;
};

}  // namespace wb::net
