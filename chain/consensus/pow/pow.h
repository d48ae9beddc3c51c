// Proof of work (DESIGN §4): a header is valid when its bits equal the ASERT
// bits for its parent, its hash — read as a big-endian 256-bit number — is at
// most the target its bits encode, and its signature is all zero. Mining
// searches nonces on worker threads and stops promptly when asked to.
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <stop_token>

#include "chain/consensus/uint256.h"
#include "chain/core/block.h"
#include "chain/core/error.h"
#include "chain/core/params.h"

namespace wb {

// True when blockHash-style `hash`, read big-endian, is ≤ `target`.
bool hashMeetsTarget(const Hash32& hash, const U256& target);

// The PoW rules for `header`, whose required bits (asertNextBits of its parent)
// are `expectedBits`. Fails, in this order, with the compact errors
// (ConsensusErrc::CompactNegative/Overflow/Zero, ConsensusErrc::TargetAboveLimit),
// ConsensusErrc::WrongBits, ConsensusErrc::HashAboveTarget or ConsensusErrc::PowSignature.
[[nodiscard]] Status checkPowHeader(const ChainParams& params, const BlockHeader& header, std::uint32_t expectedBits);

struct MinerOptions {
  unsigned threads = 1;           // worker threads (at least 1 is used)
  std::uint64_t firstNonce = 0;   // thread i tries firstNonce + i, + i + threads, …
  std::uint64_t maxAttempts = 0;  // give up after about this many hashes in total; 0 = no limit
  // When set, the workers add every hash they tried (every few thousand, and when they end) for a hash-rate display.
  std::atomic<std::uint64_t>* hashCounter = nullptr;
};

// Searches nonces for `header` (every other field fixed; `header.bits` must
// decode to a valid target) until a hash meets the target. Returns the solved
// header, or nullopt when `stop` was requested (e.g. a new tip arrived), the
// attempts ran out or the bits are invalid. Workers check `stop` every few
// thousand hashes, so stopping takes milliseconds. Blocks the caller.
std::optional<BlockHeader> mineHeader(const BlockHeader& header, const MinerOptions& options, std::stop_token stop);

}  // namespace wb
