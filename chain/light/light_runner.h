// Runs a LightNode on its own QThread with its own event loop, as
// node::NodeRunner runs a full node: the owner (the desktop app, a test)
// starts it, reaches it through LightNodeClient, and stops it. Everything the
// light node owns is created, used and destroyed on that thread, so its LMDB
// writes (incoming headers) never run on the GUI thread.
#pragma once

#include "chain/light/light_node.h"
#include "chain/net/service_runner.h"

namespace wb::light {

class LightRunner {
public:
  // Extra set-up on the node's thread after it is open and before it starts
  // (e.g. a wallet's RPC methods). A failure aborts start().
  using Setup = std::function<Status(LightNode&)>;

  // Starts the thread, opens the node on it (LightNode::open), runs `setup`,
  // then LightNode::start; waits for that and returns its outcome (on failure
  // nothing keeps running). `ctx` must outlive the runner.
  [[nodiscard]] Status start(LightNodeConfig config, const SecpContext& ctx, Setup setup = {});

  // Destroys the node on its thread and ends the thread. Safe to call twice.
  void stop();

  // The node, for LightNodeClient and queued calls: use it only on its thread.
  LightNode* node() const { return runner_.get(); }

private:
  net::ServiceRunner<LightNode> runner_;  // stops when destroyed
};

}  // namespace wb::light
