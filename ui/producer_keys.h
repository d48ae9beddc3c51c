// Hands the node the open wallet's keys to produce blocks with, on networks the
// wallet's owner produces on (one they started in the wizard, or joined and
// switched production on for) — DESIGN §4, §8:
//   PoW   mines to account 0 whether the wallet is locked or not: mining signs
//         nothing, so the public key is all it takes;
//   PoS,  sign every block, so they need the accounts' secret keys: those are
//   DPoS  derived on a worker thread when the wallet unlocks and taken back from
//         the node when it locks (the Staking page says to unlock meanwhile).
#pragma once

#include <QObject>
#include <memory>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"

namespace wb::node {
class NodeClient;
}

namespace wb::ui {

class WalletModel;

class ProducerKeyFeeder : public QObject {
  Q_OBJECT
public:
  // `client` and `wallet` must outlive the feeder. Hands the first keys at once.
  ProducerKeyFeeder(std::shared_ptr<const SecpContext> ctx, ConsensusKind consensus, node::NodeClient* client,
                    WalletModel* wallet, QObject* parent = nullptr);

signals:
  // The node has the keys of the last hand-over (count 0: none, the wallet is locked).
  void keysHanded(int count);

private:
  void handOver();
  void handPublicKey();
  void handSecrets();

  std::shared_ptr<const SecpContext> ctx_;
  ConsensusKind consensus_;
  node::NodeClient* client_;
  WalletModel* wallet_;
  std::uint64_t serial_ = 0;  // the latest hand-over; older answers are dropped
};

}  // namespace wb::ui
