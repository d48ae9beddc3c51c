// Tagged BLAKE2b-256 (DESIGN §2): H(tag, bytes) uses the tag as libsodium's
// 16-byte `personal` parameter with a zero salt, so hashes of different kinds
// (txid, header, signature message…) can never collide with each other.
#pragma once

#include <sodium.h>

#include <string_view>

#include "chain/core/bytes.h"

namespace wb {

// The tags of DESIGN §2. A tag is at most 16 bytes; shorter tags are zero-padded.
namespace tag {
inline constexpr std::string_view kTxid = "wb.txid";
inline constexpr std::string_view kWtx = "wb.wtx";
inline constexpr std::string_view kSig = "wb.sig";
inline constexpr std::string_view kMerkle = "wb.merkle";
inline constexpr std::string_view kHeader = "wb.header";
inline constexpr std::string_view kKernel = "wb.kernel";
inline constexpr std::string_view kModifier = "wb.modifier";
inline constexpr std::string_view kRound = "wb.round";
inline constexpr std::string_view kP2p = "wb.p2p";
inline constexpr std::string_view kGenesis = "wb.genesis";
inline constexpr std::string_view kMemo = "wb.memo";
inline constexpr std::string_view kSmtKey = "wb.smtkey";
inline constexpr std::string_view kSmtLeaf = "wb.smtleaf";
inline constexpr std::string_view kSmtValue = "wb.smtval";
inline constexpr std::string_view kSmtNode = "wb.smtnode";
}  // namespace tag

// Incremental tagged hash: construct with a tag, update() any number of times,
// then final() once.
class TaggedHasher {
public:
  // `tag` must be at most 16 bytes (all tags above are).
  explicit TaggedHasher(std::string_view tag);
  TaggedHasher& update(ByteView data);
  // Returns the 32-byte digest; the hasher must not be used afterwards.
  Hash32 final();

private:
  crypto_generichash_blake2b_state state_;
};

// One-shot H(tag, data).
Hash32 taggedHash(std::string_view tag, ByteView data);

}  // namespace wb
