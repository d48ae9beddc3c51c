// Signatures already found valid, so one is verified once on its way from the
// wallet or a peer to a block: the mempool checks a transaction's signature when
// it admits it, and connecting the block that carries it later skips the check
// (DESIGN §9). Only a successful verification is remembered, and an entry names
// the key, the message and the signature together, so a hit proves exactly what
// verifying again would.
#pragma once

#include <cstddef>
#include <deque>
#include <mutex>
#include <unordered_set>

#include "chain/core/bytes.h"
#include "chain/core/schnorr.h"

namespace wb {

// One signature to check: `sig` by `key` over the 32-byte `message`.
struct SignatureCheck {
  XOnlyKey key{};
  Hash32 message{};
  Sig64 sig{};
};

class VerifiedSignatures {
public:
  // Keeps at most `capacity` entries, forgetting the oldest first (a forgotten
  // one is merely verified again).
  explicit VerifiedSignatures(std::size_t capacity = kDefaultCapacity);
  VerifiedSignatures(const VerifiedSignatures&) = delete;
  VerifiedSignatures& operator=(const VerifiedSignatures&) = delete;

  // Records that `check` verified. Call it only after schnorrVerify succeeded.
  void remember(const SignatureCheck& check);
  // True when `check` was remembered and not forgotten since.
  bool contains(const SignatureCheck& check) const;
  std::size_t size() const;

  // Two full mempools' worth of transactions (≈ 100 bytes each: ≈ 20 MiB when full).
  static constexpr std::size_t kDefaultCapacity = 200'000;

private:
  struct DigestHash {
    std::size_t operator()(const Hash32& digest) const;
  };

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_set<Hash32, DigestHash> known_;
  std::deque<Hash32> order_;  // oldest first, for forgetting
};

}  // namespace wb
