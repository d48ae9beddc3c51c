// P2P framing (DESIGN §7):
//
//   magic u32 | type u8 | length u32 | payload (length bytes) | check u32
//
// all little-endian; check = the first 4 bytes of H("wb.p2p", payload) read as a
// little-endian u32; magic = the first 4 bytes of the genesis hash, so nodes of
// different networks never understand each other. A FrameDecoder takes bytes in
// arbitrary chunks (one at a time works) and yields whole frames; it rejects an
// oversize frame from its header alone, before buffering any of the payload.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

#include "chain/core/bytes.h"
#include "chain/core/error.h"

namespace wb::net {

inline constexpr std::size_t kFrameHeaderBytes = 4 + 1 + 4;
inline constexpr std::size_t kFrameTrailerBytes = 4;
inline constexpr std::uint32_t kMaxPayloadBytes = 4 * 1024 * 1024;

// The network's magic: the first 4 bytes of `genesisHash`, little-endian.
std::uint32_t networkMagic(const Hash32& genesisHash);

// The checksum of `payload`: the first 4 bytes of H("wb.p2p", payload), little-endian.
std::uint32_t payloadChecksum(ByteView payload);

struct Frame {
  std::uint8_t type = 0;
  Bytes payload;
  bool operator==(const Frame&) const = default;
};

// The full frame carrying `payload`. The caller keeps payload.size() ≤ kMaxPayloadBytes
// (the message encoders never exceed it).
Bytes encodeFrame(std::uint32_t magic, std::uint8_t type, ByteView payload);

// Incremental decoder for one connection's byte stream. After the first error it
// stays failed (the stream cannot be resynchronised): the caller drops the peer.
class FrameDecoder {
public:
  explicit FrameDecoder(std::uint32_t magic, std::uint32_t maxPayload = kMaxPayloadBytes)
      : magic_(magic), maxPayload_(maxPayload) {}

  // Appends received bytes. Cheap: frames are cut out by next().
  void feed(ByteView data);

  // The next complete frame, nothing if more bytes are needed, or an error:
  // NetErrc::BadMagic, NetErrc::FrameTooLarge (from the header alone) or NetErrc::BadChecksum.
  [[nodiscard]] Result<std::optional<Frame>> next();

  // Bytes held that are not yet part of a returned frame.
  std::size_t buffered() const { return buffer_.size() - start_; }

private:
  std::uint32_t magic_;
  std::uint32_t maxPayload_;
  Bytes buffer_;
  std::size_t start_ = 0;  // first unconsumed byte of buffer_
  std::optional<Error> failed_;
};

}  // namespace wb::net
