// Group commit for a wallet's journal of signed transactions (DESIGN §5, §7):
// an fdatasync per transaction held the node's thread for 0.1–4 ms per call,
// so a batch of 200 wallet calls waited for 200 flushes. Callers append with
// Durability::Written (the kernel has it: a killed process loses nothing) and
// wait here; one fdatasync on a worker thread serves every caller that asked
// before it started, and the next one starts when it ends if others asked
// meanwhile. Answers (txids) go out only once their record is on disk.
#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <vector>

#include "chain/core/error.h"

namespace wb {

class ReplyLink;

class JournalGroupSync : public QObject {
  Q_OBJECT
public:
  using Done = std::function<void(Status)>;

  // Syncs the file at `path` (SignedTxJournal::syncFile). Lives on the thread
  // that creates it (it needs an event loop).
  explicit JournalGroupSync(QString path, QObject* parent = nullptr);
  // Waits for a running sync; callers still waiting are never called.
  ~JournalGroupSync() override;

  // Runs `done` on this object's thread once everything written to the file
  // before this call is on disk: with the sync's status (IoError when the
  // fdatasync failed).
  void afterSync(Done done);

  // How many fdatasyncs ran so far (tests: a batch shares them).
  std::uint64_t syncCount() const { return syncs_; }

private:
  void startSync();
  void syncDone(Status status);

  QString path_;
  QThreadPool worker_;
  std::vector<Done> waiting_;  // asked since the running sync started: served by the next one
  std::vector<Done> served_;   // served by the running sync
  bool running_ = false;
  std::uint64_t syncs_ = 0;
  // Where a sync's end is delivered; detached by the destructor, so a sync that
  // ends after it calls nothing.
  std::shared_ptr<ReplyLink> link_;
};

}  // namespace wb
