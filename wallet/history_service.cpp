#include "wallet/history_service.h"

#include <QTimer>
#include <algorithm>
#include <utility>

#include "chain/node/node.h"

namespace wb {

HistoryService::HistoryService(node::Node& node, std::vector<AccountKey> accounts, std::uint64_t birthday)
    : QObject(&node),
      node_(node),
      history_(node.params(), std::move(accounts)),
      birthday_(std::max<std::uint64_t>(birthday, 1)) {
  connect(&node, &node::Node::tipChanged, this, &HistoryService::follow);
}

Status HistoryService::start() {
  Status scanned = rescan();
  follow();  // a tip that moved during the scan, or a retry after a failure
  return scanned;
}

Status HistoryService::rescan() {
  // One batch now; follow() connects the rest a batch per turn of the node's
  // event loop, so a long first scan never stalls the node (peers, production).
  Status scanned = history_.rescan(node_.chain(), birthday_, kHistoryFollowBatch);
  scanned_ = scanned.ok();
  return scanned;
}

bool HistoryService::unwindToMainChain(bool& moved) {
  const Chain& chain = node_.chain();
  while (history_.tip()) {
    const TipPosition tip = *history_.tip();
    auto onMain = chain.hashAtHeight(tip.height);
    if (!onMain) return false;
    if (*onMain && **onMain == tip.hash) return true;
    // Our tip was reorganised away: its body stays stored as a side block.
    auto block = chain.block(tip.hash);
    if (!block || !*block) return false;
    if (!history_.blockDisconnected(**block)) return false;  // deeper than the undo depth
    moved = true;
  }
  return false;  // nothing to stand on: only a rescan helps
}

void HistoryService::follow() {
  followScheduled_ = false;
  bool moved = false;
  if (!scanned_ || !unwindToMainChain(moved)) {
    if (!rescan()) return;  // the next tip change tries again
    moved = true;
  }
  const Chain& chain = node_.chain();
  const std::uint64_t target = chain.tip().height;
  std::uint64_t height = history_.tip()->height;
  const std::uint64_t last = std::min(target, height + kHistoryFollowBatch);
  while (height < last) {
    ++height;
    auto hash = chain.hashAtHeight(height);
    if (!hash || !*hash) break;
    auto block = chain.block(**hash);
    if (!block || !*block || !history_.blockConnected(**block, height)) {
      scanned_ = false;  // unexpected: start over on the next turn
      break;
    }
    moved = true;
  }
  if ((!scanned_ || history_.tip()->height < target) && !followScheduled_) {
    followScheduled_ = true;  // the rest after the node had its turn
    QTimer::singleShot(0, this, &HistoryService::follow);
  }
  if (moved) emit changed();
}

HistoryClient::HistoryClient(node::NodeClient* client, std::vector<AccountKey> accounts, std::uint64_t birthday,
                             QObject* parent)
    : QObject(parent), client_(client), accounts_(std::move(accounts)), birthday_(birthday) {
  createService();
}

HistoryClient::~HistoryClient() { dropService(); }

void HistoryClient::setAccounts(std::vector<AccountKey> accounts, std::uint64_t birthday) {
  dropService();
  accounts_ = std::move(accounts);
  birthday_ = birthday;
  ready_ = false;
  createService();
}

void HistoryClient::createService() {
  if (!client_) return;
  slot_ = std::make_shared<Slot>();
  QPointer<HistoryClient> self(this);
  client_->run<HistoryService*>(
      [slot = slot_, accounts = accounts_, birthday = birthday_](node::Node& node) -> Result<HistoryService*> {
        auto* service = new HistoryService(node, accounts, birthday);
        slot->service = service;
        Status started = service->start();
        WB_TRY(started);
        return service;
      },
      [self, slot = slot_](Result<HistoryService*> service) {
        // An older generation (setAccounts since) was dropped on the node's thread.
        if (!self || slot != self->slot_) return;
        self->ready_ = true;
        if (!service) {
          self->lastError_ = QString::fromStdString(service.error().message);
        } else {
          self->lastError_.clear();
          // Alive: only dropService (on this thread, later) deletes it.
          connect(*service, &HistoryService::changed, self, &HistoryClient::changed, Qt::QueuedConnection);
        }
        emit self->changed();
      });
}

void HistoryClient::dropService() {
  if (!slot_) return;
  auto slot = std::exchange(slot_, nullptr);
  if (!client_) return;  // the node is going: the service goes with it
  client_->run<bool>(
      [slot](node::Node&) -> Result<bool> {
        delete slot->service;
        slot->service = nullptr;
        return true;
      },
      [](Result<bool>) {});
}

void HistoryClient::query(HistoryQuery query, Callback<HistoryPage> done) {
  if (!client_ || !slot_) {
    done(HistoryPage{});
    return;
  }
  QPointer<HistoryClient> self(this);
  client_->run<HistoryPage>(
      [slot = slot_, query = std::move(query)](node::Node&) -> Result<HistoryPage> {
        if (slot->service == nullptr) return HistoryPage{};
        return slot->service->history().query(query);
      },
      [self, done = std::move(done)](Result<HistoryPage> page) {
        if (self) done(std::move(page));
      });
}

}  // namespace wb
