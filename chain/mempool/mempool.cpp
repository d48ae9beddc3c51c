#include "chain/mempool/mempool.h"

#include <algorithm>

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/state/ledger.h"

namespace wb {
namespace {

// 128-bit products: fee × size can exceed 64 bits.
__extension__ typedef unsigned __int128 Wide;

// a's fee rate < b's fee rate, compared exactly (fee / size) without division.
bool lowerFeeRate(Amount feeA, std::size_t sizeA, Amount feeB, std::size_t sizeB) {
  return static_cast<Wide>(feeA) * sizeB < static_cast<Wide>(feeB) * sizeA;
}

}  // namespace

Mempool::Mempool(const ChainParams& params, const SecpContext& ctx, const state::KvReader& chainState,
                 std::uint64_t tipHeight, MempoolLimits limits)
    : params_(params), ctx_(ctx), chainState_(chainState), limits_(limits), tipHeight_(tipHeight) {
  resetPending();
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
  WB_TRY(ledger.beginBlock({tipHeight_ + 1, AccountKey{}}));
  WB_TRY(ledger.applyTx(entry.tx, entry.digests.txid));
  return attempt;
}

Status Mempool::applyToPending(const Entry& entry) {
  auto attempt = tryOnPending(entry);
  if (!attempt) return attempt.error();
  return (*attempt)->applyTo(*pending_);
}

std::size_t Mempool::senderCount(const AccountKey& sender) const {
  auto it = bySender_.find(sender);
  return it == bySender_.end() ? 0 : it->second.size();
}

Result<std::uint64_t> Mempool::nextNonce(const AccountKey& sender) const {
  auto account = state::StateView(*pending_).account(sender);
  if (!account) return account.error();
  return account->nonce;
}

Result<Hash32> Mempool::add(const Tx& tx) {
  Entry entry;
  entry.tx = tx;
  entry.digests = digestTx(params_.genesisHash, tx);
  entry.size = encodedTxSize(tx);
  return insert(std::move(entry), false);
}

Result<Hash32> Mempool::insert(Entry entry, bool signatureChecked) {
  const Hash32 txid = entry.digests.txid;
  if (entries_.count(txid)) return fail(Errc::MempoolDuplicate, "the transaction is already in the mempool");
  if (!signatureChecked) {
    WB_TRY(checkTxStateless(entry.tx, params_, entry.size));
    WB_TRY(verifyTxSignatureWithHash(ctx_, entry.tx, entry.digests.sigHash));
  }
  const AccountKey sender = entry.tx.sender;
  auto next = nextNonce(sender);
  if (!next) return next.error();
  if (entry.tx.nonce < *next) {
    return fail(Errc::StateBadNonce, "nonce " + std::to_string(entry.tx.nonce) +
                                         " is already used or pending; the next is " + std::to_string(*next));
  }
  if (entry.tx.nonce - *next >= limits_.maxPerSender) {
    return fail(Errc::MempoolNonceTooFarAhead, "nonce " + std::to_string(entry.tx.nonce) + " is too far ahead of " +
                                                   std::to_string(*next));
  }
  if (senderCount(sender) >= limits_.maxPerSender) {
    return fail(Errc::MempoolSenderLimit, "this account already has " + std::to_string(limits_.maxPerSender) +
                                              " transactions waiting");
  }
  if (auto it = bySender_.find(sender); it != bySender_.end() && it->second.count(entry.tx.nonce)) {
    return fail(Errc::MempoolDuplicate, "another transaction with nonce " + std::to_string(entry.tx.nonce) +
                                            " is already waiting");
  }
  const bool ready = entry.tx.nonce == *next;
  // Check before evicting anything, so an invalid transaction cannot push out valid ones.
  std::unique_ptr<state::MemoryKv> applied;
  const std::uint64_t generation = pendingGeneration_;
  if (ready) {
    auto attempt = tryOnPending(entry);
    if (!attempt) return attempt.error();
    applied = std::move(*attempt);
  }
  if (!makeRoom(entry)) {
    return fail(Errc::MempoolFull, "the mempool is full and the fee rate is too low to replace anything");
  }
  if (ready) {
    // Keep the checked result, unless making room rebuilt the pool state under it.
    WB_TRY(generation == pendingGeneration_ ? applied->applyTo(*pending_) : applyToPending(entry));
  }
  entry.ready = ready;
  entry.sequence = nextSequence_++;
  bySender_[sender][entry.tx.nonce] = txid;
  bytes_ += entry.size;
  entries_.emplace(txid, std::move(entry));
  promoteWaiting(sender);
  return txid;
}

void Mempool::promoteWaiting(const AccountKey& sender) {
  auto it = bySender_.find(sender);
  if (it == bySender_.end()) return;
  for (;;) {
    auto next = nextNonce(sender);
    if (!next) return;
    auto waiting = it->second.find(*next);
    if (waiting == it->second.end()) return;
    Entry& entry = entries_.at(waiting->second);
    if (entry.ready) return;
    if (!applyToPending(entry).ok()) {
      // Invalid now: drop it and everything after it from this sender.
      for (auto later = waiting; later != it->second.end();) {
        bytes_ -= entries_.at(later->second).size;
        entries_.erase(later->second);
        later = it->second.erase(later);
      }
      if (it->second.empty()) bySender_.erase(it);
      return;
    }
    entry.ready = true;
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
      if (evictedReady) rebuild({});
      return false;
    }
    evictedReady |= victim->ready;
    auto& nonces = bySender_[victim->tx.sender];
    nonces.erase(victim->tx.nonce);
    if (nonces.empty()) bySender_.erase(victim->tx.sender);
    bytes_ -= victim->size;
    entries_.erase(victim->digests.txid);
  }
  if (evictedReady) rebuild({});
  return true;
}

void Mempool::rebuild(std::vector<Entry> first) {
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
  resetPending();
  for (auto* list : {&first, &kept}) {
    for (Entry& entry : *list) (void)insert(std::move(entry), true);
  }
}

void Mempool::onNewTip(std::uint64_t tipHeight, std::span<const Tx> disconnected) {
  tipHeight_ = tipHeight;
  std::vector<Entry> back;
  back.reserve(disconnected.size());
  for (const Tx& tx : disconnected) {
    Entry entry;
    entry.tx = tx;
    entry.digests = digestTx(params_.genesisHash, tx);
    entry.size = encodedTxSize(tx);
    back.push_back(std::move(entry));
  }
  rebuild(std::move(back));
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
    WB_TRY(attemptLedger.beginBlock({tipHeight_ + 1, producer}));
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

std::vector<Hash32> Mempool::txids() const {
  std::vector<const Entry*> all;
  for (const auto& [txid, entry] : entries_) all.push_back(&entry);
  std::sort(all.begin(), all.end(), [](const Entry* a, const Entry* b) { return a->sequence < b->sequence; });
  std::vector<Hash32> out;
  for (const Entry* e : all) out.push_back(e->digests.txid);
  return out;
}

}  // namespace wb
