#include "tests/support/base58.h"

#include <sodium.h>

#include <array>
#include <cstring>

#include "chain/core/core_errc.h"

namespace wb::test {

namespace {

constexpr std::string_view kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::size_t kChecksumSize = 4;

std::array<Byte, crypto_hash_sha256_BYTES> doubleSha256(ByteView data) {
  std::array<Byte, crypto_hash_sha256_BYTES> once, twice;
  crypto_hash_sha256(once.data(), data.data(), data.size());
  crypto_hash_sha256(twice.data(), once.data(), once.size());
  return twice;
}

int digitValue(char c) {
  const auto pos = kAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

SecureBytes base58CheckEncode(ByteView payload) {
  SecureBytes data(payload.size() + kChecksumSize);
  if (!payload.empty()) std::memcpy(data.data(), payload.data(), payload.size());
  const auto check = doubleSha256(payload);
  std::memcpy(data.data() + payload.size(), check.data(), kChecksumSize);

  std::size_t zeros = 0;
  while (zeros < data.size() && data.data()[zeros] == 0) ++zeros;
  // log(256) / log(58) < 1.38, so this many base-58 digits always suffice.
  SecureBytes digits((data.size() - zeros) * 138 / 100 + 1);
  std::size_t used = 0;
  for (std::size_t i = zeros; i < data.size(); ++i) {
    unsigned carry = data.data()[i];
    for (std::size_t k = 0; k < used; ++k) {
      carry += unsigned(digits.data()[k]) << 8;
      digits.data()[k] = static_cast<Byte>(carry % 58);
      carry /= 58;
    }
    while (carry != 0) {
      digits.data()[used++] = static_cast<Byte>(carry % 58);
      carry /= 58;
    }
  }
  SecureBytes out(zeros + used);
  for (std::size_t k = 0; k < zeros; ++k) out.data()[k] = '1';
  for (std::size_t k = 0; k < used; ++k)
    out.data()[zeros + k] = static_cast<Byte>(kAlphabet[digits.data()[used - 1 - k]]);
  return out;
}

Result<SecureBytes> base58CheckDecode(std::string_view text) {
  std::size_t zeros = 0;
  while (zeros < text.size() && text[zeros] == '1') ++zeros;
  // log(58) / log(256) < 0.74.
  SecureBytes bytes((text.size() - zeros) * 74 / 100 + 1);
  std::size_t used = 0;
  for (std::size_t i = zeros; i < text.size(); ++i) {
    const int value = digitValue(text[i]);
    if (value < 0) return fail(CoreErrc::DecodeBadValue, "character " + std::to_string(i + 1) + " is not Base58");
    unsigned carry = static_cast<unsigned>(value);
    for (std::size_t k = 0; k < used; ++k) {
      carry += unsigned(bytes.data()[k]) * 58;
      bytes.data()[k] = static_cast<Byte>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry != 0) {
      bytes.data()[used++] = static_cast<Byte>(carry & 0xFF);
      carry >>= 8;
    }
  }
  const std::size_t total = zeros + used;
  if (total < kChecksumSize) return fail(CoreErrc::DecodeBadValue, "Base58Check text is too short");
  SecureBytes data(total);
  for (std::size_t k = 0; k < used; ++k) data.data()[zeros + k] = bytes.data()[used - 1 - k];
  const std::size_t payloadSize = total - kChecksumSize;
  const auto check = doubleSha256(ByteView(data.data(), payloadSize));
  if (sodium_memcmp(check.data(), data.data() + payloadSize, kChecksumSize) != 0) {
    return fail(CoreErrc::DecodeBadValue, "Base58Check checksum mismatch");
  }
  return SecureBytes::copyOf(ByteView(data.data(), payloadSize));
}

}  // namespace wb::test
