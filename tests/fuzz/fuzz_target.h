// What every fuzz target shares (DESIGN §10). A target is one
// LLVMFuzzerTestOneInput; it is linked either with libFuzzer (clang,
// -DWAYBILL_FUZZ=ON) or with fuzz_driver.cpp, which replays the seed corpus
// and a fixed set of mutations under CTest. A target must never crash on any
// input; a broken property (a round trip that changes bytes, an accepted input
// that re-encodes differently…) stops the process with WB_FUZZ_CHECK, which
// both drivers report as a failure.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "chain/core/bytes.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"

// The entry point libFuzzer (or fuzz_driver.cpp) calls once per input. Returns 0.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// Traps (SIGILL) when `condition` is false: a property of the decoder is broken.
// Not an assert: it stays on in release builds, where the fuzzers run.
#define WB_FUZZ_CHECK(condition)        \
  do {                                  \
    if (!(condition)) __builtin_trap(); \
  } while (false)

namespace wb::fuzz {

// The input as a view (libFuzzer may pass a null pointer with size 0).
inline ByteView inputView(const std::uint8_t* data, std::size_t size) {
  return size == 0 ? ByteView() : ByteView(data, size);
}

// True when `a` and `b` hold the same bytes.
inline bool sameBytes(ByteView a, ByteView b) {
  return a.size() == b.size() && (a.empty() || std::equal(a.begin(), a.end(), b.begin()));
}

// The magic of the frames fuzz_p2p_frame decodes (its seed corpus uses it too).
inline constexpr std::uint32_t kFuzzMagic = 0x57424655;  // "UFBW"

// One secp256k1 context for the whole process, created after initCrypto().
inline const SecpContext& secpContext() {
  struct Crypto {
    bool ready = initCrypto().ok();
    SecpContext ctx;
  };
  static const Crypto crypto;
  WB_FUZZ_CHECK(crypto.ready);
  return crypto.ctx;
}

}  // namespace wb::fuzz
