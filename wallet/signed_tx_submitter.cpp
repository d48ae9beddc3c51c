#include "wallet/signed_tx_submitter.h"

#include "chain/node/node_call.h"
#include "wallet/signed_tx_keeper.h"

namespace wb {

SignedTxSubmitter::SignedTxSubmitter(node::Node* node, QString walletPath, QObject* parent)
    : QObject(parent), node_(node), walletPath_(std::move(walletPath)), link_(std::make_shared<ReplyLink>(this)) {
  node::callOnNodeThread<bool>(
      node_, link_,
      [path = walletPath_](node::Node& node) -> Result<bool> {
        WB_TRY_ASSIGN(keeper, SignedTxKeeper::attach(node, path));
        return true;
      },
      [](Result<bool> attached) {
        if (!attached) qWarning("signed transactions journal: %s", attached.error().message.c_str());
      });
}

SignedTxSubmitter::~SignedTxSubmitter() { link_->detach(); }

void SignedTxSubmitter::submit(Tx tx, Done done) {
  node::callOnNodeThread<Hash32>(
      node_, link_,
      [path = walletPath_, tx = std::move(tx)](node::Node& node) -> Result<Hash32> {
        WB_TRY_ASSIGN(keeper, SignedTxKeeper::attach(node, path));
        return (*keeper)->submit(tx);
      },
      std::move(done));
}

}  // namespace wb
