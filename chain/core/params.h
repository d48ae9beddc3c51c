// Chain parameters (DESIGN §4): everything the genesis file fixes for the life of
// a network. Plain data; parsing genesis.json into it is the genesis module's job.
// Heights and windows are counted in blocks, times in unix seconds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/error.h"

namespace wb {

// The consensus engine a network runs, chosen at genesis.
enum class ConsensusKind : std::uint8_t { Pow = 1, Pos = 2, Dpos = 3 };

// "pow", "pos" or "dpos" (the spelling of genesis.json and the RPC).
std::string_view consensusKindName(ConsensusKind kind);

// The three order windows of DESIGN §3, in blocks.
struct OrderWindows {
  std::uint32_t pay = 0;      // CREATED → EXPIRED when unpaid
  std::uint32_t ship = 0;     // PAID → REFUNDED when unshipped
  std::uint32_t confirm = 0;  // SHIPPED → COMPLETED (auto-confirm)

  bool operator==(const OrderWindows&) const = default;
};

struct ChainParams {
  std::string name;  // network name, e.g. "dev-pow"
  std::string hrp;   // address prefix: "wb" (production) or "wbd" (dev)
  ConsensusKind consensus = ConsensusKind::Pow;

  // PoW and PoS: the easiest allowed target, a 256-bit number stored big-endian
  // (most significant byte first, as it is written in hex), and the compact
  // `bits` of the first block after genesis.
  Hash32 powLimit{};
  std::uint32_t initialBits = 0;
  // PoS: block times must be multiples of this many seconds.
  std::uint64_t posGranularity = 0;
  // PoS: no reorganisation deeper than this many blocks (long-range defence).
  std::uint32_t maxReorg = 0;

  std::uint64_t blockTime = 0;  // target seconds between blocks (≥ 1)
  Amount blockReward = 0;       // base units minted to each block's producer
  Amount minFeePerByte = 0;     // fee ≥ minFeePerByte × encoded tx size
  std::uint32_t maxBlockBytes = 0;

  OrderWindows defaultWindows;      // what wallets use when the user gives none
  OrderWindows maxWindows;          // every window must be in 1..max
  std::uint32_t disputeWindow = 0;  // DISPUTED → RESOLVED (even split) after this many blocks

  std::uint32_t minStakeAge = 0;      // blocks before pending stake matures
  std::uint32_t unbondingBlocks = 0;  // blocks before unstaked coins return to the balance
  std::uint32_t maxVotes = 0;         // delegates one VOTE may name (≤ 255, the u8 count)
  std::uint32_t activeDelegates = 0;  // DPoS: producers per round
  Amount delegateFee = 0;             // burned by REGISTER_DELEGATE

  std::uint64_t genesisTime = 0;  // unix seconds
  // Identifies the network in P2P and in every signature; computed by the
  // genesis module from the genesis file, zero until then.
  Hash32 genesisHash{};
};

// Seconds a block's time may lie ahead of the local clock: 2 × block_time, at least 2 s.
std::uint64_t maxFutureSeconds(const ChainParams& params);

// Checks the parameters are internally consistent (non-empty name and hrp, block
// time ≥ 1, 1 ≤ default ≤ max for each window, max_votes ≤ 255, a DPoS network
// with at least one active delegate, blocks big enough for a header and the
// largest transaction, a fee rate that cannot overflow on the largest block, …).
// Fails with ParamsInvalid naming the first offending parameter.
[[nodiscard]] Status checkParams(const ChainParams& params);

// TEST/DEV DEFAULTS ONLY: sane parameters for unit tests and dev networks of
// `kind` (hrp "wbd", 1 s blocks, regtest-easy PoW limit). Not a real network:
// genesisTime and genesisHash are zero; callers set them as needed.
ChainParams devParams(ConsensusKind kind);

}  // namespace wb
