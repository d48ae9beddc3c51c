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
// Lives on the node's thread (a child of the Node); so does the keystore.
// wallet_unlock runs Argon2id there: with the default limits that pauses the
// node for about a second, acceptable for a headless daemon.
#pragma once

#include <QObject>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

#include "chain/node/node.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_params.h"
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
  // The order `id` as the ledger holds it, or StateOrderNotFound.
  [[nodiscard]] Result<state::Order> loadOrder(const OrderId& id) const;
  void onTip();
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
  SignedTxKeeper* keeper_ = nullptr;  // a child of the node, like this object
};

}  // namespace wb::app
