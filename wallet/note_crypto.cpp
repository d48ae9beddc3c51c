#include "wallet/note_crypto.h"

#include <secp256k1.h>
#include <secp256k1_ecdh.h>
#include <secp256k1_extrakeys.h>
#include <sodium.h>

#include <array>
#include <cstring>

#include "chain/core/encoding.h"
#include "chain/core/hash.h"

namespace wb {

namespace {

constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(kNoteOverhead == 1 + kNonceSize + kTagSize);

// DESIGN §3 takes the bare x coordinate as the shared secret (libsecp256k1's default
// hashes x with y's parity, which would tie the result to point signs).
int copyX(unsigned char* output, const unsigned char* x32, const unsigned char* /*y32*/, void* /*data*/) {
  std::memcpy(output, x32, 32);
  return 1;
}

Result<Note> plainFrom(ByteView wire) {
  std::string text(wire.begin() + 1, wire.end());
  if (!isValidUtf8(text)) return fail(Errc::WalletNoteMalformed, "the note is not valid UTF-8 text");
  return Note{false, std::move(text)};
}

Status checkWire(ByteView wire) {
  if (wire.empty()) return fail(Errc::WalletNoteMalformed, "the note is empty (no format byte)");
  if (wire[0] != kNotePlain && wire[0] != kNoteEncrypted) {
    return fail(Errc::WalletNoteUnknownFormat, "unknown note format " + std::to_string(wire[0]));
  }
  if (wire[0] == kNoteEncrypted && wire.size() < kNoteOverhead) {
    return fail(Errc::WalletNoteMalformed, "the encrypted note is too short");
  }
  return {};
}

}  // namespace

Result<SecureBytes> noteSharedKey(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty) {
  if (!isValidSecretKey(ctx, mySecret.view())) return fail(Errc::CryptoBadSecretKey, "the secret key is not valid");
  std::array<Byte, 33> compressed;
  compressed[0] = 0x02;  // lift x to the point with even y (BIP340)
  std::memcpy(compressed.data() + 1, counterparty.data(), 32);
  secp256k1_pubkey theirs;
  if (secp256k1_ec_pubkey_parse(ctx.get(), &theirs, compressed.data(), compressed.size()) != 1) {
    return fail(Errc::CryptoBadPublicKey, "the counterparty key is not a valid secp256k1 x-only key");
  }

  // Use the even-y form of my key too, the scalar whose public key the counterparty
  // knows. The x-only shared secret would agree without it (x(−P) = x(P)), but
  // normalising keeps both sides computing exactly d_me·d_them·G.
  SecureBytes scalar = SecureBytes::copyOf(mySecret.view());
  SecureBytes keypairStorage(sizeof(secp256k1_keypair));
  auto* keypair = reinterpret_cast<secp256k1_keypair*>(keypairStorage.data());
  secp256k1_xonly_pubkey mine;
  int parity = 0;
  if (secp256k1_keypair_create(ctx.get(), keypair, scalar.data()) != 1 ||
      secp256k1_keypair_xonly_pub(ctx.get(), &mine, &parity, keypair) != 1) {
    return fail(Errc::CryptoBadSecretKey, "the secret key is not valid");
  }
  if (parity == 1 && secp256k1_ec_seckey_negate(ctx.get(), scalar.data()) != 1) {
    return fail(Errc::CryptoBadSecretKey, "the secret key is not valid");
  }

  SecureBytes shared(32);
  if (secp256k1_ecdh(ctx.get(), shared.data(), &theirs, scalar.data(), copyX, nullptr) != 1) {
    return fail(Errc::CryptoBadSecretKey, "key agreement failed");
  }
  Hash32 key = taggedHash(tag::kMemo, shared.view());
  SecureBytes out = SecureBytes::copyOf(key);
  sodium_memzero(key.data(), key.size());
  return out;
}

Result<Bytes> plainNote(std::string_view text) {
  if (!isValidUtf8(text)) return fail(Errc::WalletNoteMalformed, "the note is not valid UTF-8 text");
  Bytes wire;
  wire.reserve(1 + text.size());
  wire.push_back(kNotePlain);
  wire.insert(wire.end(), text.begin(), text.end());
  return wire;
}

Result<Bytes> encryptNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                          std::string_view text) {
  if (!isValidUtf8(text)) return fail(Errc::WalletNoteMalformed, "the note is not valid UTF-8 text");
  auto key = noteSharedKey(ctx, mySecret, counterparty);
  if (!key) return key.error();
  Bytes wire(kNoteOverhead + text.size());
  wire[0] = kNoteEncrypted;
  Byte* nonce = wire.data() + 1;
  randombytes_buf(nonce, kNonceSize);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(wire.data() + 1 + kNonceSize, &length,
                                             reinterpret_cast<const Byte*>(text.data()), text.size(), nullptr, 0,
                                             nullptr, nonce, key->data());
  return wire;
}

Result<Note> readPlainNote(ByteView wire) {
  WB_TRY(checkWire(wire));
  if (wire[0] == kNoteEncrypted) return fail(Errc::WalletNoteNotReadable, "the note is encrypted");
  return plainFrom(wire);
}

Result<Note> readNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                      ByteView wire) {
  WB_TRY(checkWire(wire));
  if (wire[0] == kNotePlain) return plainFrom(wire);
  auto key = noteSharedKey(ctx, mySecret, counterparty);
  if (!key) return key.error();
  const ByteView sealed = wire.subspan(1 + kNonceSize);
  std::string text(sealed.size() - kTagSize, '\0');
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<Byte*>(text.data()), &length, nullptr,
                                                 sealed.data(), sealed.size(), nullptr, 0, wire.data() + 1,
                                                 key->data()) != 0) {
    return fail(Errc::WalletNoteNotReadable, "the note is not readable with this account (or was altered)");
  }
  if (!isValidUtf8(text)) return fail(Errc::WalletNoteMalformed, "the decrypted note is not valid UTF-8 text");
  return Note{true, std::move(text)};
}

}  // namespace wb
