// The wallet's ledger on a light node (WalletLedger, DESIGN §11): every record
// it reads is proven by a full peer against the light node's headers, and what
// it signs goes through the node's LightTxTracker, which keeps it in the light
// store (a txid returned survives a crash) and settles it from proofs.
//
// A nonce is LightNode::nextNonce's (the sender's proven one, or one above its
// highest pending transaction): submissions run one at a time, in the order
// asked, so two calls never sign the same nonce while a proof is on its way.
//
// Lives on the light node's thread as a child of the LightNode.
#pragma once

#include <deque>

#include "app/wallet_ledger.h"
#include "chain/light/light_node.h"

namespace wb::app {

class LightWalletLedger : public WalletLedger {
  Q_OBJECT
public:
  explicit LightWalletLedger(light::LightNode& node);

  const ChainParams& params() const override;
  void accounts(std::vector<AccountKey> keys, Callback<Accounts> done) override;
  void order(const OrderId& id, Callback<state::Order> done) override;
  void submit(const AccountKey& from, Build build, Callback<Hash32> done) override;
  std::optional<std::uint64_t> minedHeight(const Hash32& txid) const override;

private:
  struct Submission {
    AccountKey from{};
    Build build;
    Callback<Hash32> done;
  };
  // Starts the oldest waiting submission unless one runs.
  void startNext();
  // The running submission's nonce came (or not): sign and hand it to the tracker.
  void signWith(Submission job, const Result<light::Proven<std::uint64_t>>& nonce);

  light::LightNode& node_;
  std::deque<Submission> waiting_;
  bool running_ = false;
};

}  // namespace wb::app
