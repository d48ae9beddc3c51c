#include "chain/core/parsed_key.h"

#include <secp256k1_schnorrsig.h>
#include <sodium.h>

#include <cstring>

#include "chain/core/core_errc.h"

namespace wb {

Result<ParsedXOnlyKey> parseXOnlyKey(const SecpContext& ctx, const XOnlyKey& key) {
  ParsedXOnlyKey out;
  if (secp256k1_xonly_pubkey_parse(ctx.get(), &out.pub_, key.data()) != 1) {
    return fail(CoreErrc::CryptoBadPublicKey, "the public key is not a valid secp256k1 x-only key");
  }
  return out;
}

Status schnorrVerifyParsed(const SecpContext& ctx, const ParsedXOnlyKey& key, const Hash32& message,
                           const Sig64& signature) {
  if (secp256k1_schnorrsig_verify(ctx.get(), signature.data(), message.data(), message.size(), &key.get()) != 1) {
    return fail(CoreErrc::CryptoBadSignature, "the signature does not match the key and message");
  }
  return {};
}

ParsedKeyCache::KeyHash::KeyHash() { crypto_shorthash_keygen(salt.data()); }

std::size_t ParsedKeyCache::KeyHash::operator()(const XOnlyKey& key) const {
  // Keyed (SipHash with a salt of this cache's own): senders are chosen by whoever
  // sends a block, and must not be able to pile their keys into one bucket.
  std::array<unsigned char, crypto_shorthash_BYTES> hash;
  crypto_shorthash(hash.data(), key.data(), key.size(), salt.data());
  std::size_t out = 0;
  std::memcpy(&out, hash.data(), sizeof out);
  return out;
}

Result<ParsedXOnlyKey> ParsedKeyCache::get(const SecpContext& ctx, const XOnlyKey& key) {
  {
    std::lock_guard lock(mutex_);
    if (const auto found = keys_.find(key); found != keys_.end()) return found->second;
  }
  WB_TRY_ASSIGN(parsed, parseXOnlyKey(ctx, key));
  std::lock_guard lock(mutex_);
  if (keys_.size() >= capacity_) keys_.clear();
  keys_.emplace(key, *parsed);
  return *parsed;
}

std::size_t ParsedKeyCache::size() const {
  std::lock_guard lock(mutex_);
  return keys_.size();
}

}  // namespace wb
