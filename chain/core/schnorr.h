// secp256k1 keys and BIP340 Schnorr signatures (DESIGN §2). An account is its
// 32-byte x-only public key. The context is an explicit object, never a global:
// create one per program (or per test) and pass it where it is needed. A const
// SecpContext may be used for verification from many threads at once.
#pragma once

#include <secp256k1.h>

#include "chain/core/bytes.h"
#include "chain/core/ids.h"
#include "chain/core/secure_bytes.h"

namespace wb {

using XOnlyKey = AccountKey;  // an account is its x-only key

class SecpContext {
public:
  // Creates a context and randomises it against side channels with fresh
  // randomness from libsodium (initCrypto() must have succeeded).
  SecpContext();
  ~SecpContext();
  SecpContext(const SecpContext&) = delete;
  SecpContext& operator=(const SecpContext&) = delete;

  const secp256k1_context* get() const { return ctx_; }

private:
  secp256k1_context* ctx_;
};

// True when `secretKey` (32 bytes) is a valid secp256k1 secret key (0 < k < n).
bool isValidSecretKey(const SecpContext& ctx, ByteView secretKey);

// The x-only public key of a 32-byte secret key. Fails with CryptoBadSecretKey.
[[nodiscard]] Result<XOnlyKey> xonlyFromSecret(const SecpContext& ctx, const SecureBytes& secretKey);

// True when `key` is the x coordinate of a point on the curve.
bool isValidXOnlyKey(const SecpContext& ctx, const XOnlyKey& key);

// BIP340-signs the 32-byte `message` with `secretKey`, using fresh auxiliary
// randomness. Fails with CryptoBadSecretKey or CryptoSignFailed.
[[nodiscard]] Result<Sig64> schnorrSign(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& message);

// Like schnorrSign, with caller-chosen 32-byte auxiliary randomness (for the
// BIP340 test vectors and reproducible fixtures).
[[nodiscard]] Result<Sig64> schnorrSignWithAux(const SecpContext& ctx, const SecureBytes& secretKey,
                                               const Hash32& message, const Hash32& aux);

// BIP340-verifies `signature` over the 32-byte `message` by `key`.
// A signature and the x-only public key of the secret that made it.
struct KeyedSignature {
  XOnlyKey signer{};
  Sig64 sig{};
};

// Signs `message` like schnorrSign and also says whose key signed, from one
// keypair (a caller that must check the signer pays one key derivation, not
// two). Fails with CryptoBadSecretKey or CryptoSignFailed.
[[nodiscard]] Result<KeyedSignature> schnorrSignKeyed(const SecpContext& ctx, const SecureBytes& secretKey,
                                                      const Hash32& message);

// Returns Ok, or CryptoBadPublicKey / CryptoBadSignature.
[[nodiscard]] Status schnorrVerify(const SecpContext& ctx, const XOnlyKey& key, const Hash32& message,
                                   const Sig64& signature);

}  // namespace wb
