#include "chain/consensus/engine.h"

#include <algorithm>

#include "chain/consensus/asert.h"
#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine_base.h"
#include "chain/consensus/work.h"

namespace wb {

ParentContext genesisParentContext(const ChainParams& params, const BlockHeader& genesis) {
  ParentContext ctx;
  ctx.header = genesis;
  ctx.hash = blockHash(genesis);
  ctx.recentTimes = {genesis.time};
  ctx.posModifier = params.genesisHash;
  return ctx;
}

Result<std::unique_ptr<ConsensusEngine>> makeEngine(const ChainParams& params, const Clock& clock,
                                                    const SecpContext& secp, std::vector<AccountKey> genesisDelegates) {
  if (params.blockTime == 0) return fail(ConsensusErrc::BadParams, "block_time must be at least 1 second");
  switch (params.consensus) {
    case ConsensusKind::Pow:
      WB_TRY(checkAsertParams(params));
      return std::unique_ptr<ConsensusEngine>(std::make_unique<detail::PowEngine>(params, clock, secp));
    case ConsensusKind::Pos:
      WB_TRY(checkAsertParams(params));
      if (params.posGranularity == 0) return fail(ConsensusErrc::BadParams, "PoS granularity must be at least 1 s");
      return std::unique_ptr<ConsensusEngine>(std::make_unique<detail::PosEngine>(params, clock, secp));
    case ConsensusKind::Dpos:
      if (params.activeDelegates == 0) return fail(ConsensusErrc::BadParams, "active_delegates must be at least 1");
      return std::unique_ptr<ConsensusEngine>(
          std::make_unique<detail::DposEngine>(params, clock, secp, std::move(genesisDelegates)));
  }
  return fail(ConsensusErrc::BadParams, "unknown consensus kind");
}

namespace detail {

Status EngineBase::checkCommon(const BlockHeader& header, const ParentContext& parent) const {
  if (header.height != parent.header.height + 1 || header.height == 0) {
    return fail(ConsensusErrc::BadHeight, "block height " + std::to_string(header.height) +
                                              " does not follow its parent's " + std::to_string(parent.header.height));
  }
  if (header.prev != parent.hash) return fail(ConsensusErrc::BadPrev, "the block's prev is not its parent's hash");
  WB_TRY(checkTimeAfterMtp(header.time, parent.recentTimes));
  WB_TRY(checkTimeNotTooFarAhead(header.time, clock_.now(), params_));
  return {};
}

Status EngineBase::checkProducerSignature(const BlockHeader& header) const {
  if (isZero(header.sig)) return fail(ConsensusErrc::MissingSignature, "the block is not signed by its producer");
  return verifyHeaderSignature(secp_, params_.genesisHash, header);
}

HeaderVerdict EngineBase::baseVerdict(const BlockHeader& header, const ParentContext& parent) const {
  HeaderVerdict v;
  v.hash = blockHash(header);
  v.weight = blockWeight(header);
  v.cumulativeWeight = cumulativeWeight(parent.cumulativeWeight, v.weight);
  return v;
}

std::uint64_t EngineBase::earliestProductionTime(const ParentContext& parent) const {
  const std::uint64_t mtp = medianTimePast(parent.recentTimes);
  return std::max(clock_.now(), mtp == UINT64_MAX ? mtp : mtp + 1);
}

Result<std::optional<BlockHeader>> EngineBase::signAsProducer(BlockHeader header, const SecureBytes& secret) const {
  WB_TRY(signHeader(secp_, secret, params_.genesisHash, header));
  return std::optional<BlockHeader>(header);
}

U256 TargetEngine::blockWeight(const BlockHeader& header) const {
  auto work = workForBits(header.bits);
  return work ? *work : U256();
}

Result<std::uint32_t> TargetEngine::nextBits(const ParentContext& parent) const {
  return asertNextBits(params_, parent.header.height, parent.header.time);
}

Result<U256> TargetEngine::checkBits(const BlockHeader& header, const ParentContext& parent) const {
  WB_TRY_ASSIGN(expected, nextBits(parent));
  // Decode first, so a malformed or too-easy target is named as such.
  WB_TRY_ASSIGN(target, targetFromBits(header.bits, U256::fromBigEndian(params_.powLimit)));
  WB_TRY(checkBitsEqual(header.bits, *expected));
  return target;
}

}  // namespace detail
}  // namespace wb
