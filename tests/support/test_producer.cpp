#include "tests/support/test_producer.h"

#include <algorithm>

#include "chain/consensus/consensus_errc.h"

namespace wb::testsupport {

Result<Block> produceOnTip(const Chain& chain, const ConsensusEngine& engine, ManualClock& clock,
                           std::span<const LocalProducer> keys, std::vector<Tx> txs) {
  WB_TRY_ASSIGN(parent, chain.parentContext(chain.tip().hash));
  std::optional<ProductionPlan> plan;
  WB_TRY(chain.withTipState([&](const ParentStateView& state) -> Status {
    WB_TRY_ASSIGN(p, engine.planProduction(*parent, &state, keys, 7 * 24 * 3600));
    plan = *p;
    return {};
  }));
  clock.set(std::max(clock.now(), plan->time));
  Block block;
  block.header.height = parent->header.height + 1;
  block.header.prev = parent->hash;
  block.header.time = plan->time;
  block.header.bits = plan->bits;
  block.header.producer = keys[plan->keyIndex].key;
  block.txs = std::move(txs);
  block.header.txRoot = computeTxRoot(block.txs);
  WB_TRY_ASSIGN(root, chain.stateRootOnTip(block, plan->missed));
  block.header.stateRoot = *root;
  WB_TRY_ASSIGN(sealed, engine.seal(block.header, *keys[plan->keyIndex].secret, SealOptions{}, std::stop_token{}));
  if (!*sealed) return fail(ConsensusErrc::NotEligible, "sealing stopped without a block");
  block.header = **sealed;
  return block;
}

}  // namespace wb::testsupport
