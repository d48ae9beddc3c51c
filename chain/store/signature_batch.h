// Verifies the BIP340 signatures of a block's transactions on worker threads
// while the caller applies the block's state, then joins in itself: signature
// checking, the costliest part of validation, overlaps everything else and uses
// every core (DESIGN §9).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

#include "chain/core/parsed_key.h"
#include "chain/core/schnorr.h"
#include "chain/core/verified_signatures.h"

namespace wb {

class SignatureBatchVerifier {
public:
  // Starts `workers` threads (0 = one per core, minus the caller's). `ctx` must
  // outlive the verifier; it is only read (verification is thread-safe).
  explicit SignatureBatchVerifier(const SecpContext& ctx, unsigned workers = 0);
  ~SignatureBatchVerifier();
  SignatureBatchVerifier(const SignatureBatchVerifier&) = delete;
  SignatureBatchVerifier& operator=(const SignatureBatchVerifier&) = delete;

  // Hands `checks` to the workers and returns at once. `keys`, when given, holds
  // each check's key already parsed (same length and order: no check parses its
  // key again). Both must stay alive and unchanged until finish() returns. One
  // batch at a time.
  void start(std::span<const SignatureCheck> checks, std::span<const ParsedXOnlyKey> keys = {});

  // Helps with the remaining checks, waits for the workers, and returns the
  // index of the first invalid signature (nullopt when all are valid).
  std::optional<std::size_t> finish();

  // start() + finish() in one call.
  std::optional<std::size_t> verifyAll(std::span<const SignatureCheck> checks);

  unsigned workerCount() const { return static_cast<unsigned>(threads_.size()); }

private:
  void workerLoop();
  // Verifies claimed checks until none are left.
  void drain();

  const SecpContext& ctx_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable done_;
  std::span<const SignatureCheck> batch_;
  std::span<const ParsedXOnlyKey> keys_;
  std::size_t next_ = 0;    // next unclaimed index (under mutex_)
  std::size_t active_ = 0;  // workers inside drain() (under mutex_)
  std::size_t firstBad_ = SIZE_MAX;
  std::uint64_t generation_ = 0;
  bool stopping_ = false;
};

}  // namespace wb
