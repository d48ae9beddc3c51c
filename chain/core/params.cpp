#include "chain/core/params.h"

#include <algorithm>
#include <limits>

#include "chain/core/block.h"
#include "chain/core/core_errc.h"
#include "chain/core/tx.h"

namespace wb {

std::string_view consensusKindName(ConsensusKind kind) {
  switch (kind) {
    case ConsensusKind::Pow:
      return "pow";
    case ConsensusKind::Pos:
      return "pos";
    case ConsensusKind::Dpos:
      return "dpos";
  }
  return "unknown";
}

std::uint64_t maxFutureSeconds(const ChainParams& params) {
  const std::uint64_t twice = params.blockTime > std::numeric_limits<std::uint64_t>::max() / 2
                                  ? std::numeric_limits<std::uint64_t>::max()
                                  : 2 * params.blockTime;
  return std::max<std::uint64_t>(twice, 2);
}

namespace {

Status invalid(std::string_view what) { return fail(CoreErrc::ParamsInvalid, "chain parameter " + std::string(what)); }

Status checkDefaultWindow(std::string_view name, std::uint32_t defaultBlocks, std::uint32_t maxBlocks) {
  if (maxBlocks == 0) return invalid("max " + std::string(name) + " window must be at least 1 block");
  if (defaultBlocks == 0 || defaultBlocks > maxBlocks) {
    return invalid("default " + std::string(name) + " window must be between 1 and the maximum (" +
                   std::to_string(maxBlocks) + ")");
  }
  return {};
}

}  // namespace

Status checkParams(const ChainParams& params) {
  if (params.name.empty()) return invalid("'name' is empty");
  if (params.hrp.empty() || params.hrp.size() > 20) return invalid("'hrp' must be 1-20 characters");
  for (const char c : params.hrp) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return invalid("'hrp' must be lower-case a-z and 0-9");
  }
  if (params.consensus != ConsensusKind::Pow && params.consensus != ConsensusKind::Pos &&
      params.consensus != ConsensusKind::Dpos) {
    return invalid("'consensus' is not pow, pos or dpos");
  }
  if (params.blockTime == 0) return invalid("'block_time' must be at least 1 second");
  if (params.consensus != ConsensusKind::Dpos) {
    if (isZero(params.powLimit)) return invalid("'pow_limit' must not be zero");
    if (params.initialBits == 0) return invalid("'bits' must not be zero");
  }
  if (params.consensus == ConsensusKind::Pos) {
    if (params.posGranularity == 0) return invalid("'granularity' must be at least 1 second");
    if (params.maxReorg == 0) return invalid("'max_reorg' must be at least 1 block");
  }
  if (params.consensus == ConsensusKind::Dpos && params.activeDelegates == 0) {
    return invalid("'active_delegates' must be at least 1");
  }
  // A block must be able to carry its header, its count and the largest transaction.
  if (params.maxBlockBytes < kHeaderBytes + 4 + kMaxTxBytes) {
    return invalid("'max_block_bytes' must be at least " + std::to_string(kHeaderBytes + 4 + kMaxTxBytes));
  }
  if (!checkedMul(params.minFeePerByte, params.maxBlockBytes)) {
    return invalid("'min_fee_per_byte' is so large that a full block's fee overflows");
  }
  WB_TRY(checkDefaultWindow("pay", params.defaultWindows.pay, params.maxWindows.pay));
  WB_TRY(checkDefaultWindow("ship", params.defaultWindows.ship, params.maxWindows.ship));
  WB_TRY(checkDefaultWindow("confirm", params.defaultWindows.confirm, params.maxWindows.confirm));
  if (params.disputeWindow == 0) return invalid("'dispute_window' must be at least 1 block");
  if (params.maxVotes > kMaxVoteCount) {
    return invalid("'max_votes' must be at most " + std::to_string(kMaxVoteCount));
  }
  return {};
}

ChainParams devParams(ConsensusKind kind) {
  ChainParams p;
  p.name = "dev-" + std::string(consensusKindName(kind));
  p.hrp = "wbd";
  p.consensus = kind;
  // Bitcoin regtest's limit 0x7fff…ff, whose compact form is 0x207fffff: any
  // machine finds a block in a few hashes.
  p.powLimit.fill(0xff);
  p.powLimit[0] = 0x7f;
  p.initialBits = 0x207fffff;
  p.posGranularity = 1;
  p.maxReorg = 100;
  p.blockTime = 1;
  p.blockReward = 50 * kCoin;
  p.minFeePerByte = 1;
  p.maxBlockBytes = 1 << 20;
  p.defaultWindows = {.pay = 720, .ship = 4320, .confirm = 4320};
  p.maxWindows = {.pay = 1'000'000, .ship = 1'000'000, .confirm = 1'000'000};
  p.disputeWindow = 4320;
  p.minStakeAge = 10;
  p.unbondingBlocks = 20;
  p.maxVotes = 30;
  p.activeDelegates = 3;
  p.delegateFee = 100 * kCoin;
  return p;
}

}  // namespace wb
