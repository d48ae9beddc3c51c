// Internal: the rules every engine shares, and the three engine classes.
// Users include engine.h and call makeEngine().
#pragma once

#include <vector>

#include "chain/consensus/engine.h"
#include "chain/consensus/work.h"

namespace wb::detail {

class EngineBase : public ConsensusEngine {
public:
  EngineBase(const ChainParams& params, const Clock& clock, const SecpContext& secp)
      : params_(params), clock_(clock), secp_(secp) {}

  const ChainParams& params() const override { return params_; }

protected:
  // Height and prev link to the parent, time after the MTP and not too far ahead.
  [[nodiscard]] Status checkCommon(const BlockHeader& header, const ParentContext& parent) const;
  // A producer signature is present and valid on this network.
  [[nodiscard]] Status checkProducerSignature(const BlockHeader& header) const;
  // hash, weight and cumulative weight filled in.
  HeaderVerdict baseVerdict(const BlockHeader& header, const ParentContext& parent) const;
  // max(now, MTP + 1): the earliest time a new block on `parent` may carry.
  std::uint64_t earliestProductionTime(const ParentContext& parent) const;
  // Signs as the producer (PoS, DPoS).
  [[nodiscard]] Result<std::optional<BlockHeader>> signAsProducer(BlockHeader header, const SecureBytes& secret) const;

  const ChainParams params_;
  const Clock& clock_;
  const SecpContext& secp_;
};

// PoW and PoS share ASERT bits and work-formula weights.
class TargetEngine : public EngineBase {
public:
  using EngineBase::EngineBase;
  U256 blockWeight(const BlockHeader& header) const override;
  [[nodiscard]] Result<std::uint32_t> nextBits(const ParentContext& parent) const override;
  std::uint64_t lastIrreversible(std::span<const ProducedBlock>, std::uint64_t previousLib) const override {
    return previousLib;
  }

protected:
  // bits == nextBits(parent) and the target they encode (≤ pow_limit).
  [[nodiscard]] Result<U256> checkBits(const BlockHeader& header, const ParentContext& parent) const;
};

class PowEngine final : public TargetEngine {
public:
  using TargetEngine::TargetEngine;
  ConsensusKind kind() const override { return ConsensusKind::Pow; }
  [[nodiscard]] Result<HeaderVerdict> checkHeader(const BlockHeader& header, const ParentContext& parent,
                                                  const ParentStateView* state) const override;
  bool reorgDepthAllowed(std::uint64_t) const override { return true; }
  [[nodiscard]] Status checkReorg(const ReorgProposal&) const override { return {}; }
  [[nodiscard]] Result<ProductionPlan> planProduction(const ParentContext& parent, const ParentStateView* state,
                                                      std::span<const LocalProducer> keys,
                                                      std::uint64_t horizonSeconds) const override;
  [[nodiscard]] Result<std::optional<BlockHeader>> seal(BlockHeader header, const SecureBytes& secret,
                                                        const SealOptions& options,
                                                        std::stop_token stop) const override;
};

class PosEngine final : public TargetEngine {
public:
  using TargetEngine::TargetEngine;
  ConsensusKind kind() const override { return ConsensusKind::Pos; }
  [[nodiscard]] Result<HeaderVerdict> checkHeader(const BlockHeader& header, const ParentContext& parent,
                                                  const ParentStateView* state) const override;
  bool reorgDepthAllowed(std::uint64_t depth) const override { return depth <= params_.maxReorg; }
  [[nodiscard]] Status checkReorg(const ReorgProposal& reorg) const override;
  [[nodiscard]] Result<ProductionPlan> planProduction(const ParentContext& parent, const ParentStateView* state,
                                                      std::span<const LocalProducer> keys,
                                                      std::uint64_t horizonSeconds) const override;
  [[nodiscard]] Result<std::optional<BlockHeader>> seal(BlockHeader header, const SecureBytes& secret,
                                                        const SealOptions& options,
                                                        std::stop_token stop) const override;
};

class DposEngine final : public EngineBase {
public:
  DposEngine(const ChainParams& params, const Clock& clock, const SecpContext& secp,
             std::vector<AccountKey> genesisDelegates)
      : EngineBase(params, clock, secp), genesisDelegates_(std::move(genesisDelegates)) {}
  ConsensusKind kind() const override { return ConsensusKind::Dpos; }
  [[nodiscard]] Result<HeaderVerdict> checkHeader(const BlockHeader& header, const ParentContext& parent,
                                                  const ParentStateView* state) const override;
  U256 blockWeight(const BlockHeader&) const override { return dposBlockWeight(); }
  bool reorgDepthAllowed(std::uint64_t) const override { return true; }
  [[nodiscard]] Status checkReorg(const ReorgProposal& reorg) const override;
  std::uint64_t lastIrreversible(std::span<const ProducedBlock> recent, std::uint64_t previousLib) const override {
    return lastIrreversibleHeight(recent, params_.activeDelegates, previousLib);
  }
  [[nodiscard]] Result<std::uint32_t> nextBits(const ParentContext&) const override { return std::uint32_t{0}; }
  [[nodiscard]] Result<ProductionPlan> planProduction(const ParentContext& parent, const ParentStateView* state,
                                                      std::span<const LocalProducer> keys,
                                                      std::uint64_t horizonSeconds) const override;
  [[nodiscard]] Result<std::optional<BlockHeader>> seal(BlockHeader header, const SecureBytes& secret,
                                                        const SealOptions& options,
                                                        std::stop_token stop) const override;

private:
  // Whether round `round` takes its schedule from the parent's state (a new
  // round, or the parent is genesis) rather than from parent.dposSchedule.
  bool roundNeedsState(const ParentContext& parent, std::uint64_t parentSlot, std::uint64_t round) const;
  // The schedule of `round` for blocks on `parent`; ConsensusErrc::StateUnavailable
  // when it needs the state and `state` is null or the parent's is unknown.
  [[nodiscard]] Result<std::vector<AccountKey>> scheduleFor(const ParentContext& parent, std::uint64_t parentSlot,
                                                            std::uint64_t round, const ParentStateView* state) const;

  const std::vector<AccountKey> genesisDelegates_;
};

}  // namespace wb::detail
