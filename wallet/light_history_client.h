// A light wallet's history (DESIGN §6, §11) for the Activity page: a light node
// keeps no blocks, so what it can list is what the wallet's accounts sent
// through it and a block of the best branch holds (LightNodeClient::
// confirmedTransactions — each found in a block whose transactions were checked
// against its header). The entries are the full history's own (History::
// partialBlockConnected), built again whenever what the node proved about its
// transactions changes. An order acted on whose creation the node did not
// submit is proven first (LightNodeClient::order) and followed from its
// creation (History::followOrder), so its rows name its parties and item.
// Deadline events, other accounts' transactions and rewards need every block
// and are not listed (the proven balances include them).
//
// Lives on the GUI thread; `client` must outlive it.
#pragma once

#include <QPointer>
#include <map>
#include <memory>
#include <vector>

#include "chain/core/params.h"
#include "chain/light/light_node_client.h"
#include "wallet/history_source.h"

namespace wb {

class LightHistoryClient final : public HistorySource {
  Q_OBJECT
public:
  // Lists `accounts`' transactions among those `client`'s node submitted;
  // `params` (the node's network) must outlive this. The first build starts on
  // the next turn of this thread's event loop.
  LightHistoryClient(light::LightNodeClient* client, const ChainParams& params, std::vector<AccountKey> accounts,
                     QObject* parent = nullptr);

  // HistorySource (`birthday` is not needed: the node keeps every transaction it submitted)
  void setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday) override;
  void query(HistoryQuery query, Callback<HistoryPage> done) override;
  bool ready() const override { return ready_; }
  QString lastError() const override { return lastError_; }
  HistoryScope scope() const override { return HistoryScope::OwnTransactions; }

private:
  // Asks the node for its confirmed transactions unless a request is out (then
  // asks again once it is answered).
  void rebuild();
  struct Build;
  void received(std::shared_ptr<Build> build, Result<std::vector<light::ConfirmedTx>> confirmed);
  // Proves the next order `build` needs, then builds.
  void proveNext(std::shared_ptr<Build> build);
  void finish(const Build& build);

  QPointer<light::LightNodeClient> client_;
  const ChainParams& params_;
  std::vector<AccountKey> accounts_;
  std::shared_ptr<const History> history_;        // null until the first build
  std::map<OrderId, state::Order> provenOrders_;  // orders followed from their creation, as proven
  std::uint64_t generation_ = 0;                  // builds for older accounts are dropped
  bool asking_ = false;                           // a build is under way
  bool askAgain_ = false;
  bool ready_ = false;
  QString lastError_;
};

}  // namespace wb
