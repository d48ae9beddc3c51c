// Error codes of the mempool (chain/mempool).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class MempoolErrc : std::uint16_t {
  // 680–699: mempool (chain/mempool)
  Duplicate = 680,         // the pool already holds this transaction
  Full = 681,              // the pool is full and the transaction pays too little to displace another
  SenderLimit = 682,       // the sender already has the most transactions the pool keeps per sender
  NonceTooFarAhead = 683,  // a nonce too far past the sender's next one
};

// Names and classifies MempoolErrc codes (defined in mempool_errc.cpp).
extern const ErrorDomain kMempoolErrors;

// Makes MempoolErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(MempoolErrc) { return kMempoolErrors; }

}  // namespace wb
