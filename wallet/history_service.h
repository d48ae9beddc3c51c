// The wallet's history kept current beside the node (DESIGN §6, §8).
//
// HistoryService lives on the node's thread (a child of the Node, made there
// through NodeClient::run): it scans the wallet's accounts from the birthday,
// one batch of blocks per turn of the node's event loop, then follows the node's tip. On every tip change it steps back
// from its own tip while that block is no longer on the main chain (reading the old blocks from the store, where side
// blocks stay), then connects the new main-chain blocks, a bounded batch per event so a long sync never holds the
// node's thread for long. A block it cannot undo makes it rescan.
//
// HistoryClient is its handle on the GUI thread: it creates the service,
// answers page queries asynchronously, and says when the history changed.
#pragma once

#include <QObject>
#include <QPointer>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "chain/core/params.h"
#include "chain/node/node_client.h"
#include "wallet/history.h"

namespace wb {

// Blocks connected per step; the rest follow in later event-loop turns.
inline constexpr std::uint64_t kHistoryFollowBatch = 200;

class HistoryService : public QObject {
  Q_OBJECT
public:
  // Follows `node`'s main chain for `accounts`, from `birthday` (≥ 1). Must be
  // created on the node's thread; its parent is the node. Call start() next.
  HistoryService(node::Node& node, std::vector<AccountKey> accounts, std::uint64_t birthday);

  // Scans the chain once and starts following the tip. Fails like
  // History::rescan (the service then keeps following and rescans on the next tip).
  [[nodiscard]] Status start();

  const History& history() const { return history_; }

signals:
  // The history took in or gave back blocks (emitted on the node's thread).
  void changed();

private:
  // Brings the history to the chain's tip (or one batch closer).
  void follow();
  // Steps back to the main chain (setting `moved` when it gave blocks back);
  // false when that needs a rescan.
  bool unwindToMainChain(bool& moved);
  [[nodiscard]] Status rescan();

  node::Node& node_;
  History history_;
  std::uint64_t birthday_;
  bool scanned_ = false;
  bool followScheduled_ = false;
};

// The GUI thread's handle on a HistoryService. Destroy it before the NodeClient.
class HistoryClient : public QObject {
  Q_OBJECT
public:
  template <class T>
  using Callback = std::function<void(Result<T>)>;

  // Creates a service on the node's thread for `accounts` from `birthday`;
  // changed() follows once its first scan is done. `client` must outlive this.
  HistoryClient(node::NodeClient* client, std::vector<AccountKey> accounts, std::uint64_t birthday,
                QObject* parent = nullptr);
  ~HistoryClient() override;

  // Replaces the accounts followed (a new service rescans them).
  void setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday);
  const std::vector<AccountKey>& accounts() const { return accounts_; }

  // One page of the history (History::query), answered on this thread. Before
  // the first scan finished the page is empty.
  void query(HistoryQuery query, Callback<HistoryPage> done);

  // True once the first scan finished (changed() was emitted at least once).
  bool ready() const { return ready_; }
  // Why the last scan failed, empty when it did not.
  QString lastError() const { return lastError_; }

signals:
  void changed();

private:
  // Where the service is, shared with the work queued to the node's thread; set
  // and read on that thread only.
  struct Slot {
    HistoryService* service = nullptr;
  };
  void createService();
  void dropService();

  QPointer<node::NodeClient> client_;
  std::vector<AccountKey> accounts_;
  std::uint64_t birthday_;
  std::shared_ptr<Slot> slot_;
  bool ready_ = false;
  QString lastError_;
};

}  // namespace wb
