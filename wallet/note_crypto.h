// Private order notes and tracking (DESIGN §3): text encrypted to the counterparty.
// Shared secret = x coordinate of ECDH on secp256k1 between my secret key and the
// counterparty's x-only key lifted to even y; key = H("wb.memo", shared secret);
// XChaCha20-Poly1305 (IETF) with a random 24-byte nonce and no associated data.
//
// Wire form: first byte 0 = plain (the rest is UTF-8 text),
//            first byte 1 = encrypted (nonce 24 ‖ ciphertext ‖ tag 16).
// Either party decrypts with its own secret key and the other party's account key.
#pragma once

#include <string>
#include <string_view>

#include "chain/core/error.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

namespace wb {

inline constexpr Byte kNotePlain = 0;
inline constexpr Byte kNoteEncrypted = 1;
// Bytes an encrypted note adds to its text (format byte, nonce, tag): keep
// text ≤ field maximum − kNoteOverhead for the transaction field (e.g. note ≤ 1024).
inline constexpr std::size_t kNoteOverhead = 1 + 24 + 16;

// A decoded note.
struct Note {
  bool encrypted = false;
  std::string text;
};

// The 32-byte note key shared by `mySecret`'s account and `counterparty`. Fails with
// CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<SecureBytes> noteSharedKey(const SecpContext& ctx, const SecureBytes& mySecret,
                                                const XOnlyKey& counterparty);

// The plain wire form of `text`. Fails with WalletNoteMalformed unless it is UTF-8.
[[nodiscard]] Result<Bytes> plainNote(std::string_view text);

// The encrypted wire form of `text` for `counterparty`. Fails with WalletNoteMalformed
// (not UTF-8), CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<Bytes> encryptNote(const SecpContext& ctx, const SecureBytes& mySecret,
                                        const XOnlyKey& counterparty, std::string_view text);

// Reads a plain note without keys. Fails with WalletNoteNotReadable for an encrypted
// one, else as readNote.
[[nodiscard]] Result<Note> readPlainNote(ByteView wire);

// Reads either form; encrypted notes are decrypted with `mySecret` and `counterparty`.
// Fails with WalletNoteMalformed (empty, too short, text not UTF-8),
// WalletNoteUnknownFormat (first byte neither 0 nor 1), WalletNoteNotReadable (not
// for this pair of keys, or altered), CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<Note> readNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                                    ByteView wire);

}  // namespace wb
