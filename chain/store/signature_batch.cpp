#include "chain/store/signature_batch.h"

#include <algorithm>
#include <cassert>

namespace wb {
namespace {
// Checks claimed per lock: big enough to keep the mutex cold, small enough to balance.
constexpr std::size_t kChunk = 16;
}  // namespace

SignatureBatchVerifier::SignatureBatchVerifier(const SecpContext& ctx, unsigned workers) : ctx_(ctx) {
  if (workers == 0) workers = std::max(1u, std::thread::hardware_concurrency()) - 1;
  for (unsigned i = 0; i < workers; ++i) threads_.emplace_back([this] { workerLoop(); });
}

SignatureBatchVerifier::~SignatureBatchVerifier() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  for (auto& t : threads_) t.join();
}

void SignatureBatchVerifier::start(std::span<const SignatureCheck> checks, std::span<const ParsedXOnlyKey> keys) {
  assert(keys.empty() || keys.size() == checks.size());
  {
    std::lock_guard lock(mutex_);
    batch_ = checks;
    keys_ = keys;
    next_ = 0;
    firstBad_ = SIZE_MAX;
    ++generation_;
  }
  wake_.notify_all();
}

void SignatureBatchVerifier::drain() {
  for (;;) {
    std::size_t begin, end;
    {
      std::lock_guard lock(mutex_);
      // After a failure the rest need not be checked: the block is invalid anyway.
      if (next_ >= batch_.size() || firstBad_ != SIZE_MAX) return;
      begin = next_;
      end = std::min(batch_.size(), begin + kChunk);
      next_ = end;
    }
    for (std::size_t i = begin; i < end; ++i) {
      const SignatureCheck& c = batch_[i];
      const Status verified = keys_.empty() ? schnorrVerify(ctx_, c.key, c.message, c.sig)
                                            : schnorrVerifyParsed(ctx_, keys_[i], c.message, c.sig);
      if (!verified.ok()) {
        std::lock_guard lock(mutex_);
        firstBad_ = std::min(firstBad_, i);
        break;
      }
    }
  }
}

void SignatureBatchVerifier::workerLoop() {
  std::uint64_t seen = 0;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return stopping_ || generation_ != seen; });
      if (stopping_) return;
      seen = generation_;
      ++active_;
    }
    drain();
    {
      std::lock_guard lock(mutex_);
      --active_;
    }
    done_.notify_all();
  }
}

std::optional<std::size_t> SignatureBatchVerifier::finish() {
  drain();
  std::unique_lock lock(mutex_);
  done_.wait(lock, [&] { return active_ == 0; });
  const std::size_t bad = firstBad_;
  batch_ = {};
  keys_ = {};
  if (bad == SIZE_MAX) return std::nullopt;
  return bad;
}

std::optional<std::size_t> SignatureBatchVerifier::verifyAll(std::span<const SignatureCheck> checks) {
  start(checks);
  return finish();
}

}  // namespace wb
