// Key encodings for LMDB. LMDB compares keys as raw bytes, so integers are
// written big-endian and fixed-width: byte order then equals numeric order, and
// composite keys (party‖height‖id) sort field by field. (Values, by contrast,
// use the canonical little-endian encoding of chain/core/encoding.h.)
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "chain/core/bytes.h"
#include "chain/core/error.h"

namespace wb {

// Fixed-width big-endian integers.
std::array<Byte, 4> keyU32(std::uint32_t value);
std::array<Byte, 8> keyU64(std::uint64_t value);
// Decode keys made by keyU32 / keyU64; any other length fails with CoreErrc::BadStoreKey.
[[nodiscard]] Result<std::uint32_t> decodeKeyU32(ByteView key);
[[nodiscard]] Result<std::uint64_t> decodeKeyU64(ByteView key);

// Builds a composite key field by field.
class KeyWriter {
public:
  KeyWriter& u8(std::uint8_t value);
  KeyWriter& u32(std::uint32_t value);
  KeyWriter& u64(std::uint64_t value);
  // Raw bytes of a fixed-size field (keys, hashes, ids). A variable-length
  // field is only safe as the last one: otherwise it blurs field boundaries.
  KeyWriter& fixed(ByteView bytes);

  const Bytes& bytes() const { return out_; }
  // Hands over the key; the writer is empty afterwards.
  Bytes take() { return std::move(out_); }

private:
  Bytes out_;
};

// Reads a composite key field by field; `what` names the key in errors
// ("orders_by_party key"). Every failure is CoreErrc::BadStoreKey.
class KeyReader {
public:
  KeyReader(ByteView key, std::string_view what) : key_(key), what_(what) {}

  [[nodiscard]] Result<std::uint8_t> u8();
  [[nodiscard]] Result<std::uint32_t> u32();
  [[nodiscard]] Result<std::uint64_t> u64();
  template <std::size_t N>
  [[nodiscard]] Result<std::array<Byte, N>> fixed() {
    std::array<Byte, N> out;
    WB_TRY(take(out.data(), N));
    return out;
  }
  // Succeeds only when the whole key was read.
  [[nodiscard]] Status finish() const;

private:
  [[nodiscard]] Status take(Byte* out, std::size_t n);

  ByteView key_;
  std::string what_;
  std::size_t pos_ = 0;
};

// party 32 ‖ height u64 ‖ id 32 (72 bytes): one party's items by height, so a
// descending scan with prefix `party` pages them newest first.
struct PartyHeightId {
  Hash32 party{};
  std::uint64_t height = 0;
  Hash32 id{};
};
Bytes encodePartyHeightId(const PartyHeightId& key);
[[nodiscard]] Result<PartyHeightId> decodePartyHeightId(ByteView key);

// deadline u64 ‖ id 32 (40 bytes): due items in ascending (deadline, id) order.
struct DeadlineId {
  std::uint64_t deadline = 0;
  Hash32 id{};
};
Bytes encodeDeadlineId(const DeadlineId& key);
[[nodiscard]] Result<DeadlineId> decodeDeadlineId(ByteView key);

}  // namespace wb
