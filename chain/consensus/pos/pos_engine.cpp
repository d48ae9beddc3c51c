#include <algorithm>
#include <limits>
#include <vector>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine_base.h"
#include "chain/consensus/pos/pos.h"

namespace wb::detail {

Result<HeaderVerdict> PosEngine::checkHeader(const BlockHeader& header, const ParentContext& parent,
                                             const ParentStateView* state) const {
  WB_TRY(checkCommon(header, parent));
  // DESIGN §4: strictly after the parent (BlackCoin v2+), so with the granularity
  // one block per step at most: no chain of blocks on one timestamp.
  if (header.time <= parent.header.time) {
    return fail(ConsensusErrc::TimeNotAfterParent, "a staked block's time " + std::to_string(header.time) +
                                                       " is not after its parent's " +
                                                       std::to_string(parent.header.time));
  }
  WB_TRY_ASSIGN(target, checkBits(header, parent));
  WB_TRY(checkGranularity(params_, header.time));
  WB_TRY(checkProducerSignature(header));
  HeaderVerdict verdict = baseVerdict(header, parent);
  // The kernel and modifier do not depend on the stake; only the threshold does.
  const Hash32 kernel = kernelHash(parent.posModifier, header.producer, header.time);
  verdict.posModifier = nextModifier(parent.posModifier, kernel);
  if (state == nullptr) {
    verdict.deferred |= kDeferredStakeKernel;
    return verdict;
  }
  WB_TRY_ASSIGN(weight, state->matureStake(header.producer));
  WB_TRY_ASSIGN(checked, checkKernel(params_, header, parent.posModifier, *weight, *target));
  return verdict;
}

Status PosEngine::checkReorg(const ReorgProposal& reorg) const {
  const std::uint64_t depth = reorg.currentHeight > reorg.forkHeight ? reorg.currentHeight - reorg.forkHeight : 0;
  if (!reorgDepthAllowed(depth)) {
    return fail(ConsensusErrc::ReorgTooDeep, "a reorganisation of " + std::to_string(depth) +
                                                 " blocks is deeper than the allowed " +
                                                 std::to_string(params_.maxReorg));
  }
  return {};
}

Result<ProductionPlan> PosEngine::planProduction(const ParentContext& parent, const ParentStateView* state,
                                                 std::span<const LocalProducer> keys,
                                                 std::uint64_t horizonSeconds) const {
  if (state == nullptr) {
    return fail(ConsensusErrc::StateUnavailable, "staking needs the parent's state (stake weights)");
  }
  WB_TRY_ASSIGN(bits, nextBits(parent));
  WB_TRY_ASSIGN(target, decodeCompact(*bits));
  std::vector<StakerWeight> weights;
  weights.reserve(keys.size());
  for (const LocalProducer& k : keys) {
    WB_TRY_ASSIGN(stake, state->matureStake(k.key));
    weights.push_back({k.key, *stake});
  }
  const std::uint64_t earliest =
      std::max(earliestProductionTime(parent), parent.header.time == UINT64_MAX ? UINT64_MAX : parent.header.time + 1);
  const std::uint64_t latest = earliest > std::numeric_limits<std::uint64_t>::max() - horizonSeconds
                                   ? std::numeric_limits<std::uint64_t>::max()
                                   : earliest + horizonSeconds;
  const auto found = findStakeTime(params_, parent.posModifier, *target, weights, earliest, latest);
  if (!found) {
    return fail(ConsensusErrc::NotEligible,
                "no local key with mature stake is eligible in the next " + std::to_string(horizonSeconds) + " s");
  }
  return ProductionPlan{found->time, found->keyIndex, *bits, {}};
}

Result<std::optional<BlockHeader>> PosEngine::seal(BlockHeader header, const SecureBytes& secret, const SealOptions&,
                                                   std::stop_token) const {
  return signAsProducer(std::move(header), secret);
}

}  // namespace wb::detail
