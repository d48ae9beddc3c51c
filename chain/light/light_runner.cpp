#include "chain/light/light_runner.h"

namespace wb::light {

Status LightRunner::start(LightNodeConfig config, const SecpContext& ctx, Setup setup) {
  return runner_.start(
      "light node", [&config, &ctx] { return LightNode::open(std::move(config), ctx); }, std::move(setup));
}

void LightRunner::stop() { runner_.stop(); }

}  // namespace wb::light
