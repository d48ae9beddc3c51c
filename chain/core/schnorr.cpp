#include "chain/core/schnorr.h"

#include <secp256k1_extrakeys.h>
#include <secp256k1_schnorrsig.h>
#include <sodium.h>

#include <array>
#include <cassert>

#include "chain/core/core_errc.h"
#include "chain/core/parsed_key.h"
#include "chain/core/secure_scratch.h"

namespace wb {

SecpContext::SecpContext() : ctx_(secp256k1_context_create(SECP256K1_CONTEXT_NONE)) {
  std::array<unsigned char, 32> seed;
  randombytes_buf(seed.data(), seed.size());
  // Randomisation only hardens signing against side channels; it cannot fail on a
  // fresh context with a 32-byte seed.
  [[maybe_unused]] const int randomized = secp256k1_context_randomize(ctx_, seed.data());
  assert(randomized == 1);
  sodium_memzero(seed.data(), seed.size());
}

SecpContext::~SecpContext() { secp256k1_context_destroy(ctx_); }

bool isValidSecretKey(const SecpContext& ctx, ByteView secretKey) {
  return secretKey.size() == 32 && secp256k1_ec_seckey_verify(ctx.get(), secretKey.data()) == 1;
}

namespace {

// A keypair in this thread's secure scratch memory, wiped when it goes out of
// scope. One signature must not cost a sodium_malloc of its own (mmap, mprotect
// and a TLB shootdown when freed): see chain/core/secure_scratch.h.
class ScopedKeypair {
public:
  ScopedKeypair() = default;
  ScopedKeypair(const ScopedKeypair&) = delete;
  ScopedKeypair& operator=(const ScopedKeypair&) = delete;

  [[nodiscard]] Status create(const SecpContext& ctx, const SecureBytes& secretKey) {
    if (secretKey.size() != 32) return fail(CoreErrc::CryptoBadSecretKey, "a secret key is 32 bytes");
    if (secp256k1_keypair_create(ctx.get(), keypair_.get(), secretKey.data()) != 1) {
      return fail(CoreErrc::CryptoBadSecretKey, "the secret key is not valid for secp256k1");
    }
    return {};
  }
  const secp256k1_keypair* get() const { return keypair_.get(); }

private:
  ScratchSecret<secp256k1_keypair> keypair_;
};

// The x-only public key of `keypair` (no key derivation: the keypair holds it).
Result<XOnlyKey> xonlyOf(const SecpContext& ctx, const ScopedKeypair& keypair) {
  secp256k1_xonly_pubkey pub;
  XOnlyKey out;
  if (secp256k1_keypair_xonly_pub(ctx.get(), &pub, nullptr, keypair.get()) != 1 ||
      secp256k1_xonly_pubkey_serialize(ctx.get(), out.data(), &pub) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "could not derive the public key");
  }
  return out;
}

Result<Sig64> signWith(const SecpContext& ctx, const ScopedKeypair& keypair, const Hash32& message, const Hash32& aux) {
  Sig64 sig;
  if (secp256k1_schnorrsig_sign32(ctx.get(), sig.data(), message.data(), keypair.get(), aux.data()) != 1) {
    return fail(CoreErrc::CryptoSignFailed, "signing failed");
  }
  return sig;
}

}  // namespace

Result<XOnlyKey> xonlyFromSecret(const SecpContext& ctx, const SecureBytes& secretKey) {
  ScopedKeypair keypair;
  WB_TRY(keypair.create(ctx, secretKey));
  return xonlyOf(ctx, keypair);
}

bool isValidXOnlyKey(const SecpContext& ctx, const XOnlyKey& key) {
  secp256k1_xonly_pubkey pub;
  return secp256k1_xonly_pubkey_parse(ctx.get(), &pub, key.data()) == 1;
}

Result<Sig64> schnorrSign(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& message) {
  Hash32 aux;
  randombytes_buf(aux.data(), aux.size());
  return schnorrSignWithAux(ctx, secretKey, message, aux);
}

Result<Sig64> schnorrSignWithAux(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& message,
                                 const Hash32& aux) {
  ScopedKeypair keypair;
  WB_TRY(keypair.create(ctx, secretKey));
  return signWith(ctx, keypair, message, aux);
}

Result<KeyedSignature> schnorrSignKeyed(const SecpContext& ctx, const SecureBytes& secretKey, const Hash32& message) {
  ScopedKeypair keypair;
  WB_TRY(keypair.create(ctx, secretKey));
  Hash32 aux;
  randombytes_buf(aux.data(), aux.size());
  KeyedSignature out;
  WB_TRY_ASSIGN(signer, xonlyOf(ctx, keypair));
  WB_TRY_ASSIGN(sig, signWith(ctx, keypair, message, aux));
  out.signer = *signer;
  out.sig = *sig;
  return out;
}

Status schnorrVerify(const SecpContext& ctx, const XOnlyKey& key, const Hash32& message, const Sig64& signature) {
  WB_TRY_ASSIGN(parsed, parseXOnlyKey(ctx, key));
  return schnorrVerifyParsed(ctx, *parsed, message, signature);
}

}  // namespace wb
