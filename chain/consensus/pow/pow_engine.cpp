#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine_base.h"
#include "chain/consensus/pow/pow.h"

namespace wb::detail {

Result<HeaderVerdict> PowEngine::checkHeader(const BlockHeader& header, const ParentContext& parent,
                                             const ParentStateView*) const {
  WB_TRY(checkCommon(header, parent));
  WB_TRY_ASSIGN(expected, nextBits(parent));
  WB_TRY(checkPowHeader(params_, header, *expected));
  return baseVerdict(header, parent);
}

Result<ProductionPlan> PowEngine::planProduction(const ParentContext& parent, const ParentStateView*,
                                                 std::span<const LocalProducer> keys, std::uint64_t) const {
  if (keys.empty()) return fail(ConsensusErrc::NotEligible, "no mining reward key is set");
  WB_TRY_ASSIGN(bits, nextBits(parent));
  return ProductionPlan{earliestProductionTime(parent), 0, *bits, {}};
}

Result<std::optional<BlockHeader>> PowEngine::seal(BlockHeader header, const SecureBytes&, const SealOptions& options,
                                                   std::stop_token stop) const {
  header.sig = Sig64{};
  const MinerOptions miner{.threads = options.mineThreads,
                           .firstNonce = header.nonce,
                           .maxAttempts = options.maxAttempts,
                           .hashCounter = options.hashCounter};
  return mineHeader(header, miner, std::move(stop));
}

}  // namespace wb::detail
