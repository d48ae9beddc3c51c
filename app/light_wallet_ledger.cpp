#include "app/light_wallet_ledger.h"

#include <QPointer>
#include <memory>

namespace wb::app {
LightWalletLedger::LightWalletLedger(light::LightNode& node) : WalletLedger(&node), node_(node) {
  connect(&node_.sync(), &light::LightSync::tipChanged, this, &WalletLedger::tipChanged);
  connect(&node_.txs(), &light::LightTxTracker::statusChanged, this, &WalletLedger::tipChanged);
}

const ChainParams& LightWalletLedger::params() const { return node_.headers().params(); }

void LightWalletLedger::accounts(std::vector<AccountKey> keys, Callback<Accounts> done) {
  // One proof per account, asked at once; the answer goes out when the last one is in.
  struct Gather {
    Accounts out;
    std::size_t missing = 0;
    bool failed = false;
    Callback<Accounts> done;
  };
  auto gather = std::make_shared<Gather>();
  gather->out.accounts.resize(keys.size());
  gather->missing = keys.size();
  gather->done = std::move(done);
  if (keys.empty()) return gather->done(std::move(gather->out));
  for (std::size_t i = 0; i < keys.size(); ++i) {
    node_.proveAccount(keys[i], [gather, i](Result<light::Proven<state::Account>> account) {
      if (gather->failed) return;
      if (!account) {
        gather->failed = true;
        return gather->done(account.error());
      }
      gather->out.accounts[i] = account->value;
      const std::uint64_t height = account->proof.height;
      gather->out.provenAt = std::min(gather->out.provenAt.value_or(height), height);
      if (--gather->missing == 0) gather->done(std::move(gather->out));
    });
  }
}

void LightWalletLedger::order(const OrderId& id, Callback<state::Order> done) {
  node_.proveOrder(id, [done = std::move(done)](Result<light::Proven<std::optional<state::Order>>> order) {
    if (!order) return done(order.error());
    done(light::provenExistingOrder(order->proof));
  });
}

void LightWalletLedger::submit(const AccountKey& from, Build build, Callback<Hash32> done) {
  waiting_.push_back(Submission{from, std::move(build), std::move(done)});
  startNext();
}

void LightWalletLedger::startNext() {
  if (running_ || waiting_.empty()) return;
  running_ = true;
  auto job = std::make_shared<Submission>(std::move(waiting_.front()));
  waiting_.pop_front();
  node_.nextNonce(job->from,
                  [self = QPointer<LightWalletLedger>(this), job](Result<light::Proven<std::uint64_t>> nonce) {
                    if (self) self->signWith(std::move(*job), nonce);
                  });
}

void LightWalletLedger::signWith(Submission job, const Result<light::Proven<std::uint64_t>>& nonce) {
  auto finish = [this, done = std::move(job.done)](const Result<Hash32>& txid) {
    running_ = false;
    done(txid);
    startNext();
  };
  auto tx = [&]() -> Result<Tx> {
    WB_TRY(nonce);
    return job.build(nonce->value);
  }();
  if (!tx) return finish(tx.error());
  node_.txs().submit(*tx, [self = QPointer<LightWalletLedger>(this), finish](const Result<Hash32>& txid) {
    if (self) finish(txid);
  });
}

std::optional<std::uint64_t> LightWalletLedger::minedHeight(const Hash32& txid) const {
  auto record = node_.txs().status(txid);
  if (!record || !*record || (*record)->state != light::SubmittedTx::State::Confirmed) return std::nullopt;
  return (*record)->height;
}

}  // namespace wb::app
