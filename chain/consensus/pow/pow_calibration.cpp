#include "chain/consensus/pow/pow_calibration.h"

#include <cmath>
#include <limits>

#include "chain/consensus/compact.h"
#include "chain/consensus/pow/pow.h"
#include "interfaces/pow_setup.h"

namespace wb {

double measureHashRate(unsigned threads, std::chrono::milliseconds duration) {
  // A header no nonce can solve (target 1): the miner runs its attempts in full.
  BlockHeader header;
  header.bits = encodeCompact(U256(1));
  header.time = 1;
  MinerOptions options;
  options.threads = std::max(1u, threads);
  std::uint64_t attempts = 20'000;
  const auto start = std::chrono::steady_clock::now();
  std::uint64_t total = 0;
  for (;;) {
    options.maxAttempts = attempts;
    options.firstNonce = total;
    (void)mineHeader(header, options, std::stop_token{});
    total += attempts;
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed >= duration) {
      const double seconds = std::chrono::duration<double>(elapsed).count();
      return seconds > 0 ? static_cast<double>(total) / seconds : 0;
    }
    attempts *= 2;
    if (attempts > 50'000'000) attempts = 50'000'000;
  }
}

U256 targetForHashRate(double hashesPerSecond, std::uint64_t blockTime, const U256& powLimit) {
  const double expected = hashesPerSecond * static_cast<double>(blockTime);
  std::uint64_t work = 1;
  if (std::isfinite(expected) && expected > 1) {
    work = expected >= 1.8e19 ? std::numeric_limits<std::uint64_t>::max() : static_cast<std::uint64_t>(expected);
  }
  // target + 1 = 2^256 / work, computed as (2^256 − 1) / work (off by < 1).
  U256 target = U256::max() / U256(work);
  if (work > 1) target = target - U256(1);
  if (target.isZero()) target = U256(1);
  return target > powLimit ? powLimit : target;
}

std::uint32_t bitsForHashRate(double hashesPerSecond, std::uint64_t blockTime, const Hash32& powLimit) {
  return encodeCompact(targetForHashRate(hashesPerSecond, blockTime, U256::fromBigEndian(powLimit)));
}

std::uint32_t initialBitsForThisMachine(const ChainParams& params, std::chrono::milliseconds duration) {
  return bitsForHashRate(measureHashRate(1, duration), params.blockTime, params.powLimit);
}

}  // namespace wb
