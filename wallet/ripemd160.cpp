#include "wallet/ripemd160.h"

#include <sodium.h>

#include <bit>
#include <cstdint>
#include <cstring>

namespace wb {

namespace {

// Message word order, rotation amounts and constants of the left and right lines.
constexpr std::uint8_t kR[80] = {0, 1, 2,  3,  4,  5,  6,  7,  8, 9, 10, 11, 12, 13, 14, 15, 7,  4,  13, 1,
                                 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8, 3, 10, 14, 4, 9, 15, 8, 1,
                                 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15,
                                 14, 5, 6, 2, 4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13};
constexpr std::uint8_t kRp[80] = {5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7,
                                  0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2, 15, 5, 1, 3, 7, 14, 6, 9,
                                  11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13,
                                  9, 7, 10, 14, 12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11};
constexpr std::uint8_t kS[80] = {11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13,
                                 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12, 11, 13, 6, 7, 14, 9, 13, 15,
                                 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6,
                                 8, 6, 5, 12, 9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6};
constexpr std::uint8_t kSp[80] = {8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7,
                                  12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11, 9, 7, 15, 11, 8, 6, 6, 14,
                                  12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9,
                                  12, 5, 15, 8, 8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11};
constexpr std::uint32_t kK[5] = {0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E};
constexpr std::uint32_t kKp[5] = {0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000};

// The five boolean functions, by round (0–4).
std::uint32_t f(int round, std::uint32_t x, std::uint32_t y, std::uint32_t z) {
  switch (round) {
    case 0: return x ^ y ^ z;
    case 1: return (x & y) | (~x & z);
    case 2: return (x | ~y) ^ z;
    case 3: return (x & z) | (y & ~z);
    default: return x ^ (y | ~z);
  }
}

void compress(std::uint32_t h[5], const Byte block[64]) {
  std::uint32_t x[16];
  for (int i = 0; i < 16; ++i) {
    x[i] = std::uint32_t(block[4 * i]) | std::uint32_t(block[4 * i + 1]) << 8 | std::uint32_t(block[4 * i + 2]) << 16 |
           std::uint32_t(block[4 * i + 3]) << 24;
  }
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  std::uint32_t ap = a, bp = b, cp = c, dp = d, ep = e;
  for (int j = 0; j < 80; ++j) {
    const int round = j / 16;
    std::uint32_t t = std::rotl(a + f(round, b, c, d) + x[kR[j]] + kK[round], kS[j]) + e;
    a = e; e = d; d = std::rotl(c, 10); c = b; b = t;
    t = std::rotl(ap + f(4 - round, bp, cp, dp) + x[kRp[j]] + kKp[round], kSp[j]) + ep;
    ap = ep; ep = dp; dp = std::rotl(cp, 10); cp = bp; bp = t;
  }
  const std::uint32_t t = h[1] + c + dp;
  h[1] = h[2] + d + ep;
  h[2] = h[3] + e + ap;
  h[3] = h[4] + a + bp;
  h[4] = h[0] + b + cp;
  h[0] = t;
}

}  // namespace

Hash20 ripemd160(ByteView data) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::size_t pos = 0;
  for (; pos + 64 <= data.size(); pos += 64) compress(h, data.data() + pos);

  // Padding: 0x80, zeros, then the bit length as a little-endian u64.
  Byte tail[128] = {};
  const std::size_t rest = data.size() - pos;
  if (rest != 0) std::memcpy(tail, data.data() + pos, rest);
  tail[rest] = 0x80;
  const std::size_t tailSize = rest < 56 ? 64 : 128;
  const std::uint64_t bits = std::uint64_t(data.size()) * 8;
  for (int i = 0; i < 8; ++i) tail[tailSize - 8 + i] = static_cast<Byte>(bits >> (8 * i));
  compress(h, tail);
  if (tailSize == 128) compress(h, tail + 64);

  Hash20 out;
  for (int i = 0; i < 5; ++i) {
    for (int k = 0; k < 4; ++k) out[4 * i + k] = static_cast<Byte>(h[i] >> (8 * k));
  }
  return out;
}

Hash20 hash160(ByteView data) {
  std::array<Byte, crypto_hash_sha256_BYTES> sha;
  crypto_hash_sha256(sha.data(), data.data(), data.size());
  return ripemd160(sha);
}

}  // namespace wb
