#include "chain/consensus/uint256.h"

namespace wb {

namespace {

// GCC's 128-bit integer; __extension__ keeps -Wpedantic quiet about it.
__extension__ typedef unsigned __int128 u128;

}  // namespace

U256 U256::fromBigEndian(const Hash32& bytes) {
  U256 out;
  for (unsigned i = 0; i < 32; ++i) {
    const unsigned limb = (31 - i) / 8;
    out.limbs_[limb] = (out.limbs_[limb] << 8) | bytes[i];
  }
  return out;
}

Hash32 U256::toBigEndian() const {
  Hash32 out{};
  for (unsigned i = 0; i < 32; ++i) {
    const unsigned limb = (31 - i) / 8;
    const unsigned shift = 8 * ((31 - i) % 8);
    out[i] = static_cast<Byte>(limbs_[limb] >> shift);
  }
  return out;
}

std::string U256::toHex() const { return wb::toHex(toBigEndian()); }

unsigned U256::bits() const {
  for (int i = 3; i >= 0; --i) {
    if (limbs_[i] != 0) return 64 * static_cast<unsigned>(i) + 64 - static_cast<unsigned>(__builtin_clzll(limbs_[i]));
  }
  return 0;
}

std::strong_ordering operator<=>(const U256& a, const U256& b) {
  for (int i = 3; i >= 0; --i) {
    if (a.limbs_[i] != b.limbs_[i]) return a.limbs_[i] <=> b.limbs_[i];
  }
  return std::strong_ordering::equal;
}

U256 operator+(const U256& a, const U256& b) {
  U256 out;
  u128 carry = 0;
  for (unsigned i = 0; i < 4; ++i) {
    carry += static_cast<u128>(a.limbs_[i]) + b.limbs_[i];
    out.limbs_[i] = static_cast<std::uint64_t>(carry);
    carry >>= 64;
  }
  return out;
}

U256 operator~(const U256& a) {
  U256 out;
  for (unsigned i = 0; i < 4; ++i) out.limbs_[i] = ~a.limbs_[i];
  return out;
}

// Two's complement: a − b = a + ~b + 1 (mod 2^256).
U256 operator-(const U256& a, const U256& b) { return a + ~b + U256(1); }

U256 operator*(const U256& a, const U256& b) {
  U256 out;
  for (unsigned i = 0; i < 4; ++i) {
    u128 carry = 0;
    for (unsigned j = 0; i + j < 4; ++j) {
      carry += static_cast<u128>(a.limbs_[i]) * b.limbs_[j] + out.limbs_[i + j];
      out.limbs_[i + j] = static_cast<std::uint64_t>(carry);
      carry >>= 64;
    }
  }
  return out;
}

U256 U256::mulU64(std::uint64_t m, std::uint64_t& carryOut) const {
  U256 out;
  u128 carry = 0;
  for (unsigned i = 0; i < 4; ++i) {
    carry += static_cast<u128>(limbs_[i]) * m;
    out.limbs_[i] = static_cast<std::uint64_t>(carry);
    carry >>= 64;
  }
  carryOut = static_cast<std::uint64_t>(carry);
  return out;
}

U256 U256::operator<<(unsigned shift) const {
  U256 out;
  if (shift >= 256) return out;
  const unsigned limbShift = shift / 64;
  const unsigned bitShift = shift % 64;
  for (unsigned i = 4; i-- > limbShift;) {  // high limbs first
    std::uint64_t v = limbs_[i - limbShift] << bitShift;
    if (bitShift != 0 && i - limbShift >= 1) v |= limbs_[i - limbShift - 1] >> (64 - bitShift);
    out.limbs_[i] = v;
  }
  return out;
}

U256 U256::operator>>(unsigned shift) const {
  U256 out;
  if (shift >= 256) return out;
  const unsigned limbShift = shift / 64;
  const unsigned bitShift = shift % 64;
  for (unsigned i = 0; i + limbShift < 4; ++i) {
    std::uint64_t v = limbs_[i + limbShift] >> bitShift;
    if (bitShift != 0 && i + limbShift + 1 < 4) v |= limbs_[i + limbShift + 1] << (64 - bitShift);
    out.limbs_[i] = v;
  }
  return out;
}

// Schoolbook binary long division: 256 shift-subtract steps at most. Targets
// and work are computed once per block, so clarity beats speed here.
U256DivMod divMod(const U256& a, const U256& b) {
  if (b.isZero()) return {U256::max(), U256()};
  if (a < b) return {U256(), a};
  U256 quotient;
  U256 remainder;
  for (unsigned i = a.bits(); i-- > 0;) {
    remainder = remainder << 1;
    if (((a >> i).low64() & 1) != 0) remainder = remainder + U256(1);
    if (remainder >= b) {
      remainder = remainder - b;
      quotient = quotient + (U256(1) << i);
    }
  }
  return {quotient, remainder};
}

U256 operator/(const U256& a, const U256& b) { return divMod(a, b).quotient; }
U256 operator%(const U256& a, const U256& b) { return divMod(a, b).remainder; }

std::optional<U256> checkedAdd(const U256& a, const U256& b) {
  const U256 sum = a + b;
  if (sum < a) return std::nullopt;
  return sum;
}

std::optional<U256> checkedMul(const U256& a, const U256& b) {
  if (a.isZero() || b.isZero()) return U256();
  if (a.bits() + b.bits() > 257) return std::nullopt;  // product ≥ 2^(bits−2) ≥ 2^256
  const U256 product = a * b;
  // bits(a)+bits(b) ≤ 257 leaves one ambiguous case; dividing back settles it.
  if (product / b != a) return std::nullopt;
  return product;
}

U256 saturatingAdd(const U256& a, const U256& b) { return checkedAdd(a, b).value_or(U256::max()); }

U256 saturatingMul(const U256& a, const U256& b) { return checkedMul(a, b).value_or(U256::max()); }

}  // namespace wb
