// A light node's side of the P2P protocol (DESIGN §11): it dials full peers
// (--connect), follows their headers into the HeaderChain (getheaders with a
// locator of its best branch, again on every block announcement and every few
// seconds), and asks them for state proofs (getproof), which it checks against
// its own headers before anyone sees the record.
//
// A peer is dropped as misbehaving when it sends headers the engine refuses (a
// header "from the future" for our clock is only retried later) or a proof that
// does not verify; a proof request then goes to the next peer. A proof for a
// block we have no header of yet (the peer is ahead) makes us fetch headers and
// ask again; one for a block well below our tip (maxProofLag) is stale and
// another peer is asked, without offence. It advertises height 0 and serves nothing but empty answers: full
// nodes never sync from it.
//
// Lives on one thread (its owner's); nothing blocks.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <span>
#include <vector>

#include "chain/core/ids.h"
#include "chain/light/header_chain.h"
#include "chain/light/proof_check.h"
#include "chain/net/peer.h"
#include "chain/net/request_budget.h"
#include "interfaces/node_types.h"

namespace wb::light {

struct LightSyncConfig {
  std::vector<net::HostPort> peers;  // full peers to dial, redialled after every drop
  std::string agent = "waybilld/0.1.0 (light)";
  net::PeerLimits limits;
  int redialMs = 1'000;         // a dropped peer is dialled again after this
  int refreshMs = 5'000;        // getheaders to every peer this often, besides announcements
  int proofTimeoutMs = 10'000;  // a proof request nobody answered in time fails
  int maxProofAttempts = 4;     // peers asked (or re-asked after fetching headers) per request
  // A proof for a block more than this many below our tip is stale (a lagging
  // peer, or one that withholds recent state): another peer is asked.
  std::uint64_t maxProofLag = 6;
};

// The StateProof a P2P proof answer carries (its table and key are the caller's to check).
StateProof stateProofFromMessage(const net::ProofMsg& message);

// What a finished proof request gives its callback.
using ProofCallback = std::function<void(const Result<ProvenRecord>&)>;
// What a finished block request gives its callback: the block, its body checked against its header.
using BlockCallback = std::function<void(const Result<Block>&)>;

// A page of a party's order ids merged from what the full peers list (newest
// first). Only the ids are the peers' word: each order is then proven.
struct OrderIdsPage {
  std::vector<net::OrderRef> orders;
  std::map<Hash32, std::vector<net::PeerId>> listedBy;  // the peers that listed each order
  std::optional<net::OrderRef> next;                    // the cursor of the next page; nullopt: the end
  std::size_t peers = 0;                                // how many peers answered
};
using OrderIdsCallback = std::function<void(const Result<OrderIdsPage>&)>;
// The delegate keys one full peer listed, and which peer (its word only: LightNode proves them).
struct DelegateKeys {
  std::vector<AccountKey> keys;
  net::PeerId peer = 0;
};
using DelegateKeysCallback = std::function<void(const Result<DelegateKeys>&)>;

class LightSync : public QObject {
  Q_OBJECT
public:
  // `chain` must outlive this object.
  LightSync(HeaderChain& chain, LightSyncConfig config, QObject* parent = nullptr);
  ~LightSync() override;

  // Dials every configured peer.
  void start();
  // Closes every connection; nothing is redialled afterwards.
  void stop();

  // Asks a ready peer for record `key` of `table` with its proof and calls
  // `done` (on this thread) with the record proven against a header of the
  // best branch, or the error: LightErrc::ProofUnknownBlock / NetErrc::SocketError when no
  // peer could give a verifiable proof in time.
  void requestProof(state::Table table, Bytes key, ProofCallback done);

  // Asks a ready peer for the block whose header is `hash` and calls `done`
  // (on this thread) with it once its transactions match the header's tx_root;
  // a peer sending a block that does not match is dropped and another asked.
  // Fails with NetErrc::SocketError when no peer delivered it in time.
  void requestBlock(const BlockHash& hash, BlockCallback done);

  // Sends `tx` to every ready peer (their mempools relay it on).
  void broadcastTx(const Tx& tx);

  // Asks every ready full peer (the first to become ready when none is yet) for
  // the ids of `party`'s orders below `before` (at most `limit`, 1 …
  // net::kMaxOrderIdsPerMessage) and merges the answers,
  // so an order one peer leaves out is listed when another lists it; `done`
  // (on this thread) once all answered or the proof timeout passed, with the
  // orders every answer covers; NetErrc::SocketError when no peer answered.
  void requestOrderIds(const AccountKey& party, std::uint32_t limit, std::optional<net::OrderRef> before,
                       OrderIdsCallback done);

  // Asks a ready full peer (within its request budget) for the keys of every
  // registered delegate at its tip — waiting for one when none can be asked yet;
  // `done` on this thread, NetErrc::SocketError when no peer could be asked or the one
  // asked did not answer in time (proofTimeoutMs each).
  void requestDelegateKeys(DelegateKeysCallback done);
  // Drops full peer `id` as misbehaving, for `reason` (a caller found it lied).
  void dropPeer(net::PeerId id, const Error& reason);

  std::size_t readyPeers() const;
  // The full peers connected now (what a Network page shows).
  std::vector<net::PeerInfo> peers() const;
  // The highest height a ready peer announced in its hello.
  std::uint64_t bestKnownHeight() const;

signals:
  void tipChanged(std::uint64_t height, const wb::BlockHash& hash);
  // The best branch changed below its old tip: headers above `forkHeight` left it.
  void branchSwitched(std::uint64_t forkHeight);
  // A full peer finished its handshake (what we submitted goes to it too).
  void peerReady();
  // A peer was dropped for `reason` (misbehaving: a bad header or proof).
  void peerDropped(const QString& address, const QString& reason, bool misbehaved);

private:
  struct Slot {  // one configured peer
    net::HostPort endpoint;
    net::Peer* peer = nullptr;
    QTimer* redial = nullptr;
    // Our getproof requests to this peer, paced to what a full node answers
    // (net::kProofBurst, net::kProofsPerSecond); renewed with each connection.
    net::RequestBudget proofBudget{net::kProofBurst, net::kProofsPerSecond* net::kProofPacing};
    net::RequestBudget witnessBudget{net::kWitnessBurst, net::kWitnessRequestsPerSecond* net::kProofPacing};
  };
  struct ProofRequest {
    std::uint64_t id = 0;
    state::Table table = state::Table::Accounts;
    Bytes key;
    std::vector<ProofCallback> callbacks;
    net::PeerId askedPeer = 0;  // 0: waiting for a ready peer (or for headers)
    int attempts = 0;
    qint64 deadlineMs = 0;         // from the request, and again from each time it is sent
    bool awaitingHeaders = false;  // re-asked once headers from askedPeer arrive
    std::set<net::PeerId> failed;  // peers that sent a proof that does not verify
    bool finished = false;         // out of attempts: its failure is on its way
  };

  struct BlockRequest {
    BlockHash hash{};
    std::vector<BlockCallback> callbacks;
    net::PeerId askedPeer = 0;  // 0: waiting for a ready peer
    int attempts = 0;
    qint64 deadlineMs = 0;
    std::set<net::PeerId> failed;  // peers that did not have it or sent a wrong one
  };

  void dial(std::size_t slot);
  void onHandshake(net::PeerId id);
  void onMessage(net::PeerId id, const net::Message& message);
  void onDisconnected(net::PeerId id, const Error& reason, bool misbehaved);
  void requestHeaders(net::Peer& peer);
  void onHeaders(net::Peer& peer, const std::vector<BlockHeader>& headers);
  // Verifies and stores headers (with their witnesses, or none), then goes on
  // as an answer to getheaders does: more headers after a full page, waiting proofs.
  void addHeadersFrom(net::Peer& peer, std::span<const BlockHeader> headers,
                      std::span<const state::ConsensusWitness> witnesses, bool fullPage);
  // PoS and DPoS headers wait for their consensus witnesses (light_sync_witnesses.cpp).
  struct PendingHeaders {
    std::vector<BlockHeader> headers;  // new to the chain, in the peer's order
    std::vector<state::ConsensusWitness> witnesses;
    bool fullPage = false;
    bool asked = false;  // a getwitnesses is out (else it waits for the budget)
    qint64 deadlineMs = 0;
  };
  void awaitWitnesses(net::Peer& peer, std::vector<BlockHeader> headers, bool fullPage);
  void requestWitnesses(net::Peer& peer, PendingHeaders& pending);
  void onWitnesses(net::Peer& peer, const net::WitnessesMsg& message);
  void witnessesOnTick(qint64 now);
  // Delegate key requests (light_sync_delegates.cpp), one per asked peer.
  struct DelegateKeysRequest {
    std::vector<DelegateKeysCallback> callbacks;
    qint64 deadlineMs = 0;
  };
  void onDelegateKeys(net::Peer& peer, const net::DelegateKeysMsg& message);
  void finishDelegateKeys(net::PeerId id, const Result<DelegateKeys>& result);
  void delegateKeysOnTick(qint64 now);
  // Sends the waiting delegate key requests to a peer that can be asked now, if any.
  void askForDelegateKeys();
  void onProof(net::Peer& peer, const net::ProofMsg& message);
  // Sends `request` to a ready peer other than those that failed it, if any.
  void dispatchProof(ProofRequest& request);
  void finishProof(std::uint64_t id, const Result<ProvenRecord>& result);
  // Block requests (light_sync_blocks.cpp).
  struct OrderIdsRequest {
    net::GetOrderIdsMsg ask;
    std::set<net::PeerId> waiting;  // asked, not answered yet
    std::map<net::OrderRef, std::vector<net::PeerId>, std::greater<>> listed;
    std::optional<net::OrderRef> cutoff;  // the oldest order a peer's unfinished list reached
    std::size_t answered = 0;
    qint64 deadlineMs = 0;
    OrderIdsCallback done;
  };
  // Sends `request` to every ready peer within its budget.
  void askForOrderIds(OrderIdsRequest& request);
  // Asks for the requests no peer was asked for yet (none could be when they came).
  void askForUnaskedOrderIds();
  // Order id requests (light_sync_orders.cpp).
  void onOrderIds(net::Peer& peer, const net::OrderIdsMsg& message);
  void finishOrderIds(std::uint64_t id);
  void orderIdsOnTick(qint64 now);
  void orderIdsOnDisconnect(net::PeerId id);
  void dispatchBlock(BlockRequest& request);
  void onBlock(net::Peer& peer, const net::BlockMsg& message);
  void onNotFound(net::Peer& peer, const net::NotFoundMsg& message);
  void finishBlock(const BlockHash& hash, const Result<Block>& result);
  void blocksOnTick(qint64 now);
  void blocksOnDisconnect(net::PeerId id);
  void onTick();
  net::Peer* peerById(net::PeerId id) const;
  net::HelloMsg ourHello() const;

  HeaderChain& chain_;
  LightSyncConfig config_;
  std::vector<Slot> slots_;
  std::map<net::PeerId, std::size_t> slotOf_;
  net::PeerId nextPeerId_ = 1;
  std::uint64_t nonce_ = 0;
  bool stopped_ = false;
  std::map<std::uint64_t, ProofRequest> proofs_;
  std::uint64_t nextProofId_ = 1;
  std::map<BlockHash, BlockRequest> blocks_;
  std::map<std::uint64_t, OrderIdsRequest> orderIds_;
  std::uint64_t nextOrderIdsId_ = 1;
  QTimer tick_;
  QElapsedTimer uptime_;
  qint64 lastRefreshMs_ = 0;
  std::map<net::PeerId, qint64> retryHeadersAtMs_;           // peers whose headers our clock refused
  std::map<net::PeerId, PendingHeaders> pendingHeaders_;     // headers waiting for their witnesses, by sender
  std::map<net::PeerId, DelegateKeysRequest> delegateKeys_;  // by the peer asked
  std::vector<DelegateKeysCallback> delegateKeysWaiting_;    // for a peer that can be asked
  qint64 delegateKeysWaitingDeadlineMs_ = 0;
};

}  // namespace wb::light
