#include "wallet/history_service.h"

#include <algorithm>
#include <utility>

#include "chain/node/local_node_client.h"
#include "chain/store/chain.h"

namespace wb {

HistoryService::HistoryService(std::vector<AccountKey> accounts, std::uint64_t birthday)
    : accounts_(std::move(accounts)), birthday_(std::max<std::uint64_t>(birthday, 1)) {}

void HistoryService::setBatchObserver(HistoryBatchObserver observer) {
  std::lock_guard lock(mutex_);
  observer_ = std::move(observer);
}

void HistoryService::observe(std::uint64_t first, std::uint64_t last) const {
  if (observer_ && first <= last) observer_(first, last);
}

bool HistoryService::unwindToMainChain(const Chain& chain, bool& moved) {
  while (history_->tip()) {
    const TipPosition tip = *history_->tip();
    auto onMain = chain.hashAtHeight(tip.height);
    if (!onMain) return false;
    if (*onMain && **onMain == tip.hash) return true;
    // Our tip was reorganised away: its body stays stored as a side block.
    auto block = chain.block(tip.hash);
    if (!block || !*block) return false;
    if (!history_->blockDisconnected(**block)) return false;  // deeper than the undo depth
    moved = true;
  }
  return false;  // nothing to stand on: only a rescan helps
}

HistoryService::Step HistoryService::step(const Chain& chain) {
  std::lock_guard lock(mutex_);
  if (!history_) history_.emplace(chain.params(), accounts_);
  Step out;
  if (!scanned_ || !unwindToMainChain(chain, out.moved)) {
    // Only the first batch: the next steps connect the rest, each a short read.
    out.rescanned = true;
    out.scan = history_->rescan(chain, birthday_, kHistoryFollowBatch);
    scanned_ = out.scan.ok();
    if (!scanned_) return out;  // the next tip change tries again
    out.moved = true;
    observe(std::max<std::uint64_t>(birthday_, 1), history_->tip()->height);
  } else {
    // Connects one batch of new main-chain blocks. The node's thread goes on
    // writing meanwhile: a block that no longer extends the history's tip means
    // the chain moved under this read, and the next step steps back first.
    const std::uint64_t target = chain.tip().height;
    const std::uint64_t first = history_->tip()->height + 1;
    std::uint64_t height = first - 1;
    const std::uint64_t last = std::min(target, height + kHistoryFollowBatch);
    while (height < last) {
      auto hash = chain.hashAtHeight(height + 1);
      if (!hash || !*hash) break;
      auto block = chain.block(**hash);
      if (!block || !*block) {
        scanned_ = false;  // unexpected: start over on the next step
        break;
      }
      if ((*block)->header.prev != history_->tip()->hash) break;  // reorganised since: step back next time
      if (!history_->blockConnected(**block, height + 1)) {
        scanned_ = false;
        break;
      }
      ++height;
      out.moved = true;
    }
    observe(first, height);
  }
  out.more = !scanned_ || history_->tip()->height < chain.tip().height;
  return out;
}

HistoryPage HistoryService::query(const HistoryQuery& query) const {
  std::lock_guard lock(mutex_);
  if (!history_) return HistoryPage{};
  return history_->query(query);
}

HistoryClient::HistoryClient(node::LocalNodeClient* client, std::vector<AccountKey> accounts, std::uint64_t birthday,
                             QObject* parent)
    : HistorySource(parent), client_(client), accounts_(std::move(accounts)), birthday_(birthday) {
  if (client_) connect(client_, &node::LocalNodeClient::tipChanged, this, &HistoryClient::scheduleStep);
  createService();
}

HistoryClient::~HistoryClient() = default;  // a running step keeps its service until it ends

void HistoryClient::setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday) {
  accounts_ = std::move(accounts);
  birthday_ = birthday;
  ready_ = false;
  createService();
}

void HistoryClient::setBatchObserver(HistoryBatchObserver observer) {
  observer_ = std::move(observer);
  if (service_) service_->setBatchObserver(observer_);
}

void HistoryClient::createService() {
  // The old service (if any) is dropped; a step of it still running ends on its
  // own and its answer is ignored (stepDone compares services).
  service_ = std::make_shared<HistoryService>(accounts_, birthday_);
  if (observer_) service_->setBatchObserver(observer_);
  stepping_ = false;
  stepAgain_ = false;
  // On the next turn of the event loop, so a caller can set an observer first.
  QMetaObject::invokeMethod(this, &HistoryClient::scheduleStep, Qt::QueuedConnection);
}

void HistoryClient::scheduleStep() {
  if (!client_ || !service_) return;
  if (stepping_) {
    stepAgain_ = true;  // the tip moved during the step: look again after it
    return;
  }
  stepping_ = true;
  stepAgain_ = false;
  QPointer<HistoryClient> self(this);
  client_->read<HistoryService::Step>(
      [service = service_](const Chain& chain) -> Result<HistoryService::Step> { return service->step(chain); },
      [self, service = service_](Result<HistoryService::Step> step) {
        if (self && step) self->stepDone(service, *step);
      });
}

void HistoryClient::stepDone(const std::shared_ptr<HistoryService>& service, const HistoryService::Step& step) {
  if (service != service_) return;  // an older generation (setAccounts since)
  stepping_ = false;
  if (step.rescanned) lastError_ = step.scan ? QString() : QString::fromStdString(step.scan.error().message);
  const bool first = !ready_;
  ready_ = true;
  // Once after the first step (whatever it found), then whenever blocks came or went.
  if (first || step.moved) emit changed();
  if (step.more || stepAgain_) scheduleStep();
}

void HistoryClient::query(HistoryQuery query, Callback<HistoryPage> done) {
  if (!client_ || !service_) {
    QMetaObject::invokeMethod(
        this, [done = std::move(done)] { done(HistoryPage{}); }, Qt::QueuedConnection);
    return;
  }
  QPointer<HistoryClient> self(this);
  client_->read<HistoryPage>([service = service_, query = std::move(query)](
                                 const Chain&) -> Result<HistoryPage> { return service->query(query); },
                             [self, done = std::move(done)](Result<HistoryPage> page) {
                               if (self) done(std::move(page));
                             });
}

}  // namespace wb
