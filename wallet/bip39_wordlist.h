// The BIP39 word lists (English and Chinese simplified), compiled in at build time
// from Debian's python3-mnemonic by generate_wordlists.cmake. Both lists are already
// in NFKD form, so words compare byte for byte.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "chain/core/error.h"

namespace wb {

inline constexpr std::size_t kBip39WordCount = 2048;

enum class Bip39Language : std::uint8_t {
  English = 0,
  ChineseSimplified = 1,
};

// Stable lowercase name of a language ("english", "chinese_simplified").
std::string_view bip39LanguageName(Bip39Language language);

// The 2048 words of `language`, in BIP39 index order.
std::span<const std::string_view, kBip39WordCount> bip39Words(Bip39Language language);

// The index (0–2047) of `word` in `language`'s list, or nothing if it is not a word of that list.
std::optional<std::uint16_t> bip39WordIndex(Bip39Language language, std::string_view word);

// Checks that `language`'s compiled-in list has 2048 distinct, non-empty words without
// spaces. Fails with WalletErrc::WordlistInvalid (a broken build input, never user error).
[[nodiscard]] Status verifyBip39Wordlist(Bip39Language language);

namespace detail {
// Defined in the generated bip39_wordlists.cpp.
extern const std::array<std::string_view, kBip39WordCount> kBip39English;
extern const std::array<std::string_view, kBip39WordCount> kBip39ChineseSimplified;
}  // namespace detail

}  // namespace wb
