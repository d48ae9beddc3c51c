#include "wallet/journal_group_sync.h"

#include "wallet/signed_tx_journal.h"

namespace wb {
JournalGroupSync::JournalGroupSync(QString path, QObject* parent) : QObject(parent), path_(std::move(path)) {
  worker_.setMaxThreadCount(1);
}

JournalGroupSync::~JournalGroupSync() {
  self_.reset();
  worker_.waitForDone();
}

void JournalGroupSync::afterSync(Done done) {
  waiting_.push_back(std::move(done));
  if (!running_) startSync();
}

void JournalGroupSync::startSync() {
  running_ = true;
  served_ = std::move(waiting_);
  waiting_.clear();
  if (!self_) self_ = std::make_shared<QObject*>(this);
  std::weak_ptr<QObject*> self = self_;
  worker_.start([path = path_, self] {
    const Status status = SignedTxJournal::syncFile(path);
    // The object lives on as long as the pool runs this (the destructor waits for it).
    if (auto alive = self.lock()) {
      auto* sync = static_cast<JournalGroupSync*>(*alive);
      QMetaObject::invokeMethod(
          sync, [sync, status] { sync->syncDone(status); }, Qt::QueuedConnection);
    }
  });
}

void JournalGroupSync::syncDone(Status status) {
  ++syncs_;
  running_ = false;
  std::vector<Done> served = std::move(served_);
  served_.clear();
  if (!waiting_.empty()) startSync();
  for (Done& done : served) done(status);
}

}  // namespace wb
