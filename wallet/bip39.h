// BIP39 mnemonics: entropy ↔ words (English or Chinese simplified), validation with
// distinct errors, and mnemonic + passphrase → 64-byte seed.
//
// Normalisation: both word lists are already NFKD-safe, and mnemonics are normalised
// here by splitting on whitespace (ASCII whitespace and the ideographic space U+3000),
// lower-casing ASCII letters and joining the words with one ASCII space (Chinese too,
// like python-mnemonic). BIP39 passphrases are used exactly as the given UTF-8 bytes:
// no NFKD normalisation is done here, so a caller holding user text must normalise it
// first (with Qt: QString::normalized(QString::NormalizationForm_KD)).
//
// Mnemonics, entropy and seeds are returned in SecureBytes.
#pragma once

#include <cstddef>
#include <string_view>

#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"
#include "wallet/bip39_wordlist.h"

namespace wb {

inline constexpr std::size_t kBip39SeedSize = 64;
inline constexpr std::uint32_t kBip39Iterations = 2048;

// The mnemonic for `entropy` (16, 20, 24, 28 or 32 bytes → 12 … 24 words), words joined
// by single spaces. Fails with WalletErrc::BadEntropy for any other size.
[[nodiscard]] Result<SecureBytes> mnemonicFromEntropy(ByteView entropy, Bip39Language language);

// A new mnemonic of `wordCount` words (12 or 24) from libsodium's randomness.
// Fails with WalletErrc::BadEntropy for any other word count.
[[nodiscard]] Result<SecureBytes> generateMnemonic(std::size_t wordCount, Bip39Language language);

// A checked mnemonic: its normalised text, its language and the entropy it encodes.
struct ParsedMnemonic {
  SecureBytes normalized;
  Bip39Language language = Bip39Language::English;
  SecureBytes entropy;
};

// Normalises and checks `text`. Fails with WalletErrc::MnemonicWordCount (not 12, 15, 18, 21
// or 24 words), WalletErrc::MnemonicUnknownWord (a word of neither list, or words of both;
// the message names the word's position, never the word) or WalletErrc::MnemonicChecksum.
[[nodiscard]] Result<ParsedMnemonic> parseMnemonic(std::string_view text);

// Checks `mnemonic` (see parseMnemonic) and derives the BIP39 seed:
// PBKDF2-HMAC-SHA512(normalised mnemonic, "mnemonic" + passphrase, 2048) → 64 bytes.
[[nodiscard]] Result<SecureBytes> seedFromMnemonic(std::string_view mnemonic, std::string_view passphrase);

}  // namespace wb
