// Error codes of light mode (chain/light).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class LightErrc : std::uint16_t {
  // 800–849: light mode (chain/light)
  UnsupportedConsensus = 800,  // a header chain for an engine whose headers cannot be verified from headers alone
  UnknownParent = 801,         // a header whose parent is not stored
  StateNeeded = 802,           // the engine deferred a check that needs the parent's state
  ProofMalformed = 810,        // a state proof whose shape contradicts itself (or an uncommitted table)
  ProofWrongBlock = 811,       // a state proof for another block or state root than the header it is checked against
  ProofRootMismatch = 812,     // a state proof that does not fold up to the header's state_root
  ProofWrongKey = 813,         // a state proof for another record than the one asked for
  ProofUnknownBlock = 814,     // a state proof against a block the header chain does not have on its best branch
  WitnessIncomplete = 815,     // a consensus witness lacking a record the engine reads, or not showing all delegates
};

// Names and classifies LightErrc codes (defined in light_errc.cpp).
extern const ErrorDomain kLightErrors;

// Makes LightErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(LightErrc) { return kLightErrors; }

}  // namespace wb
