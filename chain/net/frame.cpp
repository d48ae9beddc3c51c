#include "chain/net/frame.h"

#include <algorithm>

#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "chain/net/net_errc.h"

namespace wb::net {
namespace {

std::uint32_t readLe32(const Byte* p) {
  return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

}  // namespace

std::uint32_t networkMagic(const Hash32& genesisHash) { return readLe32(genesisHash.data()); }

std::uint32_t payloadChecksum(ByteView payload) { return readLe32(taggedHash(tag::kP2p, payload).data()); }

Bytes encodeFrame(std::uint32_t magic, std::uint8_t type, ByteView payload) {
  Writer out;
  out.u32(magic).u8(type).u32(static_cast<std::uint32_t>(payload.size())).fixed(payload).u32(payloadChecksum(payload));
  return std::move(out).take();
}

void FrameDecoder::feed(ByteView data) {
  if (failed_) return;
  // Compact lazily so feeding byte by byte stays linear.
  if (start_ > 0 && start_ >= buffer_.size() / 2) {
    buffer_.erase(buffer_.begin(), buffer_.begin() + static_cast<std::ptrdiff_t>(start_));
    start_ = 0;
  }
  buffer_.insert(buffer_.end(), data.begin(), data.end());
}

Result<std::optional<Frame>> FrameDecoder::next() {
  if (failed_) return *failed_;
  const std::size_t available = buffer_.size() - start_;
  const Byte* p = buffer_.data() + start_;
  // Check the magic as soon as its 4 bytes are here, so junk fails fast.
  if (available >= 4 && readLe32(p) != magic_) {
    failed_ = fail(NetErrc::BadMagic, "frame magic " + toHex(ByteView(p, 4)) + " is not this network's");
    return *failed_;
  }
  if (available < kFrameHeaderBytes) return std::optional<Frame>();
  const std::uint32_t length = readLe32(p + 5);
  if (length > maxPayload_) {
    failed_ = fail(NetErrc::FrameTooLarge, "frame announces " + std::to_string(length) + " payload bytes, at most " +
                                               std::to_string(maxPayload_) + " are allowed");
    return *failed_;
  }
  const std::size_t total = kFrameHeaderBytes + length + kFrameTrailerBytes;
  if (available < total) return std::optional<Frame>();
  Frame frame;
  frame.type = p[4];
  frame.payload.assign(p + kFrameHeaderBytes, p + kFrameHeaderBytes + length);
  if (readLe32(p + kFrameHeaderBytes + length) != payloadChecksum(frame.payload)) {
    failed_ = fail(NetErrc::BadChecksum, "frame checksum does not match its payload");
    return *failed_;
  }
  start_ += total;
  if (start_ == buffer_.size()) {
    buffer_.clear();
    start_ = 0;
  }
  return std::optional<Frame>(std::move(frame));
}

}  // namespace wb::net
