#include "chain/consensus/consensus_errc.h"

namespace wb {

namespace {

std::string_view consensusCodeName(std::uint16_t value) {
  switch (static_cast<ConsensusErrc>(value)) {
    case ConsensusErrc::CompactNegative:
      return "consensus.compact_negative";
    case ConsensusErrc::CompactOverflow:
      return "consensus.compact_overflow";
    case ConsensusErrc::CompactZero:
      return "consensus.compact_zero";
    case ConsensusErrc::TargetAboveLimit:
      return "consensus.target_above_limit";
    case ConsensusErrc::WrongBits:
      return "consensus.wrong_bits";
    case ConsensusErrc::HashAboveTarget:
      return "consensus.hash_above_target";
    case ConsensusErrc::PowSignature:
      return "consensus.pow_signature";
    case ConsensusErrc::TimeNotAfterMtp:
      return "consensus.time_not_after_mtp";
    case ConsensusErrc::TimeTooFarAhead:
      return "consensus.time_too_far_ahead";
    case ConsensusErrc::BadGranularity:
      return "consensus.bad_granularity";
    case ConsensusErrc::KernelAboveTarget:
      return "consensus.kernel_above_target";
    case ConsensusErrc::NoMatureStake:
      return "consensus.no_mature_stake";
    case ConsensusErrc::NotSlotStart:
      return "consensus.not_slot_start";
    case ConsensusErrc::SlotNotAfterParent:
      return "consensus.slot_not_after_parent";
    case ConsensusErrc::WrongProducer:
      return "consensus.wrong_producer";
    case ConsensusErrc::NoDelegates:
      return "consensus.no_delegates";
    case ConsensusErrc::BadHeight:
      return "consensus.bad_height";
    case ConsensusErrc::BadPrev:
      return "consensus.bad_prev";
    case ConsensusErrc::ReorgTooDeep:
      return "consensus.reorg_too_deep";
    case ConsensusErrc::ReorgPastLib:
      return "consensus.reorg_past_lib";
    case ConsensusErrc::BadEvidence:
      return "consensus.bad_evidence";
    case ConsensusErrc::StateUnavailable:
      return "consensus.state_unavailable";
    case ConsensusErrc::NotEligible:
      return "consensus.not_eligible";
    case ConsensusErrc::BadParams:
      return "consensus.bad_params";
    case ConsensusErrc::TimeBeforeGenesis:
      return "consensus.time_before_genesis";
    case ConsensusErrc::MissingSignature:
      return "consensus.missing_signature";
    case ConsensusErrc::TimeNotAfterParent:
      return "consensus.time_not_after_parent";
    case ConsensusErrc::SlotTooFarAhead:
      return "consensus.slot_too_far_ahead";
  }
  return {};
}

ErrorKind consensusCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kConsensusErrors{"consensus", &consensusCodeName, &consensusCodeKind};

}  // namespace wb
