#include "wallet/bip39_wordlist.h"

#include <algorithm>
#include <string>
#include <vector>

#include "wallet/wallet_errc.h"

namespace wb {

std::string_view bip39LanguageName(Bip39Language language) {
  switch (language) {
    case Bip39Language::English:
      return "english";
    case Bip39Language::ChineseSimplified:
      return "chinese_simplified";
  }
  return "unknown";
}

std::span<const std::string_view, kBip39WordCount> bip39Words(Bip39Language language) {
  switch (language) {
    case Bip39Language::English:
      return detail::kBip39English;
    case Bip39Language::ChineseSimplified:
      return detail::kBip39ChineseSimplified;
  }
  return detail::kBip39English;
}

std::optional<std::uint16_t> bip39WordIndex(Bip39Language language, std::string_view word) {
  // A linear scan: mnemonics have at most 24 words, and the Chinese list is not in
  // byte order, so a sorted index would buy nothing measurable.
  const auto words = bip39Words(language);
  const auto it = std::find(words.begin(), words.end(), word);
  if (it == words.end()) return std::nullopt;
  return static_cast<std::uint16_t>(it - words.begin());
}

Status verifyBip39Wordlist(Bip39Language language) {
  const auto words = bip39Words(language);
  const std::string name(bip39LanguageName(language));
  for (std::string_view word : words) {
    if (word.empty() || word.find(' ') != std::string_view::npos) {
      return fail(WalletErrc::WordlistInvalid, "the " + name + " BIP39 word list has an empty or spaced entry");
    }
  }
  std::vector<std::string_view> sorted(words.begin(), words.end());
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    return fail(WalletErrc::WordlistInvalid, "the " + name + " BIP39 word list has duplicate words");
  }
  return {};
}

}  // namespace wb
