// Error codes of the consensus engines (chain/consensus).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class ConsensusErrc : std::uint16_t {
  // 400–449: blocks and consensus (see chain/consensus)
  CompactNegative = 400,     // a compact target with the sign bit set
  CompactOverflow = 401,     // a compact target that does not fit in 256 bits
  CompactZero = 402,         // a compact target of zero
  TargetAboveLimit = 403,    // a target easier than the network's pow_limit
  WrongBits = 404,           // bits differ from the ASERT target for this height
  HashAboveTarget = 405,     // the header hash does not meet its target (bad PoW)
  PowSignature = 406,        // a PoW header carries a signature (must be zero)
  TimeNotAfterMtp = 407,     // time not after the median of the last 11 blocks
  TimeTooFarAhead = 408,     // time too far ahead of the local clock
  BadGranularity = 409,      // PoS time not a multiple of the granularity
  KernelAboveTarget = 410,   // PoS kernel does not meet target × weight
  NoMatureStake = 411,       // PoS producer has no mature stake (weight 0)
  NotSlotStart = 412,        // DPoS time is not exactly the start of a slot
  SlotNotAfterParent = 413,  // DPoS slot not after the parent's slot
  WrongProducer = 414,       // DPoS producer is not scheduled for the slot
  NoDelegates = 415,         // DPoS round with no delegate to schedule
  BadHeight = 416,           // height is not the parent's height + 1
  BadPrev = 417,             // prev is not the parent's hash
  ReorgTooDeep = 418,        // PoS reorganisation deeper than max_reorg
  ReorgPastLib = 419,        // DPoS reorganisation past the last irreversible block
  BadEvidence = 420,         // double-production evidence that does not prove anything
  StateUnavailable = 421,    // a check needs the parent state and none was given
  NotEligible = 422,         // no local key may produce within the search horizon
  BadParams = 423,           // chain parameters unusable by the engine
  TimeBeforeGenesis = 424,   // time before the genesis time
  MissingSignature = 425,    // a PoS/DPoS header without a signature
  TimeNotAfterParent = 426,  // PoS time not after the parent's (one block per granularity step)
  SlotTooFarAhead = 427,     // DPoS slot more than one slot ahead of the local clock
};

// Names and classifies ConsensusErrc codes (defined in consensus_errc.cpp).
extern const ErrorDomain kConsensusErrors;

// Makes ConsensusErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(ConsensusErrc) { return kConsensusErrors; }

}  // namespace wb
