#include "ui/tx_sender.h"

#include <QTimer>

#include "ui/wallet_model.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {
namespace {

// How long to wait for a wallet that is busy with another operation (unlock,
// backup, another signature) before trying again.
constexpr int kSignRetryMs = 50;

}  // namespace

TxSender::TxSender(std::shared_ptr<const SecpContext> ctx, const ChainParams& params, node::NodeClient* client,
                   WalletModel* wallet, SignedTxSubmitter* journal, QObject* parent)
    : QObject(parent), ctx_(std::move(ctx)), params_(params), client_(client), wallet_(wallet), journal_(journal) {}

void TxSender::submit(Tx tx, Done done) {
  if (journal_ == nullptr) return client_->submitTx(std::move(tx), std::move(done));
  journal_->submit(std::move(tx), std::move(done));
}

void TxSender::send(const AccountKey& from, Recipe recipe, Done done) {
  queue_.push_back({from, std::move(recipe), std::move(done)});
  if (!busy_) startNext();
}

void TxSender::startNext() {
  if (queue_.empty()) {
    busy_ = false;
    return;
  }
  busy_ = true;
  auto job = std::make_shared<Job>(std::move(queue_.front()));
  queue_.pop_front();
  // Checked before asking the node anything: a locked wallet is the usual reason
  // an action fails, and the user should hear it at once.
  if (wallet_->isLocked() && !wallet_->isBusy()) {
    finish(*job, fail(WalletErrc::Locked, "the wallet is locked"));
    return;
  }
  client_->nextNonce(job->from, [this, job](Result<std::uint64_t> nonce) {
    if (!nonce) return finish(*job, nonce.error());
    sign(job, *nonce);
  });
}

void TxSender::sign(const std::shared_ptr<Job>& job, std::uint64_t nonce) {
  const bool started = wallet_->signTx(
      [ctx = ctx_, &params = params_, job, nonce](const Keystore& keystore) -> Result<Tx> {
        const TxBuilder builder(*ctx, params, keystore);
        return job->recipe(builder, job->from, nonce);
      },
      [this, job](Result<Tx> tx) {
        if (!tx) return finish(*job, tx.error());
        submit(std::move(*tx), [this, job](Result<Hash32> txid) { finish(*job, std::move(txid)); });
      });
  // The keystore is on a worker for another operation: try again shortly.
  if (!started) QTimer::singleShot(kSignRetryMs, this, [this, job, nonce] { sign(job, nonce); });
}

void TxSender::finish(Job& job, Result<Hash32> result) {
  if (result) emit sent(*result);
  if (job.done) job.done(std::move(result));
  startNext();
}

}  // namespace wb::ui
