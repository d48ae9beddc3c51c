#include "wallet/journal_group_sync.h"

#include "chain/node/node_call.h"
#include "wallet/signed_tx_journal.h"

namespace wb {
JournalGroupSync::JournalGroupSync(QString path, QObject* parent)
    : QObject(parent), path_(std::move(path)), link_(std::make_shared<ReplyLink>(this)) {
  worker_.setMaxThreadCount(1);
}

JournalGroupSync::~JournalGroupSync() {
  link_->detach();
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
  worker_.start([this, path = path_, link = link_] {
    const Status status = SignedTxJournal::syncFile(path);
    link->post([this, status] { syncDone(status); });
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
