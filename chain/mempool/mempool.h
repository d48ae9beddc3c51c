// Pending transactions (DESIGN §7): checked against the tip state plus every
// transaction already accepted, kept in nonce order per sender (later nonces wait
// until the gap is filled), bounded in count and bytes with eviction of the
// lowest fee rates, and selected for blocks by fee rate while staying valid.
//
// Not thread-safe: the node uses it on its own thread, the same thread that
// connects blocks, so the state it reads cannot change in the middle of a call.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/tx_sign.h"
#include "chain/state/memory_kv.h"

namespace wb {

struct MempoolLimits {
  std::size_t maxTxs = 50'000;
  std::size_t maxBytes = 64u << 20;
  std::size_t maxPerSender = 64;  // ready and waiting together
};

class Mempool {
public:
  // `chainState` reads the tip state (e.g. Chain::latestState()); `tipHeight` is
  // the tip's height. Every referenced object must outlive the pool.
  Mempool(const ChainParams& params, const SecpContext& ctx, const state::KvReader& chainState,
          std::uint64_t tipHeight, MempoolLimits limits = {});

  // Checks `tx` (stateless rules, signature, state rules on top of the pool) and
  // keeps it. A nonce beyond the sender's next one is held back until the gap is
  // filled. Returns the txid. Fails with MempoolDuplicate, MempoolFull,
  // MempoolSenderLimit, MempoolNonceTooFarAhead, or the rule it breaks; a failed
  // call changes nothing.
  [[nodiscard]] Result<Hash32> add(const Tx& tx);

  // After the tip moved to `tipHeight`: drops what the new chain included or made
  // invalid and takes back `disconnected` transactions of a reorganisation
  // (those still valid). Call it after every connected or disconnected block.
  void onNewTip(std::uint64_t tipHeight, std::span<const Tx> disconnected = {});

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
  // Every txid, oldest first (for announcing the pool to a new peer).
  std::vector<Hash32> txids() const;

private:
  struct Entry {
    Tx tx;
    TxDigests digests;
    std::size_t size = 0;
    std::uint64_t sequence = 0;  // arrival order
    bool ready = false;
  };

  [[nodiscard]] Result<Hash32> insert(Entry entry, bool signatureChecked);
  // The pool's state with `entry` applied on top, or the rule it breaks.
  [[nodiscard]] Result<std::unique_ptr<state::MemoryKv>> tryOnPending(const Entry& entry) const;
  // Applies a ready-nonce entry to the pool's state.
  [[nodiscard]] Status applyToPending(const Entry& entry);
  void promoteWaiting(const AccountKey& sender);
  // Rebuilds the pool state from the tip, re-admitting `candidates` in order.
  void rebuild(std::vector<Entry> candidates);
  void resetPending();
  // Makes room for `incoming` by evicting lower fee rates; false if it cannot.
  bool makeRoom(const Entry& incoming);
  std::size_t senderCount(const AccountKey& sender) const;

  const ChainParams& params_;
  const SecpContext& ctx_;
  const state::KvReader& chainState_;
  MempoolLimits limits_;
  std::uint64_t tipHeight_ = 0;
  std::uint64_t nextSequence_ = 0;
  std::size_t bytes_ = 0;
  std::map<Hash32, Entry> entries_;
  std::map<AccountKey, std::map<std::uint64_t, Hash32>> bySender_;  // nonce → txid, ready and waiting
  std::unique_ptr<state::MemoryKv> pending_;  // tip state + every ready entry, in acceptance order
  std::uint64_t pendingGeneration_ = 0;        // bumped whenever pending_ is rebuilt
};

}  // namespace wb
