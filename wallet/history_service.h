// The wallet's history kept current beside the node (DESIGN §5, §6, §8).
//
// HistoryService is the scanning engine: a History kept in step with a Chain,
// one bounded batch of blocks per step(). It reads the chain only (the store's
// read transactions), so its steps run on the node's reader threads and never
// on the node's thread, which only writes (DESIGN §5). A step first steps back
// from the history's tip while that block is no longer on the main chain
// (reading the old blocks from the store, where side blocks stay), then
// connects up to kHistoryFollowBatch new main-chain blocks; a block it cannot
// undo, or a history not yet scanned, makes it rescan from the birthday (the
// first batch; later steps connect the rest). Steps and queries may come from
// any thread: a mutex keeps them apart.
//
// HistoryClient is its handle on the GUI thread: it creates the service, runs
// its steps one after the other on the reader threads (after every tip change,
// and again while the history is behind the tip, so a long scan is many short
// reads), answers page queries asynchronously, and says when the history
// changed.
#pragma once

#include <QPointer>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "chain/core/params.h"
#include "wallet/history.h"
#include "wallet/history_source.h"

namespace wb {

class Chain;
namespace node {
class LocalNodeClient;
}

// Blocks scanned or connected per step; the rest follow in later steps.
inline constexpr std::uint64_t kHistoryFollowBatch = 200;

// Called on the thread that ran a batch, with the heights it took in (first ≤ last).
using HistoryBatchObserver = std::function<void(std::uint64_t first, std::uint64_t last)>;

class HistoryService {
public:
  // Follows a chain's main chain for `accounts`, from `birthday` (≥ 1). The
  // history is made on the first step, with that chain's parameters (which
  // must outlive the service).
  HistoryService(std::vector<AccountKey> accounts, std::uint64_t birthday);

  struct Step {
    bool moved = false;      // the history took in or gave back blocks
    bool more = false;       // behind the chain's tip (or must start over): step again
    bool rescanned = false;  // this step rescanned from the birthday
    Status scan;             // how that rescan went (failed: nothing changed; the next tip change tries again)
  };

  // One batch (see above). Any thread; steps must not overlap (HistoryClient
  // runs them one after the other).
  Step step(const Chain& chain);

  // One page of the history (History::query). Any thread.
  HistoryPage query(const HistoryQuery& query) const;

  // Sees every batch from now on (tests: which thread scans, in what batches).
  void setBatchObserver(HistoryBatchObserver observer);

private:
  // Steps back to the main chain (setting `moved` when it gave blocks back);
  // false when that needs a rescan.
  bool unwindToMainChain(const Chain& chain, bool& moved);
  void observe(std::uint64_t first, std::uint64_t last) const;

  mutable std::mutex mutex_;
  std::vector<AccountKey> accounts_;
  std::optional<History> history_;  // from the first step on
  std::uint64_t birthday_;
  bool scanned_ = false;
  HistoryBatchObserver observer_;
};

// The GUI thread's handle on a HistoryService. Destroy it before the node's client.
class HistoryClient final : public HistorySource {
  Q_OBJECT
public:
  // Follows `accounts` from `birthday` on `client`'s node; the first scan starts
  // on the next turn of this thread's event loop, and changed() follows once its
  // first batch is done. `client` must outlive this.
  HistoryClient(node::LocalNodeClient* client, std::vector<AccountKey> accounts, std::uint64_t birthday,
                QObject* parent = nullptr);
  ~HistoryClient() override;

  // HistorySource (a new service rescans the accounts given)
  void setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday) override;
  void query(HistoryQuery query, Callback<HistoryPage> done) override;
  // True once the first scan step finished.
  bool ready() const override { return ready_; }
  // Why the last rescan failed, empty when it did not.
  QString lastError() const override { return lastError_; }
  HistoryScope scope() const override { return HistoryScope::Chain; }

  const std::vector<AccountKey>& accounts() const { return accounts_; }

  // Sees every batch of this and later services (see HistoryBatchObserver); set
  // it right after construction to see the first scan too.
  void setBatchObserver(HistoryBatchObserver observer);

private:
  void createService();
  // Runs the next step on a reader thread unless one is running (then it runs
  // again once that one is done).
  void scheduleStep();
  void stepDone(const std::shared_ptr<HistoryService>& service, const HistoryService::Step& step);

  QPointer<node::LocalNodeClient> client_;
  std::vector<AccountKey> accounts_;
  std::uint64_t birthday_;
  std::shared_ptr<HistoryService> service_;  // shared with its running step and queries
  HistoryBatchObserver observer_;
  bool stepping_ = false;   // a step of service_ is on a reader thread
  bool stepAgain_ = false;  // the tip moved while it ran
  bool ready_ = false;
  QString lastError_;
};

}  // namespace wb
