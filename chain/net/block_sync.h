// Headers-first block download (DESIGN §7). Peers that are ahead are asked for
// headers with a block locator; headers that connect, are consecutive and pass
// the engine's header checks (DESIGN §4: work or signature, bits, time ≤ now +
// max_future) become pending blocks, whose bodies are fetched in parallel
// batches from every peer that has them (≤ blocksPerRequest per getblocks, a
// bounded number in flight per peer, re-requested elsewhere on timeout or
// notfound). Bodies are imported in order with Chain::importBlocks, which
// verifies everything; a block that fails validation gets its sender punished
// (dropped, its address discouraged); one refused for our own reasons (our
// clock, our store) is kept and retried after a growing pause, a bounded number
// of times. Bodies are taken only from the peer they were asked of, at most
// max_block_bytes each, and the bodies held while their ancestors are missing
// are bounded in bytes per peer and in total; a peer that lets a block time out
// while sending blocks asked after it is withholding, and is punished.
// A block whose parent is stored but not the tip is stored only and reported
// (sideBranchStored) so the node's fork choice can decide on Chain::reorganizeTo.
//
// BlockSync owns no sockets: it talks to peers through the two functions in
// SyncLinks, and is driven by the manager on the manager's thread.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "chain/core/ids.h"
#include "chain/net/messages.h"
#include "chain/net/peer.h"
#include "chain/net/peer_score.h"
#include "chain/store/chain.h"

namespace wb::net {

struct SyncLimits {
  // Large requests keep a peer's link busy while we import: the disk, not the
  // round trips, should be what limits a sync.
  std::uint32_t blocksPerRequest = 64;    // ≤ kMaxBlocksPerRequest
  std::uint32_t requestsPerPeer = 4;      // getblocks in flight per peer
  int requestTimeoutMs = 15'000;          // a block or headers reply later than this is asked elsewhere
  std::uint64_t downloadWindow = 1024;    // bodies are fetched at most this far above the tip
  std::size_t maxPendingBlocks = 20'000;  // headers held in memory, waiting for their bodies
  std::size_t importBatch = 64;           // blocks per importBlocks call (then the event loop runs)
  // A shorter run of received blocks waits this long at most for the rest of
  // its batch while more of it is in flight: importBlocks overlaps one block's
  // signature checks with the previous one's commit only within one call.
  int batchWaitMs = 250;
  // A block refused without blame (too far in the future for our clock, our
  // store failing) is kept and tried again after retryFirstMs (at the next
  // tick), the pause doubling on each refusal up to retryMaxMs: time or space
  // may come, but asking again at once never helps.
  int retryFirstMs = 1'000;
  int retryMaxMs = 60'000;
  std::uint32_t maxRefusals = 8;  // refusals after which a block is dropped (asked again only if announced again)
  // Bodies received and not yet imported (waiting for an ancestor), in bytes.
  std::size_t maxHeldBytesPerPeer = 64 * 1024 * 1024;
  std::size_t maxHeldBytes = 256 * 1024 * 1024;
  // Pending headers one peer may introduce (headers an engine could not fully check, e.g. without one).
  std::size_t maxPendingPerPeer = 4096;
  // PoW: a side block is stored only when the best known header of its branch
  // carries at least the main chain's work minus this many tip blocks' work.
  // Old, easy difficulty makes a deep fork cheap; an honest rival is never that far behind.
  std::uint64_t powSideWindowBlocks = 144;
};

// How BlockSync reaches peers.
struct SyncLinks {
  std::function<void(PeerId, const Message&)> send;
  // Drop the peer for `reason` and discourage its address.
  std::function<void(PeerId, const Error&)> punish;
  // Charge the peer for an offence that costs its connection only when repeated (peer_score.h).
  std::function<void(PeerId, Offence, const Error&, std::size_t items)> penalize;
};

// True when a block failing with `code` proves its sender sent invalid data (as
// opposed to a clock disagreement or a failure of our own: store, state, memory).
bool blameSender(ErrorCode code);
// True when `code` says a block is too far ahead of our clock: no offence, it may be valid later.
bool clockDisagreement(ErrorCode code);

class BlockSync : public QObject {
  Q_OBJECT
public:
  // `chain` must outlive this object.
  BlockSync(Chain& chain, SyncLimits limits, SyncLinks links, QObject* parent = nullptr);

  // A peer finished its handshake claiming `bestHeight`; if it is ahead of us we ask for headers.
  void peerReady(PeerId peer, std::uint64_t bestHeight);
  // The highest block `peer` claimed or sent headers for (0 when unknown).
  std::uint64_t bestHeightOf(PeerId peer) const;
  // The peer is gone: what it was fetching is asked from others.
  void peerGone(PeerId peer);
  // The peer announced block `hash` (inv).
  void blockAnnounced(PeerId peer, const BlockHash& hash);
  void headersReceived(PeerId peer, const std::vector<BlockHeader>& headers);
  void blockReceived(PeerId peer, const BlockMsg& block);
  void blocksNotFound(PeerId peer, const std::vector<BlockHash>& hashes);

  // Blocks whose headers we hold and whose bodies are not imported yet.
  std::size_t pendingBlocks() const { return pending_.size(); }
  // True while a connected peer has shown us blocks above our tip that it has
  // not failed to deliver (or received ones are about to be imported). A header
  // nobody serves, a peer that stalls or a block our clock refuses does not count.
  bool syncing() const;
  // Bytes of bodies received and waiting for an ancestor.
  std::size_t heldBytes() const { return heldBytes_; }
  // The highest header height known from peers (at least our tip's).
  std::uint64_t bestKnownHeight() const;
  // Bodies received from `peer` and accepted (imported or stored).
  std::uint64_t blocksFrom(PeerId peer) const;

signals:
  // Blocks were connected; the tip is now `hash` at `height`.
  void tipAdvanced(wb::BlockHash hash, quint64 height);
  // A block from the network was stored (connected or as a side branch).
  void blockAccepted(wb::BlockHash hash, quint64 height, wb::net::PeerId from);
  // A block whose parent is not the tip was stored; fork choice may reorganise to it.
  void sideBranchStored(wb::BlockHash hash);
  // A block was refused without blame (our clock, our store): its import is
  // retried later (SyncLimits::retryFirstMs); the message says when.
  void storeFailed(const wb::Error& error);

private:
  enum class BlockState { Wanted, InFlight, Received };
  struct PendingBlock {
    BlockHeader header;
    BlockState state = BlockState::Wanted;
    std::set<PeerId> sources;               // peers that sent its header
    std::set<PeerId> stalled;               // peers that let a request for it time out or said notfound
    PeerId assignee = 0;                    // while InFlight
    qint64 deadline = 0;                    // while InFlight, on clock_
    qint64 askedAt = -1;                    // when it was last asked for, on clock_ (kept once Received)
    Bytes encoded;                          // once Received
    PeerId from = 0;                        // once Received
    qint64 receivedAt = 0;                  // once Received, on clock_
    std::uint32_t refusals = 0;             // imports refused without blame so far
    qint64 retryAt = 0;                     // after a refusal: no import before this, on clock_ (0 = due)
    PeerId introducedBy = 0;                // the peer whose header made it pending
    std::optional<ParentContext> asParent;  // with an engine: the context its children are checked against
  };
  struct SyncPeer {
    std::uint64_t bestHeight = 0;
    bool moreHeaders = false;  // it has headers we have not taken yet
    bool headersInFlight = false;
    qint64 headersDeadline = 0;
    std::optional<BlockHash> lastHeader;  // continue from here
    std::uint32_t blocksInFlight = 0;
    std::uint64_t blocksAccepted = 0;
    std::size_t heldBytes = 0;         // its bodies waiting for an ancestor
    std::size_t introduced = 0;        // pending headers it introduced
    qint64 headersRetryAt = 0;         // headers refused for our clock: ask again from this time, on clock_
    std::uint32_t headerRefusals = 0;  // consecutive such refusals (the back-off)
    bool stalling = false;             // let a block request time out and sent no body since
  };

  void requestHeaders(PeerId peer);
  void resumeHeaders();
  void schedule();
  void onTick();
  void processReceived();
  void scheduleProcessing();
  // True when `run` (received, consecutive from the tip) should wait for more
  // blocks before it is imported; arms batchTimer_ for the rest of the wait.
  bool awaitFullerBatch(const std::vector<BlockHash>& run);
  // Imports `run` (consecutive, the first on the tip); returns false if it stopped on an error.
  bool importRun(const std::vector<BlockHash>& run);
  bool storeSideBlock(const BlockHash& hash);
  // PoW: true when the branch of the pending `hash` (its best known descendant
  // included) has too little work to be stored (SyncLimits::powSideWindowBlocks).
  bool tooLittleWork(const BlockHash& hash);
  // Keeps the received `block` refused by `error` for a later retry and reports it.
  void deferImport(PendingBlock& block, const Error& error);
  bool deferred(const PendingBlock& block) const { return block.retryAt > clock_.elapsed(); }
  void release(PendingBlock& block);  // InFlight → Wanted, freeing the assignee's slot
  void dropWithDescendants(const BlockHash& hash);
  void forget(const BlockHash& hash);
  std::optional<BlockHash> receivedChild(const BlockHash& parent) const;
  bool canConnect(const BlockHeader& first, PeerId peer);
  // The engine's header checks for a new `header` (block_sync_headers.cpp). Fills
  // `asParent` for its children. False when the header is refused (and the peer
  // punished, or asked again later for a clock disagreement).
  bool checkHeader(PeerId peer, const BlockHeader& header, std::optional<ParentContext>& asParent);
  // A header the engine refused with `verdict`: its sender is punished, or asked again later for our clock.
  void refuseHeader(PeerId peer, const BlockHeader& header, const Error& verdict);
  void keepBody(PendingBlock& block, PeerId from, const BlockMsg& message);
  void dropBody(PendingBlock& block);
  // True when `peer` sent bodies above `block` that were asked of it no earlier
  // than `block` was: it serves a request in order, so it withholds `block`.
  bool withholds(PeerId peer, const PendingBlock& block) const;
  Chain& chain_;
  SyncLimits limits_;
  SyncLinks links_;
  std::map<BlockHash, PendingBlock> pending_;
  std::multimap<BlockHash, BlockHash> children_;            // parent → pending child
  std::set<std::pair<std::uint64_t, BlockHash>> byHeight_;  // download order
  std::map<PeerId, SyncPeer> peers_;
  QElapsedTimer clock_;
  QTimer tick_;
  QTimer batchTimer_;  // ends a wait for a fuller import batch
  bool processingScheduled_ = false;
  std::size_t heldBytes_ = 0;
};

}  // namespace wb::net
