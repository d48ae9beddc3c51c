#include "chain/core/keys.h"

#include <algorithm>

#include "chain/core/core_errc.h"

namespace wb {

namespace {

template <class T>
std::array<Byte, sizeof(T)> bigEndian(T value) {
  std::array<Byte, sizeof(T)> out;
  for (std::size_t i = 0; i < sizeof(T); ++i) {
    out[sizeof(T) - 1 - i] = static_cast<Byte>(value >> (8 * i));
  }
  return out;
}

template <class T>
T fromBigEndian(const Byte* data) {
  T value = 0;
  for (std::size_t i = 0; i < sizeof(T); ++i) value = static_cast<T>((value << 8) | data[i]);
  return value;
}

template <class T>
Result<T> decodeWhole(ByteView key, std::string_view what) {
  KeyReader reader(key, what);
  T value = 0;
  if constexpr (sizeof(T) == 4) {
    WB_TRY_ASSIGN(v, reader.u32());
    value = *v;
  } else {
    WB_TRY_ASSIGN(v, reader.u64());
    value = *v;
  }
  WB_TRY(reader.finish());
  return value;
}

}  // namespace

std::array<Byte, 4> keyU32(std::uint32_t value) { return bigEndian(value); }
std::array<Byte, 8> keyU64(std::uint64_t value) { return bigEndian(value); }

Result<std::uint32_t> decodeKeyU32(ByteView key) { return decodeWhole<std::uint32_t>(key, "u32 key"); }
Result<std::uint64_t> decodeKeyU64(ByteView key) { return decodeWhole<std::uint64_t>(key, "u64 key"); }

KeyWriter& KeyWriter::u8(std::uint8_t value) {
  out_.push_back(value);
  return *this;
}
KeyWriter& KeyWriter::u32(std::uint32_t value) { return fixed(keyU32(value)); }
KeyWriter& KeyWriter::u64(std::uint64_t value) { return fixed(keyU64(value)); }
KeyWriter& KeyWriter::fixed(ByteView bytes) {
  out_.insert(out_.end(), bytes.begin(), bytes.end());
  return *this;
}

Status KeyReader::take(Byte* out, std::size_t n) {
  if (key_.size() - pos_ < n) {
    return fail(CoreErrc::BadStoreKey, what_ + ": too short (" + std::to_string(key_.size()) + " bytes)");
  }
  std::copy_n(key_.begin() + static_cast<std::ptrdiff_t>(pos_), n, out);
  pos_ += n;
  return {};
}

Result<std::uint8_t> KeyReader::u8() {
  Byte b = 0;
  WB_TRY(take(&b, 1));
  return b;
}

Result<std::uint32_t> KeyReader::u32() {
  std::array<Byte, 4> raw;
  WB_TRY(take(raw.data(), raw.size()));
  return fromBigEndian<std::uint32_t>(raw.data());
}

Result<std::uint64_t> KeyReader::u64() {
  std::array<Byte, 8> raw;
  WB_TRY(take(raw.data(), raw.size()));
  return fromBigEndian<std::uint64_t>(raw.data());
}

Status KeyReader::finish() const {
  if (pos_ != key_.size()) {
    return fail(CoreErrc::BadStoreKey, what_ + ": too long (" + std::to_string(key_.size()) + " bytes, expected " +
                                           std::to_string(pos_) + ")");
  }
  return {};
}

Bytes encodePartyHeightId(const PartyHeightId& key) {
  return KeyWriter().fixed(key.party).u64(key.height).fixed(key.id).take();
}

Result<PartyHeightId> decodePartyHeightId(ByteView key) {
  KeyReader reader(key, "party/height/id key");
  PartyHeightId out;
  WB_TRY_ASSIGN(party, reader.fixed<32>());
  WB_TRY_ASSIGN(height, reader.u64());
  WB_TRY_ASSIGN(id, reader.fixed<32>());
  WB_TRY(reader.finish());
  out.party = *party;
  out.height = *height;
  out.id = *id;
  return out;
}

Bytes encodeDeadlineId(const DeadlineId& key) { return KeyWriter().u64(key.deadline).fixed(key.id).take(); }

Result<DeadlineId> decodeDeadlineId(ByteView key) {
  KeyReader reader(key, "deadline/id key");
  WB_TRY_ASSIGN(deadline, reader.u64());
  WB_TRY_ASSIGN(id, reader.fixed<32>());
  WB_TRY(reader.finish());
  return DeadlineId{*deadline, *id};
}

}  // namespace wb
