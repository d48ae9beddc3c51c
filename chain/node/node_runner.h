// Runs a Node on its own QThread with its own event loop (DESIGN §1): the
// owner (GUI, daemon, test) starts it, reaches it through NodeClient, and stops
// it. Everything the node owns is created, used and destroyed on that thread.
#pragma once

#include "chain/net/service_runner.h"
#include "chain/node/node.h"

namespace wb::node {

class NodeRunner {
public:
  // Extra set-up on the node's thread after the node is open and before it
  // starts (e.g. registering wallet RPC methods). A failure aborts start().
  using Setup = std::function<Status(Node&)>;

  // Starts the thread, opens the node on it (Node::open), runs `setup`, then
  // Node::start. Waits for that to finish (opening the store takes
  // milliseconds) and returns its outcome; on failure nothing keeps running.
  // `ctx` must outlive the runner.
  [[nodiscard]] Status start(NodeConfig config, const SecpContext& ctx, Setup setup = {});

  // Destroys the node on its thread (closing sockets, stopping miners and the
  // store cleanly) and ends the thread. Safe to call twice.
  void stop();

  bool running() const { return runner_.get() != nullptr; }
  // The node, for NodeClient and for queued calls: use it only on its thread.
  Node* node() const { return runner_.get(); }
  QThread* thread() const { return runner_.thread(); }

private:
  net::ServiceRunner<Node> runner_;  // stops when destroyed
};

}  // namespace wb::node
