#include <algorithm>
#include <limits>

#include "chain/consensus/asert.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine_base.h"

namespace wb::detail {

bool DposEngine::roundNeedsState(const ParentContext& parent, std::uint64_t parentSlot, std::uint64_t round) const {
  return parent.header.height == 0 || round > roundOfSlot(params_, parentSlot) || parent.dposSchedule.empty();
}

Result<std::vector<AccountKey>> DposEngine::scheduleFor(const ParentContext& parent, std::uint64_t parentSlot,
                                                        std::uint64_t round, const ParentStateView* state) const {
  if (!roundNeedsState(parent, parentSlot, round)) return parent.dposSchedule;
  // A new round: the parent is the last block before it. (The parent's own
  // round without a recorded schedule cannot be rebuilt here: its inputs are
  // an older block's state.)
  if (state == nullptr || (round == roundOfSlot(params_, parentSlot) && parent.header.height != 0)) {
    return fail(ConsensusErrc::StateUnavailable,
                "the schedule of round " + std::to_string(round) + " needs state that is not available");
  }
  WB_TRY_ASSIGN(standings, state->delegateStandings());
  return buildRoundSchedule(params_, round, parent.hash, *standings, genesisDelegates_);
}

Result<HeaderVerdict> DposEngine::checkHeader(const BlockHeader& header, const ParentContext& parent,
                                              const ParentStateView* state) const {
  WB_TRY(checkCommon(header, parent));
  WB_TRY(checkBitsEqual(header.bits, 0));
  WB_TRY_ASSIGN(slot, slotOfTime(params_, header.time));
  WB_TRY_ASSIGN(parentSlot, slotOfTime(params_, parent.header.time));
  if (*slot <= *parentSlot) {
    return fail(ConsensusErrc::SlotNotAfterParent,
                "slot " + std::to_string(*slot) + " is not after the parent's slot " + std::to_string(*parentSlot));
  }
  // A slot more than one ahead of now would charge the delegates of the slots
  // in between with misses they could not avoid (max_future alone allows two).
  const std::uint64_t now = clock_.now();
  // (slotOfTime wants a slot's exact start; now is anywhere within one)
  const std::uint64_t nowSlot =
      now > params_.genesisTime && params_.blockTime > 0 ? (now - params_.genesisTime) / params_.blockTime : 0;
  if (*slot > nowSlot + 1) {
    return fail(
        ConsensusErrc::SlotTooFarAhead,
        "slot " + std::to_string(*slot) + " is more than one slot ahead of now (" + std::to_string(nowSlot) + ")");
  }
  WB_TRY(checkProducerSignature(header));

  HeaderVerdict verdict = baseVerdict(header, parent);
  verdict.dposSlot = *slot;
  const std::uint64_t round = roundOfSlot(params_, *slot);
  auto schedule = scheduleFor(parent, *parentSlot, round, state);
  if (schedule) {
    const AccountKey& owner = scheduledProducer(*schedule, *slot);
    if (owner != header.producer) {
      return fail(ConsensusErrc::WrongProducer,
                  "slot " + std::to_string(*slot) + " belongs to another delegate than the block's producer");
    }
    verdict.dposSchedule = std::move(*schedule);
  } else if (schedule.code() == ConsensusErrc::StateUnavailable) {
    verdict.deferred |= kDeferredDposProducer;
  } else {
    return schedule.error();
  }

  auto missed = missedSlots(params_, *parentSlot, *slot,
                            [&](std::uint64_t r) { return scheduleFor(parent, *parentSlot, r, state); });
  if (missed) {
    verdict.missed = std::move(*missed);
  } else if (missed.code() == ConsensusErrc::StateUnavailable) {
    verdict.deferred |= kDeferredDposMissed;
  } else {
    return missed.error();
  }
  return verdict;
}

Status DposEngine::checkReorg(const ReorgProposal& reorg) const {
  if (reorg.forkHeight < reorg.lib) {
    return fail(ConsensusErrc::ReorgPastLib,
                "the other branch leaves the chain below the last irreversible block " + std::to_string(reorg.lib));
  }
  return {};
}

Result<ProductionPlan> DposEngine::planProduction(const ParentContext& parent, const ParentStateView* state,
                                                  std::span<const LocalProducer> keys,
                                                  std::uint64_t horizonSeconds) const {
  WB_TRY_ASSIGN(parentSlot, slotOfTime(params_, parent.header.time));
  // The slot running now still counts: producing late in one's slot beats missing it.
  const std::uint64_t now = clock_.now();
  const std::uint64_t nowSlot = now < params_.genesisTime ? 0 : (now - params_.genesisTime) / params_.blockTime;
  const std::uint64_t first = std::max(*parentSlot + 1, nowSlot);
  const std::uint64_t span = horizonSeconds / params_.blockTime;
  const std::uint64_t last = first > std::numeric_limits<std::uint64_t>::max() - span ? first : first + span;
  std::uint64_t cachedRound = std::numeric_limits<std::uint64_t>::max();
  std::vector<AccountKey> schedule;
  for (std::uint64_t slot = first; slot <= last; ++slot) {
    const std::uint64_t round = roundOfSlot(params_, slot);
    if (round != cachedRound) {
      WB_TRY_ASSIGN(built, scheduleFor(parent, *parentSlot, round, state));
      schedule = std::move(*built);
      cachedRound = round;
    }
    const AccountKey& owner = scheduledProducer(schedule, slot);
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i].key != owner) continue;
      // The producer's state_root depends on them, so they are known before sealing.
      WB_TRY_ASSIGN(missed, missedSlots(params_, *parentSlot, slot,
                                        [&](std::uint64_t r) { return scheduleFor(parent, *parentSlot, r, state); }));
      return ProductionPlan{slotStartTime(params_, slot), i, 0, std::move(*missed)};
    }
  }
  return fail(ConsensusErrc::NotEligible,
              "no local delegate owns a slot in the next " + std::to_string(horizonSeconds) + " s");
}

Result<std::optional<BlockHeader>> DposEngine::seal(BlockHeader header, const SecureBytes& secret, const SealOptions&,
                                                    std::stop_token) const {
  return signAsProducer(std::move(header), secret);
}

}  // namespace wb::detail
