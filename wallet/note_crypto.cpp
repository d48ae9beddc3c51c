#include "wallet/note_crypto.h"

#include <secp256k1.h>
#include <secp256k1_ecdh.h>
#include <secp256k1_extrakeys.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "chain/core/secure_scratch.h"
#include "wallet/wallet_errc.h"

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
  if (!isValidUtf8(text)) return fail(WalletErrc::NoteMalformed, "the note is not valid UTF-8 text");
  return Note{false, std::move(text)};
}

Status checkWire(ByteView wire) {
  if (wire.empty()) return fail(WalletErrc::NoteMalformed, "the note is empty (no format byte)");
  if (wire[0] != kNotePlain && wire[0] != kNoteEncrypted && wire[0] != kNoteSealed) {
    return fail(WalletErrc::NoteUnknownFormat, "unknown note format " + std::to_string(wire[0]));
  }
  if (wire[0] == kNoteEncrypted && wire.size() < kNoteOverhead) {
    return fail(WalletErrc::NoteMalformed, "the encrypted note is too short");
  }
  if (wire[0] == kNoteSealed) {
    if (wire.size() < 2 || wire[1] == 0 || wire[1] > kMaxNoteReaders) {
      return fail(WalletErrc::NoteMalformed, "the sealed note has no valid reader count");
    }
    if (wire.size() < sealedNoteOverhead(wire[1]))
      return fail(WalletErrc::NoteMalformed, "the sealed note is too short");
  }
  return {};
}

// Decrypts `sealed` (ciphertext ‖ tag) into UTF-8 text, or WalletErrc::NoteNotReadable.
Result<std::string> openText(ByteView sealed, ByteView ad, const Byte* nonce, const Byte* key) {
  std::string text(sealed.size() - kTagSize, '\0');
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<Byte*>(text.data()), &length, nullptr, sealed.data(),
                                                 sealed.size(), ad.data(), ad.size(), nonce, key) != 0) {
    return fail(WalletErrc::NoteNotReadable, "the note is not readable with this account (or was altered)");
  }
  if (!isValidUtf8(text)) return fail(WalletErrc::NoteMalformed, "the decrypted note is not valid UTF-8 text");
  return text;
}

// Format 2: unwrap the content key with my pairwise key (trying each wrap), then open.
Result<Note> openSealed(const Byte* pairwiseKey, ByteView wire) {
  const std::size_t readers = wire[1];
  const Byte* nonce = wire.data() + 2;
  const std::size_t wrapsAt = 2 + kNonceSize;
  const std::size_t textAt = wrapsAt + readers * kSealedWrapBytes;
  ScratchKey32 contentKey;
  bool unwrapped = false;
  for (std::size_t i = 0; i < readers && !unwrapped; ++i) {
    const Byte* wrap = wire.data() + wrapsAt + i * kSealedWrapBytes;
    unsigned long long length = 0;
    unwrapped = crypto_aead_xchacha20poly1305_ietf_decrypt(contentKey->data(), &length, nullptr, wrap, kSealedWrapBytes,
                                                           nullptr, 0, nonce, pairwiseKey) == 0;
  }
  if (!unwrapped)
    return fail(WalletErrc::NoteNotReadable, "the note is not addressed to this account (or was altered)");
  WB_TRY_ASSIGN(text, openText(wire.subspan(textAt), wire.first(textAt), nonce, contentKey->data()));
  return Note{true, std::move(*text)};
}

// `mySecret` in the form whose public key the counterparty knows: BIP340 lifts an
// x-only key to the point with even y, so a secret with an odd-y point is negated.
// The x-only shared secret would agree without it (x(−P) = x(P)), but normalising
// keeps both sides computing exactly d_me·d_them·G. `self` (may be null) gets my key.
Status evenScalar(const SecpContext& ctx, const SecureBytes& mySecret, ScratchKey32& scalar, XOnlyKey* self) {
  if (!isValidSecretKey(ctx, mySecret.view())) return fail(CoreErrc::CryptoBadSecretKey, "the secret key is not valid");
  std::memcpy(scalar->data(), mySecret.data(), 32);
  ScratchSecret<secp256k1_keypair> keypair;
  secp256k1_xonly_pubkey mine;
  int parity = 0;
  if (secp256k1_keypair_create(ctx.get(), keypair.get(), scalar->data()) != 1 ||
      secp256k1_keypair_xonly_pub(ctx.get(), &mine, &parity, keypair.get()) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "the secret key is not valid");
  }
  if (parity == 1 && secp256k1_ec_seckey_negate(ctx.get(), scalar->data()) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "the secret key is not valid");
  }
  if (self != nullptr && secp256k1_xonly_pubkey_serialize(ctx.get(), self->data(), &mine) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "could not derive the public key");
  }
  return {};
}

// The pairwise key H("wb.memo", x(scalar·counterparty)) into `key`.
Status pairwiseKey(const SecpContext& ctx, const ScratchKey32& scalar, const XOnlyKey& counterparty,
                   ScratchKey32& key) {
  std::array<Byte, 33> compressed;
  compressed[0] = 0x02;  // lift x to the point with even y (BIP340)
  std::memcpy(compressed.data() + 1, counterparty.data(), 32);
  secp256k1_pubkey theirs;
  if (secp256k1_ec_pubkey_parse(ctx.get(), &theirs, compressed.data(), compressed.size()) != 1) {
    return fail(CoreErrc::CryptoBadPublicKey, "the counterparty key is not a valid secp256k1 x-only key");
  }
  ScratchKey32 shared;
  if (secp256k1_ecdh(ctx.get(), shared->data(), &theirs, scalar->data(), copyX, nullptr) != 1) {
    return fail(CoreErrc::CryptoBadSecretKey, "key agreement failed");
  }
  Hash32 hashed = TaggedHasher(tag::kMemo).update(*shared).final();
  *key = hashed;
  sodium_memzero(hashed.data(), hashed.size());
  return {};
}

// The pairwise key of `mySecret` and `counterparty` into `key`.
Status sharedKeyInto(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                     ScratchKey32& key) {
  ScratchKey32 scalar;
  WB_TRY(evenScalar(ctx, mySecret, scalar, nullptr));
  return pairwiseKey(ctx, scalar, counterparty, key);
}

}  // namespace

Result<SecureBytes> noteSharedKey(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty) {
  ScratchKey32 key;
  WB_TRY(sharedKeyInto(ctx, mySecret, counterparty, key));
  return SecureBytes::copyOf(ByteView(*key));
}

Result<Bytes> plainNote(std::string_view text) {
  if (!isValidUtf8(text)) return fail(WalletErrc::NoteMalformed, "the note is not valid UTF-8 text");
  Bytes wire;
  wire.reserve(1 + text.size());
  wire.push_back(kNotePlain);
  wire.insert(wire.end(), text.begin(), text.end());
  return wire;
}

Result<Bytes> encryptNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                          std::string_view text) {
  if (!isValidUtf8(text)) return fail(WalletErrc::NoteMalformed, "the note is not valid UTF-8 text");
  ScratchKey32 key;
  WB_TRY(sharedKeyInto(ctx, mySecret, counterparty, key));
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

Result<Bytes> sealNote(const SecpContext& ctx, const SecureBytes& senderSecret, std::span<const XOnlyKey> readers,
                       std::string_view text) {
  if (!isValidUtf8(text)) return fail(WalletErrc::NoteMalformed, "the note is not valid UTF-8 text");
  // One key normalisation for every reader, not one per reader.
  ScratchKey32 scalar;
  XOnlyKey self{};
  WB_TRY(evenScalar(ctx, senderSecret, scalar, &self));
  std::vector<XOnlyKey> unique{self};
  for (const XOnlyKey& reader : readers) {
    if (std::find(unique.begin(), unique.end(), reader) == unique.end()) unique.push_back(reader);
  }
  if (unique.size() > kMaxNoteReaders) {
    return fail(WalletErrc::NoteTooManyReaders, "a sealed note can have at most " + std::to_string(kMaxNoteReaders) +
                                                    " readers, not " + std::to_string(unique.size()));
  }

  Bytes wire(sealedNoteOverhead(unique.size()) + text.size());
  wire[0] = kNoteSealed;
  wire[1] = static_cast<Byte>(unique.size());
  Byte* nonce = wire.data() + 2;
  randombytes_buf(nonce, kNonceSize);
  ScratchKey32 contentKey;
  crypto_aead_xchacha20poly1305_ietf_keygen(contentKey->data());
  Byte* wrap = nonce + kNonceSize;
  for (const XOnlyKey& reader : unique) {
    ScratchKey32 pairwise;
    WB_TRY(pairwiseKey(ctx, scalar, reader, pairwise));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(wrap, &length, contentKey->data(), contentKey->size(), nullptr, 0,
                                               nullptr, nonce, pairwise->data());
    wrap += kSealedWrapBytes;
  }
  const std::size_t textAt = static_cast<std::size_t>(wrap - wire.data());
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(wrap, &length, reinterpret_cast<const Byte*>(text.data()), text.size(),
                                             wire.data(), textAt, nullptr, nonce, contentKey->data());
  return wire;
}

Result<Note> readPlainNote(ByteView wire) {
  WB_TRY(checkWire(wire));
  if (wire[0] != kNotePlain) return fail(WalletErrc::NoteNotReadable, "the note is encrypted");
  return plainFrom(wire);
}

Result<Note> readNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                      ByteView wire) {
  WB_TRY(checkWire(wire));
  if (wire[0] == kNotePlain) return plainFrom(wire);
  ScratchKey32 key;
  WB_TRY(sharedKeyInto(ctx, mySecret, counterparty, key));
  if (wire[0] == kNoteSealed) return openSealed(key->data(), wire);
  WB_TRY_ASSIGN(text, openText(wire.subspan(1 + kNonceSize), {}, wire.data() + 1, key->data()));
  return Note{true, std::move(*text)};
}

}  // namespace wb
