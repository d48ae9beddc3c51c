// An unsigned 256-bit integer for targets, work and kernel comparisons.
//
// Byte order: a Hash32 is read as a BIG-endian number (most significant byte
// first, as hashes and targets are written in hex). So "hash ≤ target" compares
// U256::fromBigEndian(hash) with the target.
//
// Overflow: the operators + - * << wrap modulo 2^256 like built-in unsigned
// integers; the checked*/saturating* helpers report or clamp instead. Shifts by
// 256 or more give zero. Division by zero is a caller error and yields
// U256::max() (never a crash) so that a bad input cannot bring the node down.
#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

#include "chain/core/bytes.h"

namespace wb {

class U256 {
public:
  constexpr U256() = default;
  constexpr explicit U256(std::uint64_t value) : limbs_{value, 0, 0, 0} {}

  // The largest value, 2^256 − 1.
  static constexpr U256 max() {
    U256 out;
    out.limbs_ = {~0ULL, ~0ULL, ~0ULL, ~0ULL};
    return out;
  }
  // Reads 32 bytes as a big-endian number.
  static U256 fromBigEndian(const Hash32& bytes);
  // Writes the number as 32 big-endian bytes.
  Hash32 toBigEndian() const;
  // Lower-case hex of the 32 big-endian bytes (64 digits).
  std::string toHex() const;

  bool isZero() const { return (limbs_[0] | limbs_[1] | limbs_[2] | limbs_[3]) == 0; }
  // Number of significant bits (0 for zero, 256 for values ≥ 2^255).
  unsigned bits() const;
  // The lowest 64 bits.
  std::uint64_t low64() const { return limbs_[0]; }
  // Limb `i` (0 = least significant 64 bits).
  std::uint64_t limb(unsigned i) const { return limbs_[i]; }

  friend bool operator==(const U256&, const U256&) = default;
  friend std::strong_ordering operator<=>(const U256& a, const U256& b);

  // Wrapping arithmetic (mod 2^256).
  friend U256 operator+(const U256& a, const U256& b);
  friend U256 operator-(const U256& a, const U256& b);
  friend U256 operator*(const U256& a, const U256& b);
  friend U256 operator~(const U256& a);
  U256 operator<<(unsigned shift) const;
  U256 operator>>(unsigned shift) const;
  // Quotient and remainder; see the header comment for division by zero.
  friend U256 operator/(const U256& a, const U256& b);
  friend U256 operator%(const U256& a, const U256& b);

  // a × m as a 320-bit number: the low 256 bits, and the high 64 bits in `carry`.
  U256 mulU64(std::uint64_t m, std::uint64_t& carry) const;

private:
  std::array<std::uint64_t, 4> limbs_{};  // little-endian limbs
};

// Quotient and remainder of a / b in one pass; b == 0 gives {max, 0}.
struct U256DivMod {
  U256 quotient;
  U256 remainder;
};
U256DivMod divMod(const U256& a, const U256& b);

// a + b, or nullopt when the sum does not fit in 256 bits.
std::optional<U256> checkedAdd(const U256& a, const U256& b);
// a × b, or nullopt when the product does not fit in 256 bits.
std::optional<U256> checkedMul(const U256& a, const U256& b);
// a + b clamped to U256::max().
U256 saturatingAdd(const U256& a, const U256& b);
// a × b clamped to U256::max().
U256 saturatingMul(const U256& a, const U256& b);

}  // namespace wb
