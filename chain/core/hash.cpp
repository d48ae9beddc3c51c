#include "chain/core/hash.h"

#include <array>
#include <cassert>
#include <cstring>

namespace wb {

TaggedHasher::TaggedHasher(std::string_view tag) {
  assert(tag.size() <= crypto_generichash_blake2b_PERSONALBYTES);
  std::array<unsigned char, crypto_generichash_blake2b_PERSONALBYTES> personal{};
  std::memcpy(personal.data(), tag.data(), std::min(tag.size(), personal.size()));
  const std::array<unsigned char, crypto_generichash_blake2b_SALTBYTES> salt{};
  crypto_generichash_blake2b_init_salt_personal(&state_, nullptr, 0, 32, salt.data(), personal.data());
}

TaggedHasher& TaggedHasher::update(ByteView data) {
  crypto_generichash_blake2b_update(&state_, data.data(), data.size());
  return *this;
}

Hash32 TaggedHasher::final() {
  Hash32 out;
  crypto_generichash_blake2b_final(&state_, out.data(), out.size());
  return out;
}

Hash32 taggedHash(std::string_view tag, ByteView data) { return TaggedHasher(tag).update(data).final(); }

}  // namespace wb
