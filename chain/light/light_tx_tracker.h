// What a light node does with the transactions it submits (tx_submit, DESIGN
// §7 and §11): it checks them as far as it can without the state (the stateless
// rules, the signature, the sender's nonce proven unused at its tip), keeps them
// in the light store, sends them to its full peers — again at start, to every
// peer that connects, and after a reorganisation — and settles each from proofs:
//
//   pending    the sender's proven nonce has not passed it yet;
//   confirmed  the sender's nonce passed it and a block of the best branch holds
//              it (the block fetched and its transactions checked against the
//              header's tx_root): height, block and position are proven;
//   conflict   the sender's nonce passed it but no block since it was checked
//              holds it: another transaction used that nonce.
//
// A confirmed transaction whose block leaves the best branch is pending again
// and sent again. Lives on the light node's thread; nothing blocks but small
// LMDB writes.
#pragma once

#include <QObject>
#include <functional>
#include <set>

#include "chain/core/keys.h"
#include "chain/light/light_sync.h"
#include "chain/light/submitted_txs.h"

namespace wb::light {

class LightTxTracker : public QObject {
  Q_OBJECT
public:
  using SubmitCallback = std::function<void(const Result<Hash32>&)>;

  // `chain`, `sync` and `ctx` must outlive the tracker; `store` is in `chain`'s environment.
  LightTxTracker(HeaderChain& chain, LightSync& sync, SubmittedTxs store, const SecpContext& ctx,
                 QObject* parent = nullptr);

  // Checks `tx` (checkTxStateless, verifyTxSignature), proves its sender's
  // account at the tip and calls `done` (on this thread) with its txid once it is
  // stored and sent, or the error: the check's codes, StateErrc::BadNonce when the
  // proven nonce is already past it, a proof request's errors, store errors.
  // A transaction submitted before answers its txid again (and is sent again if pending).
  void submit(const Tx& tx, SubmitCallback done);

  // What this node proved about `txid`; nullopt when it never submitted it.
  [[nodiscard]] Result<std::optional<SubmittedTx>> status(const Hash32& txid) const { return store_.find(txid); }
  // Every transaction this node submitted, in txid order; store errors.
  [[nodiscard]] Result<std::vector<SubmittedTx>> all() const { return store_.all(); }

  // The highest nonce among `sender`'s pending transactions (the next one it
  // signs goes above it), nullopt when it has none; store errors.
  [[nodiscard]] Result<std::optional<std::uint64_t>> highestPendingNonce(const AccountKey& sender) const;

  // Sends every pending transaction to the peers and checks each against the
  // tip (at start; then on its own at every new tip and peer).
  void resendPending();

signals:
  // A submitted transaction's state changed (pending → confirmed or conflict, or back).
  void statusChanged(wb::Hash32 txid);
  // Something went wrong that a person should see (never fatal).
  void warning(QString message);

private:
  // Proves the sender's account; when its nonce passed the transaction, looks
  // for it in the blocks above the height it was last known absent to.
  void check(const Hash32& txid);
  // Fetches block `height` of the best branch; looks for `txid`; goes on up to `to`.
  void scanFrom(const Hash32& txid, std::uint64_t height, std::uint64_t to);
  // The check of `txid` ended; one asked for meanwhile starts now.
  void finishCheck(const Hash32& txid);
  void settle(const SubmittedTx& record);
  void onBranchSwitched(std::uint64_t forkHeight);

  HeaderChain& chain_;
  LightSync& sync_;
  SubmittedTxs store_;
  const SecpContext& ctx_;
  std::set<Hash32> checking_;  // one check at a time per transaction
  std::set<Hash32> recheck_;   // a new tip came during its check: check again after
};

}  // namespace wb::light
