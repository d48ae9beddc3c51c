#include "chain/core/encoding.h"

#include <cstring>

#include "chain/core/core_errc.h"

namespace wb {

namespace {
template <class T>
void putLe(Bytes& out, T v) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out.push_back(static_cast<Byte>(v >> (8 * i)));
}
}  // namespace

Writer& Writer::u8(std::uint8_t v) {
  out_.push_back(v);
  return *this;
}
Writer& Writer::u16(std::uint16_t v) {
  putLe(out_, v);
  return *this;
}
Writer& Writer::u32(std::uint32_t v) {
  putLe(out_, v);
  return *this;
}
Writer& Writer::u64(std::uint64_t v) {
  putLe(out_, v);
  return *this;
}
Writer& Writer::fixed(ByteView data) {
  out_.insert(out_.end(), data.begin(), data.end());
  return *this;
}
Writer& Writer::var(ByteView data) {
  u32(static_cast<std::uint32_t>(data.size()));
  return fixed(data);
}

Status Reader::take(Byte* out, std::size_t n, std::string_view field) {
  if (remaining() < n) {
    return fail(CoreErrc::DecodeShortInput, "input ends inside field '" + std::string(field) + "' (needs " +
                                                std::to_string(n) + " bytes, " + std::to_string(remaining()) +
                                                " left)");
  }
  if (n != 0) std::memcpy(out, input_.data() + pos_, n);
  pos_ += n;
  return {};
}

// The four integer readers differ only in width.
#define WB_READ_LE(T, name)                                                                \
  Result<T> Reader::name(std::string_view field) {                                         \
    Byte buf[sizeof(T)];                                                                   \
    WB_TRY(take(buf, sizeof(T), field));                                                   \
    T v = 0;                                                                               \
    for (std::size_t i = 0; i < sizeof(T); ++i) v |= static_cast<T>(T(buf[i]) << (8 * i)); \
    return v;                                                                              \
  }
WB_READ_LE(std::uint8_t, u8)
WB_READ_LE(std::uint16_t, u16)
WB_READ_LE(std::uint32_t, u32)
WB_READ_LE(std::uint64_t, u64)
#undef WB_READ_LE

Result<Bytes> Reader::var(std::string_view field, std::uint32_t maxLength) {
  WB_TRY_ASSIGN(length, u32(field));
  if (*length > maxLength) {
    return fail(CoreErrc::DecodeFieldTooLong, "field '" + std::string(field) + "' is " + std::to_string(*length) +
                                                  " bytes; the maximum is " + std::to_string(maxLength));
  }
  Bytes out(*length);
  WB_TRY(take(out.data(), out.size(), field));
  return out;
}

Result<std::string> Reader::text(std::string_view field, std::uint32_t maxLength) {
  WB_TRY_ASSIGN(raw, var(field, maxLength));
  std::string out(raw->begin(), raw->end());
  if (!isValidUtf8(out))
    return fail(CoreErrc::DecodeInvalidUtf8, "field '" + std::string(field) + "' is not valid UTF-8");
  return out;
}

Status Reader::finish() const {
  if (remaining() != 0) {
    return fail(CoreErrc::DecodeTrailingBytes,
                std::to_string(remaining()) + " unexpected bytes after the end of the data");
  }
  return {};
}

bool isValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else
      return false;
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return false;  // overlong
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;                            // surrogate
    if (cp > 0x10FFFF) return false;
    i += len;
  }
  return true;
}

}  // namespace wb
