#include "chain/store/block_failure.h"

#include "chain/consensus/consensus_errc.h"
#include "chain/core/core_errc.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"

namespace wb {

bool provesBlockInvalid(ErrorCode code) {
  // Depend on the local clock, the local state or the local setup, not on the block. A reorganisation
  // too deep is about the switch, not the block; a broken invariant is a bug or damaged state.
  if (code.isAnyOf(ConsensusErrc::TimeTooFarAhead, ConsensusErrc::SlotTooFarAhead, ConsensusErrc::StateUnavailable,
                   ConsensusErrc::NotEligible, ConsensusErrc::BadParams, ConsensusErrc::ReorgTooDeep,
                   ConsensusErrc::ReorgPastLib, CoreErrc::ParamsInvalid, StateErrc::Corrupt, StateErrc::BadGenesis,
                   StateErrc::InvariantBroken))
    return false;
  if (code.isAnyOf(CoreErrc::CryptoBadSignature, CoreErrc::CryptoBadPublicKey, StoreErrc::ChainBadHeight,
                   StoreErrc::ChainBadTxRoot, StoreErrc::ChainKnownInvalid))
    return true;
  const auto value = code.value();
  return (value >= 100 && value < 200) ||  // decoding
         (value >= 300 && value < 400) ||  // transaction, block and ledger rules
         (value >= 400 && value < 450);    // consensus (header) rules
}

}  // namespace wb
