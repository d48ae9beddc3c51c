#include "wallet/pbkdf2.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace wb {

void pbkdf2HmacSha512(ByteView password, ByteView salt, std::uint32_t iterations, std::span<Byte> out) {
  constexpr std::size_t kBlock = crypto_auth_hmacsha512_BYTES;
  // Keying HMAC is the costly part of a one-block message; key once and copy the state.
  crypto_auth_hmacsha512_state keyed;
  crypto_auth_hmacsha512_init(&keyed, password.data(), password.size());

  std::array<Byte, kBlock> u{};
  std::array<Byte, kBlock> t{};
  std::uint32_t blockIndex = 1;
  for (std::size_t done = 0; done < out.size(); done += kBlock, ++blockIndex) {
    const std::array<Byte, 4> indexBe = {static_cast<Byte>(blockIndex >> 24), static_cast<Byte>(blockIndex >> 16),
                                         static_cast<Byte>(blockIndex >> 8), static_cast<Byte>(blockIndex)};
    crypto_auth_hmacsha512_state state = keyed;
    crypto_auth_hmacsha512_update(&state, salt.data(), salt.size());
    crypto_auth_hmacsha512_update(&state, indexBe.data(), indexBe.size());
    crypto_auth_hmacsha512_final(&state, u.data());
    t = u;
    for (std::uint32_t i = 1; i < iterations; ++i) {
      state = keyed;
      crypto_auth_hmacsha512_update(&state, u.data(), u.size());
      crypto_auth_hmacsha512_final(&state, u.data());
      for (std::size_t k = 0; k < kBlock; ++k) t[k] ^= u[k];
    }
    const std::size_t n = std::min(kBlock, out.size() - done);
    std::copy_n(t.begin(), n, out.begin() + static_cast<std::ptrdiff_t>(done));
    sodium_memzero(&state, sizeof state);
  }
  sodium_memzero(&keyed, sizeof keyed);
  sodium_memzero(u.data(), u.size());
  sodium_memzero(t.data(), t.size());
}

}  // namespace wb
