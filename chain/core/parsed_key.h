// An x-only public key parsed once. Parsing lifts x to a curve point (a square
// root in the field), about a tenth of a BIP340 verification; accounts sign again
// and again, so the chain parses each sender once and keeps the result
// (ParsedKeyCache) instead of parsing it for every signature (DESIGN §9).
#pragma once

#include <secp256k1_extrakeys.h>

#include <array>
#include <cstddef>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "chain/core/schnorr.h"

namespace wb {

// A key on the curve, ready for verification. Only parseXOnlyKey makes one.
class ParsedXOnlyKey {
public:
  const secp256k1_xonly_pubkey& get() const { return pub_; }

private:
  friend Result<ParsedXOnlyKey> parseXOnlyKey(const SecpContext& ctx, const XOnlyKey& key);
  secp256k1_xonly_pubkey pub_{};
};

// Parses `key`. Fails with CryptoBadPublicKey when it is not the x coordinate of
// a point on the curve.
[[nodiscard]] Result<ParsedXOnlyKey> parseXOnlyKey(const SecpContext& ctx, const XOnlyKey& key);

// schnorrVerify with a parsed key: Ok, or CryptoBadSignature.
[[nodiscard]] Status schnorrVerifyParsed(const SecpContext& ctx, const ParsedXOnlyKey& key, const Hash32& message,
                                         const Sig64& signature);

// Parsed keys by account key, bounded. Thread-safe.
class ParsedKeyCache {
public:
  // Forgets everything when it would hold more than `capacity` keys (a forgotten
  // key is merely parsed again).
  explicit ParsedKeyCache(std::size_t capacity = kDefaultCapacity) : capacity_(capacity) {}
  ParsedKeyCache(const ParsedKeyCache&) = delete;
  ParsedKeyCache& operator=(const ParsedKeyCache&) = delete;

  // `key` parsed, from the cache or now. Fails like parseXOnlyKey (nothing is kept).
  [[nodiscard]] Result<ParsedXOnlyKey> get(const SecpContext& ctx, const XOnlyKey& key);
  std::size_t size() const;

  // ≈ 120 bytes each: ≈ 8 MiB at most.
  static constexpr std::size_t kDefaultCapacity = 65'536;

private:
  struct KeyHash {
    KeyHash();
    std::size_t operator()(const XOnlyKey& key) const;
    std::array<unsigned char, 16> salt{};  // crypto_shorthash_KEYBYTES
  };

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<XOnlyKey, ParsedXOnlyKey, KeyHash> keys_;
};

}  // namespace wb
