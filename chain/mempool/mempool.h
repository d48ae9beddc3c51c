// Pending transactions (DESIGN §7): checked against the tip state plus every
// transaction already accepted, kept in nonce order per sender (later nonces wait
// until the gap is filled), bounded in count and bytes with eviction of the
// lowest fee rates, and selected for blocks by fee rate while staying valid.
//
// A sender may have any number of ready transactions (only the pool's bounds
// apply). "Waiting" ones (nonce ahead of the sender's next) cannot be checked
// against the state yet, so they are the way to jam a pool: they are admitted
// only if the sender can afford all of them in the known state, a few per
// sender, and they expire.
//
// Not thread-safe: the node uses it on its own thread, the same thread that
// connects blocks, so the state it reads cannot change in the middle of a call.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/tx_sign.h"
#include "chain/core/verified_signatures.h"
#include "chain/mempool/dropped_txs.h"
#include "chain/state/memory_kv.h"

namespace wb {

struct MempoolLimits {
  std::size_t maxTxs = 100'000;
  std::size_t maxBytes = 64u << 20;
  std::size_t maxWaitingPerSender = 16;
  std::uint64_t maxNonceAhead = 64;             // how far past the sender's next nonce a waiting one may be
  std::uint64_t waitingLifetimeSeconds = 3600;  // a waiting transaction is dropped after this
};

// Unix seconds; the node passes its own clock so tests and manual dev networks
// drive expiry. Empty = the system clock.
using MempoolClock = std::function<std::uint64_t()>;

// One transaction the pool let go without it being mined.
struct MempoolDrop {
  Hash32 txid{};
  AccountKey sender{};
  DropReason reason = DropReason::Conflict;
};

class Mempool {
public:
  // `chainState` reads the tip state (e.g. Chain::latestState()); `tipHeight` is
  // the tip's height. Every referenced object must outlive the pool.
  Mempool(const ChainParams& params, const SecpContext& ctx, const state::KvReader& chainState, std::uint64_t tipHeight,
          MempoolLimits limits = {}, MempoolClock clock = {});

  // Checks `tx` (stateless rules, signature, state rules on top of the pool) and
  // keeps it. A nonce beyond the sender's next one is held back until the gap is
  // filled, if the sender can afford it and its other waiting ones. Returns the
  // txid. Fails with MempoolErrc::Duplicate, MempoolErrc::Full, MempoolErrc::SenderLimit,
  // MempoolErrc::NonceTooFarAhead, StateErrc::InsufficientFunds or the rule it breaks; a
  // failed call changes nothing (but first drops expired waiting transactions).
  [[nodiscard]] Result<Hash32> add(const Tx& tx);

  // After the tip moved to `tipHeight`: drops what the new chain included or made
  // invalid and takes back `disconnected` transactions of a reorganisation
  // (those still valid). Call it after every connected or disconnected block.
  void onNewTip(std::uint64_t tipHeight, std::span<const Tx> disconnected = {});

  // Drops waiting transactions older than the limit (add() and onNewTip() do it too).
  void expireWaiting();

  // Tells apart a transaction the chain included from one it conflicts with
  // when a new tip drops it (only the second is recorded as dropped). Unset:
  // every such drop counts as a conflict.
  void setConfirmedCheck(std::function<bool(const Hash32&)> confirmed) { confirmed_ = std::move(confirmed); }

  // Where the pool records the signatures it verified (the chain's, so the block
  // that carries them skips them), and where it finds those already verified.
  // Unset: every signature is verified and nothing is recorded. `verified` must
  // outlive the pool.
  void shareVerifiedSignatures(VerifiedSignatures* verified) { verified_ = verified; }

  // Why an accepted transaction left the pool without being mined, if it did recently.
  std::optional<DropReason> dropReason(const Hash32& txid) const { return dropped_.find(txid); }
  // The drops since the last call, oldest first (for tx_status events).
  std::vector<MempoolDrop> takeRecentDrops() { return std::exchange(recentDrops_, {}); }

  // Transactions for the next block produced by `producer`: highest fee rate
  // first, each sender's in nonce order, every one valid after those before it,
  // at most `maxBytes` of encoded transactions.
  [[nodiscard]] Result<std::vector<Tx>> selectForBlock(const AccountKey& producer, std::size_t maxBytes) const;

  bool contains(const Hash32& txid) const { return entries_.count(txid) != 0; }
  std::optional<Tx> find(const Hash32& txid) const;
  // Whether `txid` is ready (in a block if produced now) or held back by a nonce gap.
  bool isReady(const Hash32& txid) const;
  // The nonce `sender`'s next transaction should carry, counting ready pool ones.
  [[nodiscard]] Result<std::uint64_t> nextNonce(const AccountKey& sender) const;
  std::size_t size() const { return entries_.size(); }
  std::size_t bytes() const { return bytes_; }
  std::size_t waitingCount() const { return waitingCount_; }
  std::size_t waitingBytes() const { return waitingBytes_; }
  const MempoolLimits& limits() const { return limits_; }
  // Every txid, oldest first (for announcing the pool to a new peer).
  std::vector<Hash32> txids() const;
  // Every transaction, each sender's in nonce order, ready ones first (for mempool.dat).
  std::vector<Tx> transactions() const;

private:
  struct Entry {
    Tx tx;
    TxDigests digests;
    std::size_t size = 0;
    std::uint64_t sequence = 0;    // arrival order
    std::uint64_t admittedAt = 0;  // unix seconds, for the expiry of waiting ones
    bool ready = false;
  };

  [[nodiscard]] Result<Hash32> insert(Entry entry, bool signatureChecked);
  // Fails unless `sender` can pay for its waiting entries plus `incoming` from
  // its balance after its ready ones.
  [[nodiscard]] Status checkWaitingAffordable(const AccountKey& sender, const Entry& incoming) const;
  // Removes one entry from every index (not from pending_) and records why.
  void remove(const Hash32& txid, std::optional<DropReason> reason);
  void noteDrop(const Hash32& txid, const AccountKey& sender, DropReason reason);
  std::uint64_t now() const;
  // The pool's state with `entry` applied on top, or the rule it breaks.
  [[nodiscard]] Result<std::unique_ptr<state::MemoryKv>> tryOnPending(const Entry& entry) const;
  // Applies a ready-nonce entry to the pool's state.
  [[nodiscard]] Status applyToPending(const Entry& entry);
  void promoteWaiting(const AccountKey& sender);
  // Rebuilds the pool state from the tip, re-admitting `first` and then the
  // pool's entries; those no longer valid are dropped for `reason`.
  void rebuild(std::vector<Entry> first, DropReason reason);
  void resetPending();
  // Makes room for `incoming` by evicting lower fee rates; false if it cannot.
  bool makeRoom(const Entry& incoming);
  std::size_t waitingOf(const AccountKey& sender) const;

  const ChainParams& params_;
  const SecpContext& ctx_;
  const state::KvReader& chainState_;
  MempoolLimits limits_;
  MempoolClock clock_;
  VerifiedSignatures* verified_ = nullptr;
  std::function<bool(const Hash32&)> confirmed_;
  std::uint64_t tipHeight_ = 0;
  std::uint64_t lastExpiryScan_ = 0;
  std::uint64_t nextSequence_ = 0;
  std::size_t bytes_ = 0;
  std::size_t waitingCount_ = 0;
  std::size_t waitingBytes_ = 0;
  std::map<Hash32, Entry> entries_;
  std::map<AccountKey, std::map<std::uint64_t, Hash32>> bySender_;  // nonce → txid, ready and waiting
  std::unique_ptr<state::MemoryKv> pending_;  // tip state + every ready entry, in acceptance order
  std::uint64_t pendingGeneration_ = 0;       // bumped whenever pending_ is rebuilt
  DroppedTxs dropped_;
  std::vector<MempoolDrop> recentDrops_;
};

}  // namespace wb
