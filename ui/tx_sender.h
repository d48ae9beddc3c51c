// Signs and submits the wallet's transactions for every page (Send, Orders,
// Staking): asks the node for the sender's next nonce, builds and signs on a
// worker thread with the unlocked keystore (WalletModel::signTx), then submits
// through the wallet's journal (SignedTxSubmitter), so what it signed is
// submitted again after a crash. Sends run one after the other, so two quick
// actions of one account never take the same nonce.
#pragma once

#include <QObject>
#include <deque>
#include <functional>
#include <memory>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "interfaces/node_client.h"
#include "wallet/signed_tx_submitter.h"
#include "wallet/tx_builder.h"

namespace wb::ui {

class WalletModel;

class TxSender : public QObject {
  Q_OBJECT
public:
  // `params`, `client`, `wallet` and `journal` must outlive the sender.
  // Without a journal (a wallet that lives in memory only) transactions go to
  // the node as they are (NodeClient::submitTx).
  TxSender(std::shared_ptr<const SecpContext> ctx, const ChainParams& params, node::NodeClient* client,
           WalletModel* wallet, SignedTxSubmitter* journal, QObject* parent = nullptr);

  // Builds the transaction of `from` with `nonce`; runs on a worker thread.
  using Recipe = std::function<Result<Tx>(const TxBuilder& builder, const AccountKey& from, std::uint64_t nonce)>;
  using Done = std::function<void(Result<Hash32>)>;

  // Queues one send: `done` later runs on this object's thread with the txid once
  // the node's mempool took it, or the error (WalletErrc::Locked when the wallet is
  // locked, the wallet's, the builder's or the mempool's error otherwise).
  void send(const AccountKey& from, Recipe recipe, Done done);

  const ChainParams& params() const { return params_; }
  WalletModel* wallet() const { return wallet_; }
  node::NodeClient* client() const { return client_; }
  // Whether a send is in flight or queued.
  bool isBusy() const { return busy_ || !queue_.empty(); }

signals:
  // A transaction of ours entered the mempool.
  void sent(wb::Hash32 txid);

private:
  struct Job {
    AccountKey from{};
    Recipe recipe;
    Done done;
  };
  void startNext();
  // Signs `job` with `nonce` once the wallet is free, then submits it.
  void sign(const std::shared_ptr<Job>& job, std::uint64_t nonce);
  void finish(Job& job, Result<Hash32> result);
  // Journals and submits `tx` (or only submits it, without a journal).
  void submit(Tx tx, Done done);

  std::shared_ptr<const SecpContext> ctx_;
  const ChainParams& params_;
  node::NodeClient* client_;
  WalletModel* wallet_;
  SignedTxSubmitter* journal_;  // null: no journal
  std::deque<Job> queue_;
  bool busy_ = false;
};

}  // namespace wb::ui
