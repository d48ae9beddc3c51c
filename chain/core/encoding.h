// Canonical binary encoding (DESIGN §2): fixed-width little-endian integers,
// variable fields as `u32 length + bytes` with a per-field maximum, strings that
// must be valid UTF-8. A Reader consumes exactly its input: short input, trailing
// bytes and over-long fields are errors, never crashes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chain/core/bytes.h"

namespace wb {

// Appends canonical encodings to a growing buffer.
class Writer {
public:
  Writer& u8(std::uint8_t v);
  Writer& u16(std::uint16_t v);
  Writer& u32(std::uint32_t v);
  Writer& u64(std::uint64_t v);
  // Raw bytes with no length prefix (fixed-size fields: keys, hashes, signatures).
  Writer& fixed(ByteView data);
  // `u32 length + bytes`. The caller guarantees the field's own maximum.
  Writer& var(ByteView data);
  Writer& var(std::string_view text) { return var(asBytes(text)); }

  const Bytes& bytes() const& { return out_; }
  Bytes&& take() && { return std::move(out_); }
  std::size_t size() const { return out_.size(); }

private:
  Bytes out_;
};

// Reads canonical encodings from a view; every read can fail. `field` names the
// field in error messages ("memo", "item"…).
class Reader {
public:
  explicit Reader(ByteView input) : input_(input) {}

  [[nodiscard]] Result<std::uint8_t> u8(std::string_view field);
  [[nodiscard]] Result<std::uint16_t> u16(std::string_view field);
  [[nodiscard]] Result<std::uint32_t> u32(std::string_view field);
  [[nodiscard]] Result<std::uint64_t> u64(std::string_view field);
  // Exactly N raw bytes into a fixed array (Hash32, Sig64…).
  template <std::size_t N>
  [[nodiscard]] Result<std::array<Byte, N>> fixed(std::string_view field) {
    std::array<Byte, N> out;
    WB_TRY(take(out.data(), N, field));
    return out;
  }
  // `u32 length + bytes`, length at most `maxLength`.
  [[nodiscard]] Result<Bytes> var(std::string_view field, std::uint32_t maxLength);
  // Like var(), and the bytes must be valid UTF-8.
  [[nodiscard]] Result<std::string> text(std::string_view field, std::uint32_t maxLength);

  // Succeeds only if every input byte was consumed.
  [[nodiscard]] Status finish() const;

  std::size_t remaining() const { return input_.size() - pos_; }
  std::size_t position() const { return pos_; }

private:
  [[nodiscard]] Status take(Byte* out, std::size_t n, std::string_view field);

  ByteView input_;
  std::size_t pos_ = 0;
};

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view text);

}  // namespace wb
