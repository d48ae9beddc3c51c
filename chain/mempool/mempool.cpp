#include "chain/mempool/mempool.h"

#include <algorithm>
#include <chrono>
#include <limits>

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/state/ledger.h"
#include "chain/state/state_errc.h"

namespace wb {
namespace {

// 128-bit products: fee × size can exceed 64 bits.
__extension__ typedef unsigned __int128 Wide;

// a's fee rate < b's fee rate, compared exactly (fee / size) without division.
bool lowerFeeRate(Amount feeA, std::size_t sizeA, Amount feeB, std::size_t sizeB) {
  return static_cast<Wide>(feeA) * sizeB < static_cast<Wide>(feeB) * sizeA;
}

// What a transaction takes from its sender besides the fee.
Amount movedByTx(const Tx& tx, const ChainParams& params) {
  if (const auto* p = std::get_if<TransferPayload>(&tx.payload)) return p->amount;
  if (const auto* p = std::get_if<OrderPayPayload>(&tx.payload)) return p->amount;
  if (const auto* p = std::get_if<StakePayload>(&tx.payload)) return p->amount;
  if (std::holds_alternative<RegisterDelegatePayload>(tx.payload)) return params.delegateFee;
  return 0;
}

}  // namespace

Mempool::Mempool(const ChainParams& params, const SecpContext& ctx, const state::KvReader& chainState,
                 std::uint64_t tipHeight, MempoolLimits limits, MempoolClock clock)
    : params_(params),
      ctx_(ctx),
      chainState_(chainState),
      limits_(limits),
      clock_(std::move(clock)),
      tipHeight_(tipHeight) {
  resetPending();
}

std::uint64_t Mempool::now() const {
  if (clock_) return clock_();
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

void Mempool::resetPending() {
  pending_ = std::make_unique<state::MemoryKv>(&chainState_);
  ++pendingGeneration_;
  // The deadlines due in the next block apply before its transactions; a storage
  // error here resurfaces on the next add(), which reads the same state.
  state::Ledger ledger(params_, *pending_);
  (void)ledger.beginBlock({tipHeight_ + 1, AccountKey{}});
}

Result<std::unique_ptr<state::MemoryKv>> Mempool::tryOnPending(const Entry& entry) const {
  auto attempt = std::make_unique<state::MemoryKv>(pending_.get());
  state::Ledger ledger(params_, *attempt);
  ledger.continueBlock({tipHeight_ + 1, AccountKey{}});  // pending_ applied the due deadlines
  WB_TRY(ledger.applyTx(entry.tx, entry.digests.txid));
  return attempt;
}

Status Mempool::applyToPending(const Entry& entry) {
  WB_TRY_ASSIGN(attempt, tryOnPending(entry));
  return (*attempt)->applyTo(*pending_);
}

std::size_t Mempool::waitingOf(const AccountKey& sender) const {
  auto it = bySender_.find(sender);
  if (it == bySender_.end()) return 0;
  std::size_t count = 0;
  for (const auto& [nonce, txid] : it->second) count += entries_.at(txid).ready ? 0 : 1;
  return count;
}

Status Mempool::checkWaitingAffordable(const AccountKey& sender, const Entry& incoming) const {
  WB_TRY_ASSIGN(account, state::StateView(*pending_).account(sender));
  Amount total = 0;
  auto add = [&](const Tx& tx) {
    auto sum = checkedAdd(total, tx.fee);
    if (sum) sum = checkedAdd(*sum, movedByTx(tx, params_));
    total = sum ? *sum : std::numeric_limits<Amount>::max();
  };
  if (auto it = bySender_.find(sender); it != bySender_.end()) {
    for (const auto& [nonce, txid] : it->second) {
      const Entry& e = entries_.at(txid);
      if (!e.ready) add(e.tx);
    }
  }
  add(incoming.tx);
  if (total > account->balance) {
    return fail(StateErrc::InsufficientFunds,
                "nonce " + std::to_string(incoming.tx.nonce) +
                    " waits for earlier ones, and the account cannot pay for its waiting transactions");
  }
  return {};
}

Result<std::uint64_t> Mempool::nextNonce(const AccountKey& sender) const {
  WB_TRY_ASSIGN(account, state::StateView(*pending_).account(sender));
  return account->nonce;
}

Result<Hash32> Mempool::add(const Tx& tx) {
  expireWaiting();
  Entry entry;
  entry.tx = tx;
  entry.digests = digestTx(params_.genesisHash, tx);
  entry.size = encodedTxSize(tx);
  entry.admittedAt = now();
  return insert(std::move(entry), false);
}

Result<Hash32> Mempool::insert(Entry entry, bool signatureChecked) {
  const Hash32 txid = entry.digests.txid;
  if (entries_.count(txid)) return fail(MempoolErrc::Duplicate, "the transaction is already in the mempool");
  if (!signatureChecked) {
    WB_TRY(checkTxStateless(entry.tx, params_, entry.size));
    const SignatureCheck check{entry.tx.sender, entry.digests.sigHash, entry.tx.sig};
    if (verified_ == nullptr || !verified_->contains(check)) {
      WB_TRY(verifyTxSignatureWithHash(ctx_, entry.tx, entry.digests.sigHash));
      if (verified_ != nullptr) verified_->remember(check);
    }
  }
  const AccountKey sender = entry.tx.sender;
  WB_TRY_ASSIGN(next, nextNonce(sender));
  if (entry.tx.nonce < *next) {
    return fail(StateErrc::BadNonce, "nonce " + std::to_string(entry.tx.nonce) +
                                         " is already used or pending; the next is " + std::to_string(*next));
  }
  if (entry.tx.nonce - *next > limits_.maxNonceAhead) {
    return fail(MempoolErrc::NonceTooFarAhead,
                "nonce " + std::to_string(entry.tx.nonce) + " is too far ahead of " + std::to_string(*next));
  }
  if (auto it = bySender_.find(sender); it != bySender_.end() && it->second.count(entry.tx.nonce)) {
    return fail(MempoolErrc::Duplicate,
                "another transaction with nonce " + std::to_string(entry.tx.nonce) + " is already waiting");
  }
  const bool ready = entry.tx.nonce == *next;
  // Check before evicting anything, so an invalid transaction cannot push out valid ones.
  std::unique_ptr<state::MemoryKv> applied;
  const std::uint64_t generation = pendingGeneration_;
  if (ready) {
    WB_TRY_ASSIGN(attempt, tryOnPending(entry));
    applied = std::move(*attempt);
  } else {
    if (waitingOf(sender) >= limits_.maxWaitingPerSender) {
      return fail(MempoolErrc::SenderLimit, "this account already has " + std::to_string(limits_.maxWaitingPerSender) +
                                                " transactions waiting for an earlier nonce");
    }
    WB_TRY(checkWaitingAffordable(sender, entry));
  }
  if (!makeRoom(entry)) {
    return fail(MempoolErrc::Full, "the mempool is full and the fee rate is too low to replace anything");
  }
  if (ready) {
    // Keep the checked result, unless making room rebuilt the pool state under it.
    WB_TRY(generation == pendingGeneration_ ? applied->applyTo(*pending_) : applyToPending(entry));
  } else {
    ++waitingCount_;
    waitingBytes_ += entry.size;
  }
  entry.ready = ready;
  entry.sequence = nextSequence_++;
  bySender_[sender][entry.tx.nonce] = txid;
  bytes_ += entry.size;
  entries_.emplace(txid, std::move(entry));
  dropped_.forget(txid);
  promoteWaiting(sender);
  return txid;
}

void Mempool::remove(const Hash32& txidRef, std::optional<DropReason> reason) {
  // Callers often pass a reference into the entry itself (its digests): copy before erasing it.
  const Hash32 txid = txidRef;
  auto it = entries_.find(txid);
  if (it == entries_.end()) return;
  const Entry& entry = it->second;
  const AccountKey sender = entry.tx.sender;
  if (auto nonces = bySender_.find(entry.tx.sender); nonces != bySender_.end()) {
    nonces->second.erase(entry.tx.nonce);
    if (nonces->second.empty()) bySender_.erase(nonces);
  }
  bytes_ -= entry.size;
  if (!entry.ready) {
    --waitingCount_;
    waitingBytes_ -= entry.size;
  }
  entries_.erase(it);
  if (reason) noteDrop(txid, sender, *reason);
}

void Mempool::noteDrop(const Hash32& txid, const AccountKey& sender, DropReason reason) {
  dropped_.record(txid, reason);
  // Nobody may be collecting them (a pool without a node): keep the newest only.
  constexpr std::size_t kRecentDropsKept = 10'000;
  if (recentDrops_.size() >= kRecentDropsKept) recentDrops_.erase(recentDrops_.begin());
  recentDrops_.push_back({txid, sender, reason});
}

void Mempool::promoteWaiting(const AccountKey& sender) {
  for (;;) {
    auto it = bySender_.find(sender);
    if (it == bySender_.end()) return;
    auto next = nextNonce(sender);
    if (!next) return;
    auto waiting = it->second.find(*next);
    if (waiting == it->second.end()) return;
    Entry& entry = entries_.at(waiting->second);
    if (entry.ready) return;
    if (!applyToPending(entry).ok()) {
      // Invalid now: drop it and everything after it from this sender.
      std::vector<Hash32> doomed;
      for (auto later = waiting; later != it->second.end(); ++later) doomed.push_back(later->second);
      for (const Hash32& id : doomed) remove(id, DropReason::Conflict);
      return;
    }
    entry.ready = true;
    --waitingCount_;
    waitingBytes_ -= entry.size;
  }
}

bool Mempool::makeRoom(const Entry& incoming) {
  bool evictedReady = false;
  while (entries_.size() + 1 > limits_.maxTxs || bytes_ + incoming.size > limits_.maxBytes) {
    // The cheapest entry that is its sender's last, so no gap opens behind it.
    const Entry* victim = nullptr;
    for (const auto& [sender, nonces] : bySender_) {
      if (sender == incoming.tx.sender || nonces.empty()) continue;
      const Entry& last = entries_.at(nonces.rbegin()->second);
      if (!victim || lowerFeeRate(last.tx.fee, last.size, victim->tx.fee, victim->size)) victim = &last;
    }
    if (!victim || !lowerFeeRate(victim->tx.fee, victim->size, incoming.tx.fee, incoming.size)) {
      if (evictedReady) rebuild({}, DropReason::Evicted);
      return false;
    }
    evictedReady |= victim->ready;
    remove(victim->digests.txid, DropReason::Evicted);
  }
  if (evictedReady) rebuild({}, DropReason::Evicted);
  return true;
}

void Mempool::rebuild(std::vector<Entry> first, DropReason reason) {
  std::vector<Entry> kept;
  kept.reserve(entries_.size());
  for (auto& [txid, entry] : entries_) kept.push_back(std::move(entry));
  // Ready entries in arrival order, then waiting ones in nonce order.
  std::sort(kept.begin(), kept.end(), [](const Entry& a, const Entry& b) {
    if (a.ready != b.ready) return a.ready;
    if (a.ready) return a.sequence < b.sequence;
    return a.tx.nonce < b.tx.nonce;
  });
  entries_.clear();
  bySender_.clear();
  bytes_ = 0;
  waitingCount_ = 0;
  waitingBytes_ = 0;
  resetPending();
  for (auto* list : {&first, &kept}) {
    for (Entry& entry : *list) {
      const Hash32 txid = entry.digests.txid;
      const AccountKey sender = entry.tx.sender;
      auto added = insert(std::move(entry), true);
      if (added || added.code() == MempoolErrc::Duplicate || entries_.count(txid)) continue;
      if (confirmed_ && confirmed_(txid)) continue;  // mined: not a drop
      noteDrop(txid, sender, reason);
    }
  }
}

void Mempool::onNewTip(std::uint64_t tipHeight, std::span<const Tx> disconnected) {
  tipHeight_ = tipHeight;
  const std::uint64_t arrival = now();
  std::vector<Entry> back;
  back.reserve(disconnected.size());
  for (const Tx& tx : disconnected) {
    Entry entry;
    entry.tx = tx;
    entry.digests = digestTx(params_.genesisHash, tx);
    entry.size = encodedTxSize(tx);
    entry.admittedAt = arrival;
    back.push_back(std::move(entry));
  }
  rebuild(std::move(back), DropReason::Conflict);
  expireWaiting();
}

void Mempool::expireWaiting() {
  const std::uint64_t current = now();
  // One scan per second of the clock at most: add() calls this for every transaction.
  if (current == lastExpiryScan_ || waitingCount_ == 0) return;
  lastExpiryScan_ = current;
  std::vector<Hash32> expired;
  for (const auto& [txid, entry] : entries_) {
    if (!entry.ready && current >= entry.admittedAt && current - entry.admittedAt >= limits_.waitingLifetimeSeconds) {
      expired.push_back(txid);
    }
  }
  for (const Hash32& txid : expired) remove(txid, DropReason::Expired);
}

Result<std::vector<Tx>> Mempool::selectForBlock(const AccountKey& producer, std::size_t maxBytes) const {
  state::MemoryKv block(&chainState_);
  state::Ledger ledger(params_, block);
  WB_TRY(ledger.beginBlock({tipHeight_ + 1, producer}));

  // Each sender's ready entries in nonce order; `head` is the next to try.
  struct Queue {
    std::vector<const Entry*> entries;
    std::size_t head = 0;
    bool deferred = false;  // failed against the current block state; retry after progress
  };
  std::vector<Queue> queues;
  for (const auto& [sender, nonces] : bySender_) {
    Queue q;
    for (const auto& [nonce, txid] : nonces) {
      const Entry& e = entries_.at(txid);
      if (!e.ready) break;
      q.entries.push_back(&e);
    }
    if (!q.entries.empty()) queues.push_back(std::move(q));
  }

  std::vector<Tx> chosen;
  std::size_t used = 0;
  for (;;) {
    Queue* best = nullptr;
    for (Queue& q : queues) {
      if (q.deferred || q.head >= q.entries.size()) continue;
      const Entry* e = q.entries[q.head];
      if (used + e->size > maxBytes) continue;
      const Entry* b = best ? best->entries[best->head] : nullptr;
      if (!b || lowerFeeRate(b->tx.fee, b->size, e->tx.fee, e->size) ||
          (!lowerFeeRate(e->tx.fee, e->size, b->tx.fee, b->size) && e->sequence < b->sequence)) {
        best = &q;
      }
    }
    if (!best) break;
    const Entry* e = best->entries[best->head];
    state::MemoryKv attempt(&block);
    state::Ledger attemptLedger(params_, attempt);
    attemptLedger.continueBlock({tipHeight_ + 1, producer});  // `block` applied the due deadlines
    if (attemptLedger.applyTx(e->tx, e->digests.txid).ok()) {
      WB_TRY(attempt.applyTo(block));
      chosen.push_back(e->tx);
      used += e->size;
      ++best->head;
      for (Queue& q : queues) q.deferred = false;  // the state moved on: deferred ones may fit now
    } else {
      best->deferred = true;
    }
  }
  return chosen;
}

std::optional<Tx> Mempool::find(const Hash32& txid) const {
  auto it = entries_.find(txid);
  if (it == entries_.end()) return std::nullopt;
  return it->second.tx;
}

bool Mempool::isReady(const Hash32& txid) const {
  auto it = entries_.find(txid);
  return it != entries_.end() && it->second.ready;
}

std::vector<Tx> Mempool::transactions() const {
  std::vector<const Entry*> all;
  for (const auto& [txid, entry] : entries_) all.push_back(&entry);
  // Ready ones in arrival order keep dependencies across senders (a payment after its order).
  std::sort(all.begin(), all.end(), [](const Entry* a, const Entry* b) {
    if (a->ready != b->ready) return a->ready;
    if (a->ready) return a->sequence < b->sequence;
    return a->tx.nonce < b->tx.nonce;
  });
  std::vector<Tx> out;
  out.reserve(all.size());
  for (const Entry* e : all) out.push_back(e->tx);
  return out;
}

std::vector<Hash32> Mempool::txids() const {
  std::vector<const Entry*> all;
  for (const auto& [txid, entry] : entries_) all.push_back(&entry);
  std::sort(all.begin(), all.end(), [](const Entry* a, const Entry* b) { return a->sequence < b->sequence; });
  std::vector<Hash32> out;
  for (const Entry* e : all) out.push_back(e->digests.txid);
  return out;
}

}  // namespace wb
