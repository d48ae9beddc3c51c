// Finds the wallet's accounts that are in use on the chain but not in the wallet
// file yet (a wallet restored from its recovery words knows only account 0):
// the next kGapLimit account keys are derived from the public account chain on
// a worker thread and looked up in the node's state; when one is used, the
// accounts up to it are added and the search goes on past it (BIP44's gap limit).
#pragma once

#include <QObject>
#include <cstdint>
#include <memory>
#include <vector>

#include "chain/core/schnorr.h"
#include "wallet/keystore_format.h"

namespace wb::node {
class NodeClient;
}

namespace wb::ui {

class WalletModel;

class AccountDiscovery : public QObject {
  Q_OBJECT
public:
  static constexpr std::size_t kGapLimit = 20;

  // `client` and `wallet` must outlive the discovery. Starts at once.
  AccountDiscovery(std::shared_ptr<const SecpContext> ctx, node::NodeClient* client, WalletModel* wallet,
                   QObject* parent = nullptr);

signals:
  // No used account is missing any more; `added` accounts were added in all.
  void finished(int added);

private:
  void searchNext();
  void lookUp(std::vector<AccountEntry> candidates);
  void answered(std::uint64_t round, std::uint32_t index, bool used);

  std::shared_ptr<const SecpContext> ctx_;
  node::NodeClient* client_;
  WalletModel* wallet_;
  std::uint64_t round_ = 0;
  std::size_t pending_ = 0;        // lookups of this round not answered yet
  std::int64_t highestUsed_ = -1;  // the highest used index found this round
  int added_ = 0;
  std::size_t accountsBefore_ = 0;
};

}  // namespace wb::ui
