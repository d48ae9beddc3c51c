#include "chain/core/bech32m.h"

#include <algorithm>
#include <cctype>

#include "chain/core/core_errc.h"

namespace wb {
namespace {

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr std::uint32_t kBech32Const = 1;
constexpr std::uint32_t kBech32mConst = 0x2bc830a3;
constexpr std::size_t kMaxLength = 90;

std::uint32_t polymod(const std::vector<std::uint8_t>& values) {
  static constexpr std::uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  std::uint32_t chk = 1;
  for (std::uint8_t v : values) {
    const std::uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  }
  return chk;
}

std::vector<std::uint8_t> expandHrp(std::string_view hrp) {
  std::vector<std::uint8_t> out;
  out.reserve(hrp.size() * 2 + 1);
  for (char c : hrp) out.push_back(static_cast<std::uint8_t>(c) >> 5);
  out.push_back(0);
  for (char c : hrp) out.push_back(static_cast<std::uint8_t>(c) & 31);
  return out;
}

int charsetIndex(char c) {
  const char* p = std::find(kCharset, kCharset + 32, c);
  return p == kCharset + 32 ? -1 : static_cast<int>(p - kCharset);
}

}  // namespace

std::string bech32mEncode(std::string_view hrp, const std::vector<std::uint8_t>& values) {
  std::vector<std::uint8_t> data = expandHrp(hrp);
  data.insert(data.end(), values.begin(), values.end());
  data.insert(data.end(), 6, 0);
  const std::uint32_t mod = polymod(data) ^ kBech32mConst;
  std::string out(hrp);
  out.push_back('1');
  for (std::uint8_t v : values) out.push_back(kCharset[v]);
  for (int i = 0; i < 6; ++i) out.push_back(kCharset[(mod >> (5 * (5 - i))) & 31]);
  return out;
}

Result<Bech32Data> bech32mDecode(std::string_view text) {
  if (text.size() > kMaxLength) return fail(CoreErrc::AddressSyntax, "the address is longer than 90 characters");
  bool lower = false, upper = false;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 33 || u > 126) return fail(CoreErrc::AddressSyntax, "the address contains a character that is not allowed");
    lower |= (c >= 'a' && c <= 'z');
    upper |= (c >= 'A' && c <= 'Z');
  }
  if (lower && upper) return fail(CoreErrc::AddressSyntax, "the address mixes upper and lower case");
  std::string s(text);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto sep = s.rfind('1');
  if (sep == std::string::npos) return fail(CoreErrc::AddressSyntax, "the address has no '1' separator");
  if (sep == 0) return fail(CoreErrc::AddressSyntax, "the address has an empty network prefix");
  if (sep + 7 > s.size()) return fail(CoreErrc::AddressSyntax, "the address is too short to hold a checksum");
  Bech32Data out;
  out.hrp = s.substr(0, sep);
  for (std::size_t i = sep + 1; i < s.size(); ++i) {
    const int v = charsetIndex(s[i]);
    if (v < 0)
      return fail(CoreErrc::AddressSyntax,
                  std::string("the address contains '") + s[i] + "', which is not a bech32 character");
    out.values.push_back(static_cast<std::uint8_t>(v));
  }
  std::vector<std::uint8_t> data = expandHrp(out.hrp);
  data.insert(data.end(), out.values.begin(), out.values.end());
  const std::uint32_t check = polymod(data);
  if (check == kBech32Const) {
    return fail(CoreErrc::AddressWrongVariant, "the address uses the old bech32 checksum, not bech32m");
  }
  if (check != kBech32mConst) return fail(CoreErrc::AddressChecksum, "the address checksum does not match (a typo?)");
  out.values.resize(out.values.size() - 6);
  return out;
}

Result<std::vector<std::uint8_t>> convertBits(ByteView in, int fromBits, int toBits, bool pad) {
  std::uint32_t acc = 0;
  int bits = 0;
  const std::uint32_t maxv = (1u << toBits) - 1;
  std::vector<std::uint8_t> out;
  for (Byte value : in) {
    if ((value >> fromBits) != 0) return fail(CoreErrc::AddressSyntax, "value out of range for bit conversion");
    acc = (acc << fromBits) | value;
    bits += fromBits;
    while (bits >= toBits) {
      bits -= toBits;
      out.push_back(static_cast<std::uint8_t>((acc >> bits) & maxv));
    }
  }
  if (pad) {
    if (bits > 0) out.push_back(static_cast<std::uint8_t>((acc << (toBits - bits)) & maxv));
  } else if (bits >= fromBits || ((acc << (toBits - bits)) & maxv) != 0) {
    return fail(CoreErrc::AddressSyntax, "invalid padding in the address data");
  }
  return out;
}

std::string encodeAddress(std::string_view hrp, const AccountKey& accountKey) {
  auto values = convertBits(accountKey, 8, 5, true);
  return bech32mEncode(hrp, values.value());
}

Result<AccountKey> decodeAddress(std::string_view hrp, std::string_view address) {
  WB_TRY_ASSIGN(decoded, bech32mDecode(address));
  if (decoded->hrp != hrp) {
    return fail(CoreErrc::AddressWrongHrp,
                "the address belongs to network '" + decoded->hrp + "', not '" + std::string(hrp) + "'");
  }
  WB_TRY_ASSIGN(bytes, convertBits(decoded->values, 5, 8, false));
  if (bytes->size() != 32) {
    return fail(CoreErrc::AddressWrongLength, "the address holds " + std::to_string(bytes->size()) + " bytes, not 32");
  }
  AccountKey key;
  std::copy(bytes->begin(), bytes->end(), key.begin());
  return key;
}

}  // namespace wb
