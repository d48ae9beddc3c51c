// Work for the node's thread, answered on the caller's thread (DESIGN §5): the
// one way a component beside the node (the NodeClient's requests, the wallet's
// journal of signed transactions, the screenshot tool's sample data) asks the
// node's thread for something without waiting for it.
#pragma once

#include <QObject>
#include <functional>
#include <memory>
#include <mutex>

#include "chain/core/error.h"
#include "chain/node/node.h"

namespace wb::node {

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

// Runs `work(node)` on `node`'s thread, then `done(result)` on the thread of
// `link`'s receiver (not at all when it was detached meanwhile).
template <class T>
void callOnNodeThread(Node* node, std::shared_ptr<ReplyLink> link, std::function<Result<T>(Node&)> work,
                      std::function<void(Result<T>)> done) {
  QMetaObject::invokeMethod(
      node,
      [node, link = std::move(link), work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result<T>>(work(*node));
        link->post([result, done = std::move(done)] { done(std::move(*result)); });
      },
      Qt::QueuedConnection);
}

}  // namespace wb::node
