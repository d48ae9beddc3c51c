#include "wallet/ripemd160.h"

#include <nettle/ripemd160.h>
#include <sodium.h>

namespace wb {

Hash20 ripemd160(ByteView data) {
  ripemd160_ctx ctx;
  ripemd160_init(&ctx);
  ripemd160_update(&ctx, data.size(), data.data());
  Hash20 out;
  static_assert(sizeof(out) == RIPEMD160_DIGEST_SIZE);
  ripemd160_digest(&ctx, out.size(), out.data());
  return out;
}

Hash20 hash160(ByteView data) {
  std::array<Byte, crypto_hash_sha256_BYTES> sha;
  crypto_hash_sha256(sha.data(), data.data(), data.size());
  return ripemd160(sha);
}

}  // namespace wb
