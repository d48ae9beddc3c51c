#include "chain/node/node_runner.h"

namespace wb::node {

Status NodeRunner::start(NodeConfig config, const SecpContext& ctx, Setup setup) {
  return runner_.start(
      "node", [&config, &ctx] { return Node::open(std::move(config), ctx); }, std::move(setup));
}

void NodeRunner::stop() { runner_.stop(); }

}  // namespace wb::node
