#include "wallet/signed_tx_keeper.h"

#include <map>

#include "chain/core/tx_sign.h"

namespace wb {
namespace {

// Blocks on top of a journalled transaction's block before the wallet forgets it:
// a reorganisation shallower than this brings it back to the node's mempool anyway.
constexpr std::uint64_t kJournalConfirmations = 6;

}  // namespace

SignedTxKeeper::SignedTxKeeper(node::Node& node, QString walletPath, SignedTxJournal journal)
    : QObject(&node), node_(node), walletPath_(std::move(walletPath)), journal_(std::move(journal)) {
  connect(&node_, &node::Node::tipChanged, this, &SignedTxKeeper::maintain);
}

Result<SignedTxKeeper*> SignedTxKeeper::attach(node::Node& node, const QString& walletPath) {
  // One keeper per wallet file: two would write one journal behind each other's back.
  for (SignedTxKeeper* existing : node.findChildren<SignedTxKeeper*>(Qt::FindDirectChildrenOnly)) {
    if (existing->walletPath() == walletPath) return existing;
  }
  std::vector<std::string> problems;
  WB_TRY_ASSIGN(journal, SignedTxJournal::open(SignedTxJournal::pathFor(walletPath), &problems));
  for (const std::string& problem : problems) qWarning("%s: %s", qPrintable(journal->path()), problem.c_str());
  auto* keeper = new SignedTxKeeper(node, walletPath, std::move(*journal));
  keeper->maintain();  // what the node lost (a crash) goes back to it now
  return keeper;
}

Result<Hash32> SignedTxKeeper::submit(const Tx& tx, SignedTxJournal::Durability durability) {
  WB_TRY(journal_.append(tx, durability));
  auto txid = node_.submitTx(tx);
  if (!txid) {
    const Status undone = journal_.dropLast();
    if (!undone) emit node_.warning(QString::fromStdString(undone.error().message));
  }
  return txid;
}

void SignedTxKeeper::maintain() {
  if (journal_.txs().empty()) return;
  const std::uint64_t tip = node_.chain().tip().height;
  std::map<AccountKey, std::uint64_t> chainNonces;
  const Status read = node_.chain().readState([&](const state::StateView& view) -> Status {
    for (const Tx& tx : journal_.txs()) {
      if (chainNonces.count(tx.sender)) continue;
      WB_TRY_ASSIGN(account, view.account(tx.sender));
      chainNonces[tx.sender] = account->nonce;
    }
    return {};
  });
  if (!read) return;  // tried again on the next tip
  using State = node::Node::TxStatus::State;
  const Status kept = journal_.retain([&](const Tx& tx) {
    auto status = node_.txStatus(computeTxid(tx));
    if (!status) return true;
    if (*status && (*status)->location) return tip - (*status)->location->height + 1 < kJournalConfirmations;
    if (*status && (*status)->state != State::Dropped) return true;  // in the mempool
    // Unknown or dropped: its nonce taken by another transaction means a conflict.
    return chainNonces[tx.sender] <= tx.nonce;
  });
  if (!kept) emit node_.warning(QString::fromStdString(kept.error().message));
  for (const Tx& tx : journal_.txs()) {
    auto status = node_.txStatus(computeTxid(tx));
    if (status && (!*status || (*status)->state == State::Dropped)) (void)node_.submitTx(tx);
  }
}

}  // namespace wb
