// fuzz_p2p_frame: bytes from a peer (DESIGN §7). The first input byte picks
// the mode, the rest is the data:
//   even: one message payload, the second byte its type → decodeMessage;
//   odd:  a byte stream cut into chunks of (first byte >> 1) + 1 bytes and fed
//         to a FrameDecoder, each frame's payload then → decodeMessage.
// Messages mode reaches the decoders without forging BLAKE2b checksums; stream
// mode covers the framing. Accepted messages and frames must re-encode to the
// exact bytes they came from, and errors must carry a message.
#include <algorithm>

#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "chain/net/net_errc.h"
#include "tests/fuzz/fuzz_target.h"

using namespace wb;
using namespace wb::net;

namespace {

void checkMessage(std::uint8_t type, ByteView payload) {
  const auto message = decodeMessage(type, payload);
  if (!message) {
    WB_FUZZ_CHECK(!message.error().message.empty());
    return;
  }
  WB_FUZZ_CHECK(static_cast<std::uint8_t>(messageType(*message)) == type);
  WB_FUZZ_CHECK(!messageTypeName(messageType(*message)).empty());
  WB_FUZZ_CHECK(fuzz::sameBytes(encodePayload(*message), payload));
  if (const auto* block = std::get_if<BlockMsg>(&*message)) {
    WB_FUZZ_CHECK(block->header == decodeHeader(payload.first(kHeaderBytes)).value());
  }
}

void checkStream(std::size_t chunk, ByteView stream) {
  FrameDecoder decoder(fuzz::kFuzzMagic);
  std::size_t fed = 0;
  std::size_t consumed = 0;  // bytes of the stream returned as frames
  while (true) {
    const auto frame = decoder.next();
    if (!frame) {
      const ErrorCode code = frame.code();
      WB_FUZZ_CHECK(code == NetErrc::BadMagic || code == NetErrc::FrameTooLarge || code == NetErrc::BadChecksum);
      WB_FUZZ_CHECK(!frame.error().message.empty());
      // The decoder stays failed: a broken stream cannot be resynchronised.
      WB_FUZZ_CHECK(decoder.next().code() == code);
      return;
    }
    if (frame->has_value()) {
      const Frame& f = **frame;
      const Bytes encoded = encodeFrame(fuzz::kFuzzMagic, f.type, f.payload);
      WB_FUZZ_CHECK(encoded.size() <= fed - consumed);
      WB_FUZZ_CHECK(fuzz::sameBytes(encoded, stream.subspan(consumed, encoded.size())));
      consumed += encoded.size();
      WB_FUZZ_CHECK(decoder.buffered() == fed - consumed);
      checkMessage(f.type, f.payload);
      continue;
    }
    WB_FUZZ_CHECK(decoder.buffered() == fed - consumed);
    if (fed == stream.size()) return;
    const std::size_t n = std::min(chunk, stream.size() - fed);
    decoder.feed(stream.subspan(fed, n));
    fed += n;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView input = fuzz::inputView(data, size);
  if (input.empty()) return 0;
  const std::uint8_t mode = input[0];
  if (mode % 2 == 0) {
    if (input.size() >= 2) checkMessage(input[1], input.subspan(2));
  } else {
    checkStream(std::size_t(mode >> 1) + 1, input.subspan(1));
  }
  return 0;
}
