#include "chain/consensus/pos/pos.h"

#include <string>

#include "chain/consensus/consensus_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"

namespace wb {

Hash32 kernelHash(const Hash32& parentModifier, const AccountKey& producer, std::uint64_t time) {
  Writer w;
  w.fixed(parentModifier).fixed(producer).u64(time);
  return taggedHash(tag::kKernel, w.bytes());
}

Hash32 nextModifier(const Hash32& parentModifier, const Hash32& kernel) {
  return TaggedHasher(tag::kModifier).update(parentModifier).update(kernel).final();
}

U256 kernelThreshold(const U256& target, Amount weight) {
  std::uint64_t carry = 0;
  const U256 product = target.mulU64(weight, carry);
  return carry != 0 ? U256::max() : product;
}

bool kernelMeetsTarget(const Hash32& kernel, const U256& target, Amount weight) {
  return weight != 0 && U256::fromBigEndian(kernel) <= kernelThreshold(target, weight);
}

Status checkGranularity(const ChainParams& params, std::uint64_t time) {
  if (params.posGranularity == 0 || time % params.posGranularity != 0) {
    return fail(ConsensusErrc::BadGranularity, "block time " + std::to_string(time) + " is not a multiple of " +
                                                   std::to_string(params.posGranularity) + " s");
  }
  return {};
}

Result<Hash32> checkKernel(const ChainParams& params, const BlockHeader& header, const Hash32& parentModifier,
                           Amount weight, const U256& target) {
  WB_TRY(checkGranularity(params, header.time));
  if (weight == 0) {
    return fail(ConsensusErrc::NoMatureStake, "the block's producer has no mature stake to stake with");
  }
  const Hash32 kernel = kernelHash(parentModifier, header.producer, header.time);
  if (!kernelMeetsTarget(kernel, target, weight)) {
    return fail(ConsensusErrc::KernelAboveTarget, "the stake kernel does not meet target × stake weight");
  }
  return kernel;
}

std::optional<StakeOpportunity> findStakeTime(const ChainParams& params, const Hash32& parentModifier,
                                              const U256& target, std::span<const StakerWeight> keys,
                                              std::uint64_t earliest, std::uint64_t latest) {
  const std::uint64_t step = params.posGranularity;
  if (step == 0) return std::nullopt;
  bool anyWeight = false;
  for (const StakerWeight& k : keys) anyWeight = anyWeight || k.weight != 0;
  if (!anyWeight) return std::nullopt;
  // Round up to the granularity; stop rather than overflow near 2^64.
  if (earliest % step != 0) {
    const std::uint64_t up = step - earliest % step;
    if (earliest > UINT64_MAX - up) return std::nullopt;
    earliest += up;
  }
  for (std::uint64_t t = earliest; t <= latest; t += step) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
      if (keys[i].weight == 0) continue;
      const Hash32 kernel = kernelHash(parentModifier, keys[i].key, t);
      if (kernelMeetsTarget(kernel, target, keys[i].weight)) return StakeOpportunity{t, i, kernel};
    }
    if (t > UINT64_MAX - step) break;
  }
  return std::nullopt;
}

}  // namespace wb
