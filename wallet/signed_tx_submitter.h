// A wallet's handle, on another thread than the node's (the GUI's), for
// submitting what it signed through its journal (SignedTxKeeper): the keeper
// lives on the node's thread, this object on the caller's, and every answer
// comes back to the caller's thread. Destroy it before the node is stopped;
// answers that arrive after it is gone are dropped.
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

#include "chain/core/error.h"
#include "chain/core/tx.h"

namespace wb {

namespace node {
class Node;
}  // namespace node
class ReplyLink;

class SignedTxSubmitter : public QObject {
  Q_OBJECT
public:
  using Done = std::function<void(Result<Hash32>)>;

  // Attaches the journal of the wallet at `walletPath` on `node` (what it holds
  // and the node lost goes back to the node now); a journal that cannot be
  // opened is logged, and every submit() then says why. `node` must outlive this.
  SignedTxSubmitter(node::Node* node, QString walletPath, QObject* parent = nullptr);
  ~SignedTxSubmitter() override;

  // Journals `tx` and submits it (SignedTxKeeper::submit) on the node's thread;
  // `done` runs on this object's thread with the txid or why it was refused.
  void submit(Tx tx, Done done);

private:
  node::Node* node_;
  QString walletPath_;
  std::shared_ptr<ReplyLink> link_;
};

}  // namespace wb
