// Keeps a wallet's journal of signed transactions (SignedTxJournal) in step with
// the node: the one home of DESIGN §7's rule "a txid we returned is never
// silently lost", for every way the wallet signs (RPC methods, GUI pages).
// - submit(): the transaction is journalled before the node sees it, and taken
//   back out when the node refuses it;
// - when attached and after every tip change: what is confirmed a few blocks deep
//   or conflicts with the chain is forgotten, and what the node does not hold
//   (lost in a crash, dropped in a reorganisation) is submitted again.
//
// Lives on the node's thread as a child of the Node, one per wallet file.
#pragma once

#include <QObject>
#include <QString>

#include "chain/node/node.h"
#include "wallet/signed_tx_journal.h"

namespace wb {

class SignedTxKeeper : public QObject {
  Q_OBJECT
public:
  // The keeper of the wallet at `walletPath` on `node`: the one attached before,
  // or a new one that opens the journal and submits again what it holds. Call on
  // the node's thread. Fails like SignedTxJournal::open.
  [[nodiscard]] static Result<SignedTxKeeper*> attach(node::Node& node, const QString& walletPath);

  // Journals `tx`, then submits it (Node::submitTx). Fails like SignedTxJournal::append
  // or Node::submitTx; a refused transaction does not stay in the journal. With
  // Durability::Written the caller syncs before the txid goes out (JournalGroupSync).
  [[nodiscard]] Result<Hash32> submit(const Tx& tx,
                                      SignedTxJournal::Durability durability = SignedTxJournal::Durability::Synced);

  const SignedTxJournal& journal() const { return journal_; }
  const QString& walletPath() const { return walletPath_; }

private:
  SignedTxKeeper(node::Node& node, QString walletPath, SignedTxJournal journal);
  // Forgets what is confirmed deep enough or conflicts; submits again what the node lost.
  void maintain();

  node::Node& node_;
  QString walletPath_;
  SignedTxJournal journal_;
};

}  // namespace wb
