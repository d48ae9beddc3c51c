// Produces consensus-valid blocks on a chain's tip with the engine's own
// planProduction and seal, for tests of the store with a real engine.
#pragma once

#include <span>
#include <vector>

#include "chain/consensus/engine.h"
#include "chain/consensus/time_rules.h"
#include "chain/store/chain.h"

namespace wb::testsupport {

// Plans with `keys`, moves `clock` to the planned time and seals a block of
// `txs` on `chain`'s tip. The chain is not changed.
[[nodiscard]] Result<Block> produceOnTip(const Chain& chain, const ConsensusEngine& engine, ManualClock& clock,
                                         std::span<const LocalProducer> keys, std::vector<Tx> txs = {});

}  // namespace wb::testsupport
