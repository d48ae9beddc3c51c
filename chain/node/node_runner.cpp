#include "chain/node/node_runner.h"

#include <QMetaObject>

namespace wb::node {

NodeRunner::~NodeRunner() { stop(); }

Status NodeRunner::start(NodeConfig config, const SecpContext& ctx, Setup setup) {
  if (node_ != nullptr) return {};
  thread_ = std::make_unique<QThread>();
  thread_->setObjectName("node");
  thread_->start();
  // A context object living on the node thread, so the set-up runs there.
  auto* anchor = new QObject;
  anchor->moveToThread(thread_.get());
  Status outcome;
  QMetaObject::invokeMethod(
      anchor,
      [&] {
        auto node = Node::open(std::move(config), ctx);
        if (!node) {
          outcome = node.error();
          return;
        }
        if (setup) {
          outcome = setup(**node);
          if (!outcome) return;
        }
        outcome = (*node)->start();
        if (outcome) node_ = node->release();
      },
      Qt::BlockingQueuedConnection);
  anchor->deleteLater();  // runs on the node thread
  if (!outcome) {
    thread_->quit();
    thread_->wait();
    thread_.reset();
  }
  return outcome;
}

void NodeRunner::stop() {
  if (!thread_) return;
  if (node_ != nullptr) {
    Node* node = node_;
    node_ = nullptr;
    QMetaObject::invokeMethod(
        node, [node] { delete node; }, Qt::BlockingQueuedConnection);
  }
  thread_->quit();
  thread_->wait();
  thread_.reset();
}

}  // namespace wb::node
