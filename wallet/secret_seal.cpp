#include "wallet/secret_seal.h"

#include <sodium.h>

#include <algorithm>
#include <cstdint>

#include "wallet/wallet_errc.h"

namespace wb {

namespace {

constexpr std::uint64_t kMaxOpsLimit = 32;
constexpr std::uint64_t kMaxMemLimit = std::min<std::uint64_t>(std::uint64_t(4) << 30, SIZE_MAX);

static_assert(sizeof(SealSalt) == crypto_pwhash_argon2id_SALTBYTES);
static_assert(sizeof(SealNonce) == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

Result<SecureBytes> deriveKey(std::string_view passphrase, const KdfParams& kdf, const SealSalt& salt) {
  WB_TRY(checkKdfParams(kdf));
  SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
  // An empty view may carry a null pointer, which libsodium must never receive.
  const char* text = passphrase.empty() ? "" : passphrase.data();
  if (crypto_pwhash(key.data(), key.size(), text, passphrase.size(), salt.data(), kdf.opsLimit,
                    static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return fail(WalletErrc::KdfFailed,
                "Argon2id could not allocate its " + std::to_string(kdf.memLimit >> 20) + " MiB of memory");
  }
  return key;
}

}  // namespace

KdfParams KdfParams::moderate() {
  return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}
KdfParams KdfParams::interactive() {
  return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}
KdfParams KdfParams::minimum() { return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN}; }

Status checkKdfParams(const KdfParams& params) {
  if (params.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || params.opsLimit > kMaxOpsLimit ||
      params.memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN || params.memLimit > kMaxMemLimit) {
    return fail(WalletErrc::BadKdfParams, "Argon2id limits out of range (passes " + std::to_string(params.opsLimit) +
                                              ", memory " + std::to_string(params.memLimit) + " bytes)");
  }
  return {};
}

Result<SealedBox> sealSecret(std::string_view passphrase, const KdfParams& kdf, ByteView plaintext,
                             ByteView associated) {
  SealedBox box;
  box.kdf = kdf;
  randombytes_buf(box.salt.data(), box.salt.size());
  randombytes_buf(box.nonce.data(), box.nonce.size());
  WB_TRY_ASSIGN(key, deriveKey(passphrase, kdf, box.salt));
  box.ciphertext.resize(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(box.ciphertext.data(), &length, plaintext.data(), plaintext.size(),
                                             associated.data(), associated.size(), nullptr, box.nonce.data(),
                                             key->data());
  box.ciphertext.resize(static_cast<std::size_t>(length));
  return box;
}

Result<SecureBytes> openSecret(std::string_view passphrase, const SealedBox& box, ByteView associated) {
  if (box.ciphertext.size() < crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    return fail(WalletErrc::FileCorrupt, "the sealed secrets are shorter than their authentication tag");
  }
  WB_TRY_ASSIGN(key, deriveKey(passphrase, box.kdf, box.salt));
  SecureBytes plain(box.ciphertext.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &length, nullptr, box.ciphertext.data(),
                                                 box.ciphertext.size(), associated.data(), associated.size(),
                                                 box.nonce.data(), key->data()) != 0) {
    return fail(WalletErrc::WrongPassphrase, "wrong passphrase (or the wallet's protected data was altered)");
  }
  return plain;
}

}  // namespace wb
