// Private order notes and tracking (DESIGN §3): text encrypted to the counterparty.
// Shared secret = x coordinate of ECDH on secp256k1 between my secret key and the
// counterparty's x-only key lifted to even y; key = H("wb.memo", shared secret);
// XChaCha20-Poly1305 (IETF) with a random 24-byte nonce and no associated data.
//
// Wire form: first byte 0 = plain (the rest is UTF-8 text),
//            first byte 1 = encrypted (nonce 24 ‖ ciphertext ‖ tag 16).
// Either party decrypts with its own secret key and the other party's account key.
//
// Orders have up to three readers (buyer, merchant, arbiter) but ECDH is two-party, so
// format 2 ("sealed for several readers") encrypts the text once under a random
// 32-byte content key and wraps that key once per reader with the pairwise note key
// between the sender and that reader (the sender is always a reader of its own note):
//
//   2 | count u8 (1..kMaxNoteReaders) | nonce 24 |
//   count × wrap (XChaCha20-Poly1305(pairwise key(sender, reader), nonce, content key): 32 ‖ tag 16) |
//   XChaCha20-Poly1305(content key, nonce, text, ad = every byte before it): ciphertext ‖ tag 16
//
// One nonce serves every seal: each is under a different key (the pairwise keys differ
// per reader, the content key is fresh), so no key ever sees it twice. Wraps carry no
// reader id (a reader tries each); the content's associated data covers the header and
// every wrap, so changing any byte makes the note unreadable for everyone. A reader
// opens it with its own secret key and the *sender's* account key.
#pragma once

#include <span>
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

inline constexpr Byte kNoteSealed = 2;
// The most readers one sealed note may have (buyer, merchant, arbiter, and one spare).
inline constexpr std::size_t kMaxNoteReaders = 4;
// Bytes one reader's wrapped content key takes (key 32, tag 16).
inline constexpr std::size_t kSealedWrapBytes = 32 + 16;
// Bytes a sealed note for `readers` readers adds to its text (format, count, nonce,
// wraps, tag): keep text ≤ field maximum − sealedNoteOverhead(readers).
constexpr std::size_t sealedNoteOverhead(std::size_t readers) { return 1 + 1 + 24 + readers * kSealedWrapBytes + 16; }

// A decoded note.
struct Note {
  bool encrypted = false;
  std::string text;
};

// The 32-byte note key shared by `mySecret`'s account and `counterparty`. Fails with
// CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<SecureBytes> noteSharedKey(const SecpContext& ctx, const SecureBytes& mySecret,
                                                const XOnlyKey& counterparty);

// The plain wire form of `text`. Fails with WalletErrc::NoteMalformed unless it is UTF-8.
[[nodiscard]] Result<Bytes> plainNote(std::string_view text);

// The encrypted wire form of `text` for `counterparty`. Fails with WalletErrc::NoteMalformed
// (not UTF-8), CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<Bytes> encryptNote(const SecpContext& ctx, const SecureBytes& mySecret,
                                        const XOnlyKey& counterparty, std::string_view text);

// The sealed (format 2) wire form of `text` for `readers` and the sender itself (added
// when missing; repeated keys count once). Fails with WalletErrc::NoteMalformed (not UTF-8),
// WalletErrc::NoteTooManyReaders (more than kMaxNoteReaders distinct readers),
// CryptoBadSecretKey or CryptoBadPublicKey (a reader key not on the curve, e.g. zero).
[[nodiscard]] Result<Bytes> sealNote(const SecpContext& ctx, const SecureBytes& senderSecret,
                                     std::span<const XOnlyKey> readers, std::string_view text);

// Reads a plain note without keys. Fails with WalletErrc::NoteNotReadable for an encrypted
// one, else as readNote.
[[nodiscard]] Result<Note> readPlainNote(ByteView wire);

// Reads any form; encrypted notes are decrypted with `mySecret` and `counterparty`:
// for format 1 the other party of the pair, for format 2 the note's sender (itself,
// when the sender reads its own note). Fails with WalletErrc::NoteMalformed (empty, too
// short, bad reader count, text not UTF-8), WalletErrc::NoteUnknownFormat (first byte not
// 0, 1 or 2), WalletErrc::NoteNotReadable (not for these keys, or altered),
// CryptoBadSecretKey or CryptoBadPublicKey.
[[nodiscard]] Result<Note> readNote(const SecpContext& ctx, const SecureBytes& mySecret, const XOnlyKey& counterparty,
                                    ByteView wire);

}  // namespace wb
