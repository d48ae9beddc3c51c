// The wallet's JSON-RPC methods on a node (DESIGN §7): wallet_accounts,
// wallet_new_account, wallet_unlock, wallet_lock, wallet_send, order_create,
// order_pay, order_ship, order_confirm, order_cancel, order_dispute,
// order_resolve, stake, unstake, delegate_register and vote.
//
// Each signing method builds the transaction with TxBuilder from one of the
// wallet's accounts, takes the nonce from the node's mempool, submits it
// through the node and answers {txid} (order_create: {txid, id}) once it is in
// the mempool, or — with "wait": seconds — once it is in a block ({…, height})
// or the time is up ({…, "status": "pending"}). Every parameter is checked and
// the order's party and state are checked before anything is signed, so an
// error never leaves a half-made change. Errors map as rpc_error.h says.
//
// Every transaction it signs goes through the wallet's SignedTxKeeper: journalled
// before its txid is returned, submitted again whenever the node lost it, until
// it is confirmed (a few blocks deep) or conflicts with the chain.
//
// Lives on the node's thread (a child of the Node); so does the keystore, which
// signs there. What is slow never runs there (DESIGN §5): wallet_unlock
// (Argon2id, ≈ 1 s and 256 MiB at the default limits) and wallet_new_account
// (the wallet file written) work on a copy of the keystore on a key worker
// thread, one at a time and in the order asked, and the result is adopted on
// the node's thread.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <optional>

#include "chain/node/node.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_params.h"
#include "wallet/journal_group_sync.h"
#include "wallet/keystore.h"
#include "wallet/signed_tx_keeper.h"
#include "wallet/tx_builder.h"

namespace wb::app {

class WalletRpc : public QObject {
  Q_OBJECT
public:
  // Serves `keystore`, saved back to `walletPath` when accounts are added.
  // `node` and `ctx` must outlive it; create it on the node's thread.
  WalletRpc(node::Node& node, const SecpContext& ctx, Keystore keystore, QString walletPath);
  ~WalletRpc() override;

  // Opens the journal and re-submits what it holds, then registers the methods
  // on `dispatcher` (before the RPC server starts). Fails with RpcMethodExists,
  // or IoError / StoreCorrupt for the journal.
  [[nodiscard]] Status registerMethods(rpc::RpcDispatcher& dispatcher);

  const Keystore& keystore() const { return keystore_; }

private:
  struct Waiter {
    Hash32 txid{};
    QJsonObject answer;
    rpc::RpcReply reply;
    qint64 deadlineMs = 0;
  };
  using Build = std::function<Result<Tx>(const AccountKey& from, std::uint64_t nonce)>;

  // Reads "from" (a wallet account) and "wait", runs `build` with the next
  // nonce, submits the result and answers (now or once it is in a block).
  void signAndSubmit(rpc::RpcParams& params, rpc::RpcReply reply,
                     const std::function<Result<Build>(rpc::RpcParams&, const AccountKey&)>& prepare,
                     const std::function<void(QJsonObject&, const Tx&, const Hash32&)>& extra = {});
  // Answers a submitted transaction's call: now, or once it is in a block
  // (`wait` seconds at most).
  void answerSubmitted(rpc::RpcReply reply, const QJsonObject& answer, std::int64_t wait);
  // The order `id` as the ledger holds it, or StateOrderNotFound.
  [[nodiscard]] Result<state::Order> loadOrder(const OrderId& id) const;
  void onTip();
  // Registers wallet_new_account, wallet_unlock and wallet_lock.
  [[nodiscard]] Status registerKeyMethods(rpc::RpcDispatcher& dispatcher);
  // Queues `work` for the key worker: it gets a locked copy of the keystore
  // (taken when its turn comes, so it sees every earlier change) and runs on the
  // worker; `adopt` then runs on the node's thread with the copy as `work` left it.
  using KeyWork = std::function<Result<QJsonValue>(Keystore& copy)>;
  using KeyAdopt = std::function<Result<QJsonValue>(Keystore& copy, Result<QJsonValue> worked)>;
  void queueKeyWork(rpc::RpcReply reply, KeyWork work, KeyAdopt adopt);
  void startKeyWork();
  void registerSigning(rpc::RpcDispatcher& dispatcher, const char* name,
                       std::function<Result<Build>(rpc::RpcParams&, const AccountKey&)> prepare, Status& status,
                       std::function<void(QJsonObject&, const Tx&, const Hash32&)> extra = {});

  node::Node& node_;
  const SecpContext& ctx_;
  Keystore keystore_;
  QString walletPath_;
  std::unique_ptr<TxBuilder> builder_;
  QTimer lockTimer_;
  QTimer waitTimer_;
  std::vector<Waiter> waiters_;
  SignedTxKeeper* keeper_ = nullptr;         // a child of the node, like this object
  JournalGroupSync* journalSync_ = nullptr;  // a child of this object, with the keeper
  struct KeyJob {
    rpc::RpcReply reply;
    KeyWork work;
    KeyAdopt adopt;
  };
  std::deque<KeyJob> keyJobs_;  // waiting for the worker, oldest first
  bool keyJobRunning_ = false;
  std::uint64_t explicitLocks_ = 0;  // wallet_lock calls so far
  // Last: destroyed first, waiting for the running job (at most one Argon2id).
  QThreadPool keyWorker_;
};

}  // namespace wb::app
