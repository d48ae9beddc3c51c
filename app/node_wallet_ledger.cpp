#include "app/node_wallet_ledger.h"

#include "chain/state/state_errc.h"

namespace wb::app {

Result<NodeWalletLedger*> NodeWalletLedger::open(node::Node& node, const QString& walletPath) {
  WB_TRY_ASSIGN(keeper, SignedTxKeeper::attach(node, walletPath));
  return new NodeWalletLedger(node, **keeper);
}

NodeWalletLedger::NodeWalletLedger(node::Node& node, SignedTxKeeper& keeper)
    : WalletLedger(&node),
      node_(node),
      keeper_(keeper),
      journalSync_(new JournalGroupSync(keeper.journal().path(), this)) {
  connect(&node_, &node::Node::tipChanged, this, &WalletLedger::tipChanged);
}

void NodeWalletLedger::accounts(std::vector<AccountKey> keys, Callback<Accounts> done) {
  Accounts out;
  out.accounts.reserve(keys.size());
  const Status read = node_.chain().readState([&](const state::StateView& view) -> Status {
    for (const AccountKey& key : keys) {
      WB_TRY_ASSIGN(account, view.account(key));
      out.accounts.push_back(*account);
    }
    return {};
  });
  if (!read) return done(read.error());
  done(std::move(out));
}

void NodeWalletLedger::order(const OrderId& id, Callback<state::Order> done) {
  std::optional<state::Order> out;
  const Status read = node_.chain().readState([&](const state::StateView& view) -> Status {
    WB_TRY_ASSIGN(order, view.order(id));
    out = *order;
    return {};
  });
  if (!read) return done(read.error());
  if (!out) return done(fail(StateErrc::OrderNotFound, "order " + toHex(id) + " not found"));
  done(*out);
}

void NodeWalletLedger::submit(const AccountKey& from, Build build, Callback<Hash32> done) {
  auto txid = [&]() -> Result<Hash32> {
    WB_TRY_ASSIGN(nonce, node_.mempool().nextNonce(from));
    WB_TRY_ASSIGN(tx, build(*nonce));
    // Written to the journal now, on disk before the txid goes out.
    return keeper_.submit(*tx, SignedTxJournal::Durability::Written);
  }();
  if (!txid) return done(txid.error());
  journalSync_->afterSync([done = std::move(done), id = *txid](Status synced) {
    if (!synced) return done(synced.error());
    done(id);
  });
}

std::optional<std::uint64_t> NodeWalletLedger::minedHeight(const Hash32& txid) const {
  auto status = node_.txStatus(txid);
  if (!status || !*status || !(*status)->location) return std::nullopt;
  return (*status)->location->height;
}

}  // namespace wb::app
