#include "wallet/bip39.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "wallet/pbkdf2.h"
#include "wallet/wallet_errc.h"

namespace wb {

namespace {

constexpr std::string_view kSaltPrefix = "mnemonic";

bool validEntropySize(std::size_t bytes) { return bytes >= 16 && bytes <= 32 && bytes % 4 == 0; }

// Reads the 11-bit group `group` of `bits` (big-endian bit order).
std::uint16_t elevenBits(const Byte* bits, std::size_t group) {
  std::uint16_t value = 0;
  for (std::size_t i = 0; i < 11; ++i) {
    const std::size_t bit = group * 11 + i;
    value = static_cast<std::uint16_t>((value << 1) | ((bits[bit / 8] >> (7 - bit % 8)) & 1));
  }
  return value;
}

// Length in bytes of a separator starting at `text[i]` (ASCII whitespace or U+3000), else 0.
std::size_t separatorAt(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (text.substr(i, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

// Writes the normalised form of `text` (words joined by one space, ASCII lower-cased)
// into secure memory and returns it with views of its words.
SecureBytes normalizeWords(std::string_view text, std::vector<std::string_view>& words) {
  SecureBytes out(text.size());
  std::size_t length = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t sep = separatorAt(text, i); sep != 0) {
      i += sep;
      continue;
    }
    if (length != 0) out.data()[length++] = ' ';
    while (i < text.size() && separatorAt(text, i) == 0) {
      char c = text[i++];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out.data()[length++] = static_cast<Byte>(c);
    }
  }
  SecureBytes normalized = SecureBytes::copyOf(ByteView(out.data(), length));
  const std::string_view all = normalized.asString();
  std::size_t start = 0;
  while (start < all.size()) {
    const std::size_t end = std::min(all.find(' ', start), all.size());
    words.push_back(all.substr(start, end - start));
    start = end + 1;
  }
  return normalized;
}

}  // namespace

Result<SecureBytes> mnemonicFromEntropy(ByteView entropy, Bip39Language language) {
  if (!validEntropySize(entropy.size())) {
    return fail(WalletErrc::BadEntropy, "BIP39 entropy must be 16, 20, 24, 28 or 32 bytes");
  }
  // entropy ‖ first (bits / 32) bits of SHA-256(entropy); at most 32 + 1 bytes.
  SecureBytes bits(entropy.size() + 1);
  std::memcpy(bits.data(), entropy.data(), entropy.size());
  std::array<Byte, crypto_hash_sha256_BYTES> digest;
  crypto_hash_sha256(digest.data(), entropy.data(), entropy.size());
  bits.data()[entropy.size()] = digest[0];
  sodium_memzero(digest.data(), digest.size());

  const std::size_t wordCount = (entropy.size() * 8 + entropy.size() / 4) / 11;
  const auto words = bip39Words(language);
  std::size_t length = wordCount - 1;
  for (std::size_t g = 0; g < wordCount; ++g) length += words[elevenBits(bits.data(), g)].size();

  SecureBytes out(length);
  std::size_t pos = 0;
  for (std::size_t g = 0; g < wordCount; ++g) {
    if (g != 0) out.data()[pos++] = ' ';
    const std::string_view word = words[elevenBits(bits.data(), g)];
    std::memcpy(out.data() + pos, word.data(), word.size());
    pos += word.size();
  }
  return out;
}

Result<SecureBytes> generateMnemonic(std::size_t wordCount, Bip39Language language) {
  if (wordCount != 12 && wordCount != 24) {
    return fail(WalletErrc::BadEntropy, "a new mnemonic has 12 or 24 words");
  }
  SecureBytes entropy(wordCount == 12 ? 16 : 32);
  randombytes_buf(entropy.data(), entropy.size());
  return mnemonicFromEntropy(entropy.view(), language);
}

Result<ParsedMnemonic> parseMnemonic(std::string_view text) {
  std::vector<std::string_view> words;
  ParsedMnemonic parsed;
  parsed.normalized = normalizeWords(text, words);
  const std::size_t count = words.size();
  if (count < 12 || count > 24 || count % 3 != 0) {
    return fail(WalletErrc::MnemonicWordCount,
                "a mnemonic has 12, 15, 18, 21 or 24 words, not " + std::to_string(count));
  }
  // The lists share no word, so the first recognised word decides the language (a typo
  // in word 1 must not make an English mnemonic look Chinese).
  const auto recognised = std::find_if(words.begin(), words.end(), [](std::string_view word) {
    return bip39WordIndex(Bip39Language::English, word) || bip39WordIndex(Bip39Language::ChineseSimplified, word);
  });
  if (recognised == words.end()) {
    return fail(WalletErrc::MnemonicUnknownWord, "none of the words is in a BIP39 word list");
  }
  parsed.language =
      bip39WordIndex(Bip39Language::English, *recognised) ? Bip39Language::English : Bip39Language::ChineseSimplified;
  const std::size_t totalBits = count * 11;
  const std::size_t entropyBytes = (totalBits - totalBits / 33) / 8;
  SecureBytes bits(entropyBytes + 1);
  for (std::size_t w = 0; w < count; ++w) {
    const auto index = bip39WordIndex(parsed.language, words[w]);
    if (!index) {
      return fail(WalletErrc::MnemonicUnknownWord, "word " + std::to_string(w + 1) + " is not in the " +
                                                       std::string(bip39LanguageName(parsed.language)) +
                                                       " BIP39 word list");
    }
    for (std::size_t i = 0; i < 11; ++i) {
      if ((*index >> (10 - i)) & 1) {
        const std::size_t bit = w * 11 + i;
        bits.data()[bit / 8] = static_cast<Byte>(bits.data()[bit / 8] | (0x80 >> (bit % 8)));
      }
    }
  }
  std::array<Byte, crypto_hash_sha256_BYTES> digest;
  crypto_hash_sha256(digest.data(), bits.data(), entropyBytes);
  const std::size_t checksumBits = count / 3;
  const Byte mask = static_cast<Byte>(0xFF << (8 - checksumBits));
  const bool checksumOk = (digest[0] & mask) == (bits.data()[entropyBytes] & mask);
  sodium_memzero(digest.data(), digest.size());
  if (!checksumOk) {
    return fail(WalletErrc::MnemonicChecksum, "the mnemonic's checksum does not match: a word is wrong or misplaced");
  }
  parsed.entropy = SecureBytes::copyOf(ByteView(bits.data(), entropyBytes));
  return parsed;
}

Result<SecureBytes> seedFromMnemonic(std::string_view mnemonic, std::string_view passphrase) {
  WB_TRY_ASSIGN(parsed, parseMnemonic(mnemonic));
  SecureBytes salt(kSaltPrefix.size() + passphrase.size());
  std::memcpy(salt.data(), kSaltPrefix.data(), kSaltPrefix.size());
  if (!passphrase.empty()) std::memcpy(salt.data() + kSaltPrefix.size(), passphrase.data(), passphrase.size());
  SecureBytes seed(kBip39SeedSize);
  pbkdf2HmacSha512(parsed->normalized.view(), salt.view(), kBip39Iterations, {seed.data(), seed.size()});
  return seed;
}

}  // namespace wb
