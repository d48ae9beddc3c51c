// Answers from other threads (reader threads, the node's thread) delivered to
// an object on its own thread, safely even when that object is destroyed
// first. Here, in the lowest layer with Qt's event loop, because the peer
// manager uses it too (proofs served from the node's reader threads).
#pragma once

#include <QObject>
#include <functional>
#include <mutex>

namespace wb {

// Where answers go: an object on its own thread. Its owner detaches it (in its
// destructor) and answers that arrive later are dropped, never run.
class ReplyLink {
public:
  // `receiver` lives on the thread the answers must run on.
  explicit ReplyLink(QObject* receiver) : receiver_(receiver) {}

  // No answer is delivered from now on. Call on the receiver's thread before it is destroyed.
  void detach() {
    std::lock_guard lock(mutex_);
    receiver_ = nullptr;
  }

  // Queues `deliver` to the receiver's thread, unless it was detached. Any thread.
  void post(std::function<void()> deliver) {
    std::lock_guard lock(mutex_);
    if (receiver_ == nullptr) return;
    QMetaObject::invokeMethod(receiver_, std::move(deliver), Qt::QueuedConnection);
  }

private:
  std::mutex mutex_;
  QObject* receiver_;
};

}  // namespace wb
