#include "chain/light/light_tx_tracker.h"

#include <algorithm>

#include "chain/core/tx_check.h"
#include "chain/core/tx_sign.h"
#include "chain/state/records.h"
#include "chain/state/state_errc.h"

namespace wb::light {
namespace {

// The proven nonce of the sender of a transaction (0 for an account with no record).
Result<std::uint64_t> provenNonce(const ProvenRecord& proven) {
  WB_TRY_ASSIGN(account, provenAccount(proven));
  return account->nonce;
}

Bytes keyBytes(const AccountKey& key) { return Bytes(key.begin(), key.end()); }

}  // namespace

LightTxTracker::LightTxTracker(HeaderChain& chain, LightSync& sync, SubmittedTxs store, const SecpContext& ctx,
                               QObject* parent)
    : QObject(parent), chain_(chain), sync_(sync), store_(store), ctx_(ctx) {
  connect(&sync_, &LightSync::tipChanged, this, [this] { resendPending(); });
  connect(&sync_, &LightSync::peerReady, this, [this] { resendPending(); });
  connect(&sync_, &LightSync::branchSwitched, this, &LightTxTracker::onBranchSwitched);
}

void LightTxTracker::submit(const Tx& tx, SubmitCallback done) {
  const Hash32 txid = computeTxid(tx);
  auto known = store_.find(txid);
  if (!known) return done(known.error());
  if (*known) {
    if ((*known)->state == SubmittedTx::State::Pending) sync_.broadcastTx(tx);
    return done(txid);
  }
  if (Status ok = checkTxStateless(tx, chain_.params()); !ok) return done(ok.error());
  if (Status ok = verifyTxSignature(ctx_, chain_.params().genesisHash, tx); !ok) return done(ok.error());
  sync_.requestProof(state::Table::Accounts, keyBytes(tx.sender),
                     [this, tx, txid, done = std::move(done)](const Result<ProvenRecord>& proven) {
                       if (!proven) return done(proven.error());
                       auto nonce = provenNonce(*proven);
                       if (!nonce) return done(nonce.error());
                       if (*nonce > tx.nonce) {
                         return done(fail(StateErrc::BadNonce, "nonce " + std::to_string(tx.nonce) +
                                                                   " of this sender is already used (its "
                                                                   "next nonce is " +
                                                                   std::to_string(*nonce) + ", proven at height " +
                                                                   std::to_string(proven->height) + ")"));
                       }
                       SubmittedTx record;
                       record.tx = tx;
                       record.txid = txid;
                       record.height = proven->height;  // not in any block up to the proof's
                       if (Status stored = store_.put(record); !stored) return done(stored.error());
                       sync_.broadcastTx(tx);
                       done(txid);
                     });
}

Result<std::optional<std::uint64_t>> LightTxTracker::highestPendingNonce(const AccountKey& sender) const {
  WB_TRY_ASSIGN(all, store_.all());
  std::optional<std::uint64_t> highest;
  for (const SubmittedTx& record : *all) {
    if (record.state != SubmittedTx::State::Pending || record.tx.sender != sender) continue;
    highest = std::max(highest.value_or(0), record.tx.nonce);
  }
  return highest;
}

void LightTxTracker::resendPending() {
  auto all = store_.all();
  if (!all) {
    emit warning(QString::fromStdString("cannot read the submitted transactions: " + all.error().message));
    return;
  }
  for (const SubmittedTx& record : *all) {
    if (record.state != SubmittedTx::State::Pending) continue;
    sync_.broadcastTx(record.tx);
    check(record.txid);
  }
}

void LightTxTracker::check(const Hash32& txid) {
  if (!checking_.insert(txid).second) {
    recheck_.insert(txid);
    return;
  }
  auto finish = [this, txid] { finishCheck(txid); };
  auto record = store_.find(txid);
  if (!record || !*record || (*record)->state != SubmittedTx::State::Pending) return finish();
  const Tx tx = (*record)->tx;
  sync_.requestProof(
      state::Table::Accounts, keyBytes(tx.sender), [this, txid, tx, finish](const Result<ProvenRecord>& proven) {
        auto nonce = proven ? provenNonce(*proven) : Result<std::uint64_t>(proven.error());
        if (!nonce) {
          // No peer could prove it now: the next tip or peer tries again.
          emit warning(
              QString::fromStdString("cannot check transaction " + toHex(txid) + ": " + nonce.error().message));
          return finish();
        }
        auto record = store_.find(txid);
        if (!record || !*record || (*record)->state != SubmittedTx::State::Pending) return finish();
        if (*nonce <= tx.nonce) {
          // Still waiting: no block up to the proof's holds it, so a later scan starts above it.
          if (proven->height > (*record)->height) {
            SubmittedTx current = **record;
            current.height = proven->height;
            if (Status stored = store_.put(current); !stored) {
              emit warning(QString::fromStdString("cannot store a submitted transaction: " + stored.error().message));
            }
          }
          return finish();
        }
        scanFrom(txid, (*record)->height + 1, proven->height);
      });
}

void LightTxTracker::scanFrom(const Hash32& txid, std::uint64_t height, std::uint64_t to) {
  auto finish = [this, txid] { finishCheck(txid); };
  auto record = store_.find(txid);
  if (!record || !*record || (*record)->state != SubmittedTx::State::Pending) return finish();
  SubmittedTx current = **record;
  if (height > to) {
    // Its nonce was used, and by none of the blocks since it was last known absent.
    current.state = SubmittedTx::State::Conflict;
    current.height = to;
    settle(current);
    return finish();
  }
  auto hash = chain_.hashAtHeight(height);
  if (!hash || !*hash) return finish();  // the branch moved under us: the next tip checks again
  sync_.requestBlock(**hash, [this, txid, height, to, finish, blockHash = **hash](const Result<Block>& block) {
    if (!block) {
      emit warning(QString::fromStdString("cannot check transaction " + toHex(txid) + ": " + block.error().message));
      return finish();
    }
    auto onBest = chain_.onBestBranch(blockHash);
    if (!onBest || !*onBest) return finish();  // reorganised meanwhile: checked again at the next tip
    auto record = store_.find(txid);
    if (!record || !*record || (*record)->state != SubmittedTx::State::Pending) return finish();
    SubmittedTx current = **record;
    for (std::size_t i = 0; i < block->txs.size(); ++i) {
      if (computeTxid(block->txs[i]) != txid) continue;
      current.state = SubmittedTx::State::Confirmed;
      current.height = height;
      current.block = blockHash;
      current.index = static_cast<std::uint32_t>(i);
      settle(current);
      return finish();
    }
    current.height = height;  // absent up to here: a restart resumes above it
    if (Status stored = store_.put(current); !stored) {
      emit warning(QString::fromStdString("cannot store a submitted transaction: " + stored.error().message));
      return finish();
    }
    scanFrom(txid, height + 1, to);
  });
}

void LightTxTracker::finishCheck(const Hash32& txid) {
  checking_.erase(txid);
  if (recheck_.erase(txid) != 0) check(txid);
}

void LightTxTracker::settle(const SubmittedTx& record) {
  if (Status stored = store_.put(record); !stored) {
    emit warning(QString::fromStdString("cannot store a submitted transaction: " + stored.error().message));
    return;
  }
  emit statusChanged(record.txid);
}

void LightTxTracker::onBranchSwitched(std::uint64_t forkHeight) {
  auto all = store_.all();
  if (!all) return;
  for (SubmittedTx record : *all) {
    const bool blockLeft = record.state == SubmittedTx::State::Confirmed && record.height > forkHeight;
    const bool checkedAbove = record.state != SubmittedTx::State::Confirmed && record.height > forkHeight;
    if (!blockLeft && !checkedAbove) continue;
    // What was proven above the fork was proven on the branch that left: prove it again.
    record.state = SubmittedTx::State::Pending;
    record.height = forkHeight;
    record.block = {};
    record.index = 0;
    settle(record);
  }
  // resendPending follows with the tip change.
}

}  // namespace wb::light
