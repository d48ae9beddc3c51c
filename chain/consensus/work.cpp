#include "chain/consensus/work.h"

#include "chain/consensus/compact.h"

namespace wb {

U256 workForTarget(const U256& target) {
  if (target.isZero()) return U256::max();  // invalid anyway; avoids a wrap to 0
  if (target == U256::max()) return U256(1);
  // 2^256 does not fit, but 2^256 / (t+1) = (2^256 − t − 1) / (t+1) + 1 = ~t / (t+1) + 1.
  return ~target / (target + U256(1)) + U256(1);
}

Result<U256> workForBits(std::uint32_t bits) {
  WB_TRY_ASSIGN(target, decodeCompact(bits));
  return workForTarget(*target);
}

U256 cumulativeWeight(const U256& parentCumulative, const U256& blockWeight) {
  return saturatingAdd(parentCumulative, blockWeight);
}

}  // namespace wb
