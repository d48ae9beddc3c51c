// The wallet's ledger on a full node (WalletLedger): records from the node's
// state, nonces from its mempool, submissions through the wallet's
// SignedTxKeeper — journalled before the txid goes out, submitted again
// whenever the node lost it — with one fdatasync shared by every call that came
// meanwhile (JournalGroupSync).
//
// Lives on the node's thread as a child of the Node; answers at once, except
// submit(), which answers once the journal is on disk.
#pragma once

#include "app/wallet_ledger.h"
#include "chain/node/node.h"
#include "wallet/journal_group_sync.h"
#include "wallet/signed_tx_keeper.h"

namespace wb::app {

class NodeWalletLedger : public WalletLedger {
  Q_OBJECT
public:
  // The ledger of the wallet at `walletPath` on `node`: attaches its journal
  // (what the node lost in a crash goes back to it now). Call on the node's
  // thread; fails like SignedTxKeeper::attach (IoError, StoreErrc::Corrupt).
  [[nodiscard]] static Result<NodeWalletLedger*> open(node::Node& node, const QString& walletPath);

  const ChainParams& params() const override { return node_.params(); }
  void accounts(std::vector<AccountKey> keys, Callback<Accounts> done) override;
  void order(const OrderId& id, Callback<state::Order> done) override;
  void submit(const AccountKey& from, Build build, Callback<Hash32> done) override;
  std::optional<std::uint64_t> minedHeight(const Hash32& txid) const override;

private:
  NodeWalletLedger(node::Node& node, SignedTxKeeper& keeper);

  node::Node& node_;
  SignedTxKeeper& keeper_;         // a child of the node, like this object
  JournalGroupSync* journalSync_;  // a child of this object
};

}  // namespace wb::app
