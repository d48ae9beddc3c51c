#include "chain/consensus/pow/pow.h"

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "chain/consensus/asert.h"
#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/core/hash.h"

namespace wb {

bool hashMeetsTarget(const Hash32& hash, const U256& target) { return U256::fromBigEndian(hash) <= target; }

Status checkPowHeader(const ChainParams& params, const BlockHeader& header, std::uint32_t expectedBits) {
  // Decode first, so a malformed or too-easy target is named as such.
  WB_TRY_ASSIGN(target, targetFromBits(header.bits, U256::fromBigEndian(params.powLimit)));
  WB_TRY(checkBitsEqual(header.bits, expectedBits));
  if (!hashMeetsTarget(blockHash(header), *target)) {
    return fail(ConsensusErrc::HashAboveTarget, "the block hash does not meet its proof-of-work target");
  }
  if (!isZero(header.sig)) return fail(ConsensusErrc::PowSignature, "a proof-of-work block must not carry a signature");
  return {};
}

namespace {

constexpr std::uint64_t kStopCheckInterval = 4096;

void putNonce(Bytes& encoded, std::uint64_t nonce) {
  for (unsigned i = 0; i < 8; ++i) encoded[kHeaderNonceOffset + i] = static_cast<Byte>(nonce >> (8 * i));
}

}  // namespace

std::optional<BlockHeader> mineHeader(const BlockHeader& header, const MinerOptions& options, std::stop_token stop) {
  auto target = decodeCompact(header.bits);
  if (!target) return std::nullopt;
  const unsigned threads = options.threads == 0 ? 1 : options.threads;
  const std::uint64_t perThreadLimit = options.maxAttempts == 0 ? 0 : options.maxAttempts / threads + 1;

  std::atomic<bool> found{false};
  std::mutex resultMutex;
  std::optional<std::uint64_t> winningNonce;

  auto work = [&](unsigned index) {
    Bytes encoded = encodeHeaderUnsigned(header);  // patched in place: one encoding per thread
    std::uint64_t nonce = options.firstNonce + index;
    std::uint64_t attempts = 0;
    std::uint64_t counted = 0;
    // Every hash is counted, also those of a block found (or a search stopped)
    // between two checks: an easy target finds blocks in a few hundred hashes,
    // and a miner that never reaches a check would report 0 H/s.
    auto countHashes = [&](std::uint64_t done) {
      if (options.hashCounter != nullptr && done > counted) {
        options.hashCounter->fetch_add(done - counted, std::memory_order_relaxed);
      }
      counted = done;
    };
    for (; perThreadLimit == 0 || attempts < perThreadLimit; ++attempts) {
      if (attempts % kStopCheckInterval == 0) {
        countHashes(attempts);
        if (stop.stop_requested() || found.load(std::memory_order_relaxed)) return;
      }
      putNonce(encoded, nonce);
      if (hashMeetsTarget(taggedHash(tag::kHeader, encoded), *target)) {
        countHashes(attempts + 1);
        std::lock_guard lock(resultMutex);
        if (!winningNonce) winningNonce = nonce;
        found.store(true);
        return;
      }
      nonce += threads;  // wraps after 2^64 tries: the caller changes time long before
    }
    countHashes(attempts);
  };

  {
    std::vector<std::jthread> workers;
    for (unsigned i = 1; i < threads; ++i) workers.emplace_back(work, i);
    work(0);
  }  // joins the workers
  if (!winningNonce) return std::nullopt;
  BlockHeader solved = header;
  solved.nonce = *winningNonce;
  solved.sig = Sig64{};
  return solved;
}

}  // namespace wb
