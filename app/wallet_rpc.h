// The wallet's JSON-RPC methods (DESIGN §7): wallet_accounts,
// wallet_new_account, wallet_unlock, wallet_lock, wallet_send, order_create,
// order_pay, order_ship, order_confirm, order_cancel, order_dispute,
// order_resolve, stake, unstake, delegate_register and vote — on a full node
// or a light one: what they read and where they submit is a WalletLedger.
//
// Each signing method builds the transaction with TxBuilder from one of the
// wallet's accounts with the nonce the ledger gives, submits it through the
// ledger and answers {txid} (order_create: {txid, id}) once the ledger kept it,
// or — with "wait": seconds — once it is in a block ({…, height}) or the time
// is up ({…, "status": "pending"}). Every parameter is checked and the order's
// party and state are checked before anything is signed, so an error never
// leaves a half-made change. Errors map as rpc_error.h says. On a light node
// wallet_accounts adds "proven": true and the height of the proofs.
//
// Lives on the ledger's thread (a child of the ledger); so does the keystore,
// which signs there. What is slow never runs there (DESIGN §5): wallet_unlock
// (Argon2id, ≈ 1 s and 256 MiB at the default limits) and wallet_new_account
// (the wallet file written) work on a copy of the keystore on a key worker
// thread, one at a time and in the order asked, and the result is adopted on
// the ledger's thread.
#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <optional>

#include "app/wallet_ledger.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_params.h"
#include "wallet/keystore.h"
#include "wallet/tx_builder.h"

namespace wb::app {

class WalletRpc : public QObject {
  Q_OBJECT
public:
  // Serves `keystore`, saved back to `walletPath` when accounts are added, as
  // a child of `ledger`; `ctx` must outlive it. Create it on the ledger's thread.
  WalletRpc(WalletLedger& ledger, const SecpContext& ctx, Keystore keystore, QString walletPath);
  ~WalletRpc() override;

  // Registers the methods on `dispatcher` (before the RPC server starts).
  // Fails with RpcErrc::MethodExists.
  [[nodiscard]] Status registerMethods(rpc::RpcDispatcher& dispatcher);

  const Keystore& keystore() const { return keystore_; }

private:
  struct Waiter {
    Hash32 txid{};
    QJsonObject answer;
    rpc::RpcReply reply;
    qint64 deadlineMs = 0;
  };
  // What a signing method signs, from its parameters: the order it acts on, if
  // any (read from the ledger first, StateErrc::OrderNotFound when there is none), and
  // how to build the transaction (`order` is that order, or null).
  struct Signing {
    std::optional<OrderId> order;
    std::function<Result<Tx>(const AccountKey& from, std::uint64_t nonce, const state::Order* order)> build;
  };
  using Prepare = std::function<Result<Signing>(rpc::RpcParams&, const AccountKey& from)>;
  // Adds to the answer of a submitted transaction (order_create: the order's id).
  using Extra = std::function<void(QJsonObject&, const Hash32& txid)>;
  struct Call {
    AccountKey from{};
    std::int64_t wait = 0;
    Signing signing;
  };

  // Reads "from" (a wallet account) and "wait", prepares, reads the order,
  // signs with the next nonce, submits and answers (now or once it is in a block).
  void signAndSubmit(rpc::RpcParams& params, rpc::RpcReply reply, const Prepare& prepare, const Extra& extra);
  // The order (if any) was read: checks the account and the lock, signs and submits.
  void submitCall(const Call& call, std::optional<state::Order> order, rpc::RpcReply reply, const Extra& extra);
  // Answers a submitted transaction's call: now, or once it is in a block
  // (`wait` seconds at most).
  void answerSubmitted(rpc::RpcReply reply, const QJsonObject& answer, std::int64_t wait);
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
  void registerSigning(rpc::RpcDispatcher& dispatcher, const char* name, Prepare prepare, Status& status,
                       Extra extra = {});

  WalletLedger& ledger_;
  const SecpContext& ctx_;
  Keystore keystore_;
  QString walletPath_;
  std::unique_ptr<TxBuilder> builder_;
  QTimer lockTimer_;
  QTimer waitTimer_;
  std::vector<Waiter> waiters_;
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
