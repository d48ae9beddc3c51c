// Password-based sealing of the wallet's secrets: Argon2id (libsodium crypto_pwhash)
// turns the wallet passphrase into a key for XChaCha20-Poly1305 (IETF). Slow on purpose
// (that is the point of Argon2id): the functions are synchronous and touch no shared
// state, so callers run them on worker threads.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"

namespace wb {

// Argon2id cost parameters, stored in the wallet file.
struct KdfParams {
  std::uint64_t opsLimit = 0;
  std::uint64_t memLimit = 0;  // bytes

  // libsodium's MODERATE limits (3 passes, 256 MiB): the default for real wallets.
  static KdfParams moderate();
  // libsodium's INTERACTIVE limits (2 passes, 64 MiB).
  static KdfParams interactive();
  // The smallest limits libsodium accepts: for tests only.
  static KdfParams minimum();

  friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// Fails with WalletErrc::BadKdfParams unless the limits are within libsodium's minimum and the
// caps we accept from a file (at most 32 passes and 4 GiB), so a hostile file cannot
// make unlocking allocate or run without bound.
[[nodiscard]] Status checkKdfParams(const KdfParams& params);

using SealSalt = std::array<Byte, 16>;
using SealNonce = std::array<Byte, 24>;

// The encrypted form of some secret bytes.
struct SealedBox {
  KdfParams kdf;
  SealSalt salt{};
  SealNonce nonce{};
  Bytes ciphertext;  // plaintext size + 16-byte tag
};

// Encrypts `plaintext` under `passphrase` with a fresh random salt and nonce; `associated`
// is authenticated but not encrypted. Fails with WalletErrc::BadKdfParams or WalletErrc::KdfFailed
// (Argon2id could not get its memory).
[[nodiscard]] Result<SealedBox> sealSecret(std::string_view passphrase, const KdfParams& kdf, ByteView plaintext,
                                           ByteView associated);

// Decrypts `box`. Fails with WalletErrc::WrongPassphrase when the tag does not verify (wrong
// passphrase, or ciphertext/associated data altered), WalletErrc::BadKdfParams or WalletErrc::KdfFailed.
[[nodiscard]] Result<SecureBytes> openSecret(std::string_view passphrase, const SealedBox& box, ByteView associated);

}  // namespace wb
