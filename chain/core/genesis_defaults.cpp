// Dev-network genesis (DESIGN §6) and production defaults for new networks.
#include <bit>
#include <limits>

#include "chain/core/genesis.h"

namespace wb {

namespace {

// Canonical compact encoding of the target 2^k (0 ≤ k < 256), as Bitcoin's
// GetCompact would write it: size in bytes, then a 3-byte mantissa whose sign
// bit must stay clear.
std::uint32_t compactPowerOfTwo(unsigned k) {
  std::uint32_t size = k / 8 + 1;
  std::uint32_t mantissa = std::uint32_t{1} << (k % 8 + 16);
  if ((mantissa & 0x00800000) != 0) {
    mantissa >>= 8;
    ++size;
  }
  return size << 24 | mantissa;
}

// 2^240 − 1: easy enough that a single desktop can revive a stalled network.
Hash32 easiestTarget() {
  Hash32 limit;
  limit.fill(0xff);
  limit[0] = 0;
  limit[1] = 0;
  return limit;
}
constexpr unsigned kEasiestTargetBits = 240;

// PoS: a stake S checked c = block_time / granularity times per block time
// finds a block with probability S·target / 2^256 per check. The target
// 2^256 / (S·c) makes that 1/c, so one staker holding the genesis stake makes a
// block per block_time from the start (DESIGN §4); ASERT does the rest.
std::uint32_t posInitialBits(Amount genesisStake, std::uint64_t checksPerBlock) {
  const std::uint64_t tries = genesisStake > std::numeric_limits<std::uint64_t>::max() / checksPerBlock
                                  ? std::numeric_limits<std::uint64_t>::max()
                                  : genesisStake * checksPerBlock;
  const unsigned length = static_cast<unsigned>(std::bit_width(tries));
  if (tries <= 1 || 256 - length >= kEasiestTargetBits) return compactPowerOfTwo(kEasiestTargetBits - 1);
  // target = 2^256 / tries = mantissa × 2^(256 − k), with k a multiple of 8 (the
  // compact exponent counts bytes) and a mantissa below 2^23 (sign bit clear).
  unsigned k = (length + 22) / 8 * 8;
  __extension__ typedef unsigned __int128 Wide;
  std::uint64_t mantissa = static_cast<std::uint64_t>((static_cast<Wide>(1) << k) / tries);
  if (mantissa >= 0x800000) {
    k -= 8;
    mantissa = static_cast<std::uint64_t>((static_cast<Wide>(1) << k) / tries);
  }
  const std::uint32_t size = (256 - k) / 8 + 3;
  return size << 24 | static_cast<std::uint32_t>(mantissa);
}

}  // namespace

ChainParams productionParams(ConsensusKind kind, Amount genesisStake) {
  ChainParams p;
  p.name = "waybill-" + std::string(consensusKindName(kind));
  p.hrp = "wb";
  p.consensus = kind;
  switch (kind) {
    case ConsensusKind::Pow:
      p.blockTime = 60;
      p.blockReward = 50 * kCoin;
      p.maxBlockBytes = 1 << 20;
      break;
    case ConsensusKind::Pos:
      p.blockTime = 30;
      p.blockReward = 25 * kCoin;
      p.maxBlockBytes = 512 << 10;
      break;
    case ConsensusKind::Dpos:
      p.blockTime = 3;
      p.blockReward = 5 * kCoin / 2;
      p.maxBlockBytes = 128 << 10;
      break;
  }
  const auto day = static_cast<std::uint32_t>(86400 / p.blockTime);
  p.minFeePerByte = 10;
  p.defaultWindows = {.pay = day, .ship = 7 * day, .confirm = 14 * day};
  p.maxWindows = {.pay = 90 * day, .ship = 90 * day, .confirm = 90 * day};
  p.disputeWindow = 14 * day;
  p.minStakeAge = day;
  p.unbondingBlocks = 7 * day;
  p.maxVotes = 30;
  p.delegateFee = 100 * kCoin;
  if (kind == ConsensusKind::Pow) {
    p.powLimit = easiestTarget();
    p.initialBits = 0x1d0fffff;  // ≈ 2^228
  } else if (kind == ConsensusKind::Pos) {
    p.powLimit = easiestTarget();
    p.posGranularity = 5;
    p.maxReorg = day / 2;
    p.initialBits = posInitialBits(genesisStake, p.blockTime / p.posGranularity);
  } else {
    p.activeDelegates = 21;
  }
  return p;
}

Result<GenesisFile> makeDevGenesis(ConsensusKind kind, std::uint64_t time,
                                   std::span<const AccountKey, kDevAccounts> accounts) {
  GenesisFile file;
  file.params = devParams(kind);
  file.params.genesisTime = time;
  const Amount stake = kind == ConsensusKind::Pos ? kDevAccountStake : 0;
  for (const AccountKey& account : accounts) {
    file.allocations.push_back({account, kDevAccountCoins - stake, stake});
  }
  if (kind == ConsensusKind::Dpos) {
    for (std::size_t i = 0; i < 3; ++i) file.delegates.push_back({accounts[i], "dev" + std::to_string(i)});
  }
  WB_TRY(checkGenesis(file));
  file.params.genesisHash = genesisHash(file);
  return file;
}

}  // namespace wb
