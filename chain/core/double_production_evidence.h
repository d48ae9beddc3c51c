// DPoS double-production evidence as a plain value (DESIGN §4): two different
// headers, both validly signed by the same producer for the same slot. Made and
// verified by chain/consensus/dpos/dpos_evidence.h; kept and shown by the node
// and the GUI.
#pragma once

#include "chain/core/block.h"

namespace wb {

// The two conflicting headers, ordered by block hash (so a pair has one form).
struct DoubleProductionEvidence {
  BlockHeader first;
  BlockHeader second;

  bool operator==(const DoubleProductionEvidence&) const = default;
};

}  // namespace wb
