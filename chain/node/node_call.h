// Work for the node's thread, answered on the caller's thread (DESIGN §5): the
// one way a component beside the node (the NodeClient's requests, the wallet's
// journal of signed transactions, the screenshot tool's sample data) asks the
// node's thread for something without waiting for it.
#pragma once

#include <QObject>
#include <functional>
#include <memory>

#include "chain/core/error.h"
#include "chain/net/reply_link.h"
#include "chain/node/node.h"

namespace wb::node {

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
