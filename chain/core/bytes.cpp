#include "chain/core/bytes.h"

#include <algorithm>

#include "chain/core/core_errc.h"

namespace wb {
namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string toHex(ByteView data) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 2);
  for (Byte b : data) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 0x0f]);
  }
  return out;
}

Result<Bytes> fromHex(std::string_view hex) {
  if (hex.size() % 2 != 0) return fail(CoreErrc::DecodeBadHex, "hex text has an odd number of digits");
  Bytes out(hex.size() / 2);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = hexDigit(hex[2 * i]);
    const int lo = hexDigit(hex[2 * i + 1]);
    if (hi < 0 || lo < 0) return fail(CoreErrc::DecodeBadHex, "hex text contains a character that is not a hex digit");
    out[i] = static_cast<Byte>((hi << 4) | lo);
  }
  return out;
}

Result<Hash32> hash32FromHex(std::string_view hex) {
  if (hex.size() != 64)
    return fail(CoreErrc::DecodeBadHex, "expected 64 hex digits, got " + std::to_string(hex.size()));
  WB_TRY_ASSIGN(bytes, fromHex(hex));
  Hash32 out;
  std::copy(bytes->begin(), bytes->end(), out.begin());
  return out;
}

bool isZero(ByteView value) {
  return std::all_of(value.begin(), value.end(), [](Byte b) { return b == 0; });
}

}  // namespace wb
