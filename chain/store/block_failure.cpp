#include "chain/store/block_failure.h"

namespace wb {

bool provesBlockInvalid(Errc code) {
  switch (code) {
    // Depend on the local clock, the local state or the local setup, not on the block.
    case Errc::ConsensusTimeTooFarAhead:
    case Errc::ConsensusSlotTooFarAhead:
    case Errc::ConsensusStateUnavailable:
    case Errc::ConsensusNotEligible:
    case Errc::ConsensusBadParams:
    case Errc::ConsensusReorgTooDeep:  // about the switch, not the block
    case Errc::ConsensusReorgPastLib:
    case Errc::ParamsInvalid:
    case Errc::StateCorrupt:
    case Errc::StateBadGenesis:
    case Errc::StateInvariantBroken:  // a bug or damaged state, never the block's fault
      return false;
    case Errc::CryptoBadSignature:
    case Errc::CryptoBadPublicKey:
    case Errc::ChainBadHeight:
    case Errc::ChainBadTxRoot:
    case Errc::ChainKnownInvalid:
      return true;
    default:
      break;
  }
  const auto value = static_cast<unsigned>(code);
  return (value >= 100 && value < 200) ||  // decoding
         (value >= 300 && value < 400) ||  // transaction, block and ledger rules
         (value >= 400 && value < 450);    // consensus (header) rules
}

}  // namespace wb
