// Money (DESIGN §2): uint64 base units, 1 WBL = 100,000,000 units. Parsing and
// formatting are exact decimal; every arithmetic step is overflow-checked.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chain/core/error.h"

namespace wb {

using Amount = std::uint64_t;

inline constexpr Amount kCoin = 100'000'000;
inline constexpr int kCoinDecimals = 8;

// Parses a decimal WBL amount such as "12.5", "0.00000001" or "1000".
// Accepts digits with at most one '.', at most 8 decimals, no sign, no spaces,
// no exponent. Fails with AmountEmpty, AmountSyntax, AmountNegative,
// AmountTooManyDecimals or AmountOverflow.
[[nodiscard]] Result<Amount> parseAmount(std::string_view text);

// Formats base units as WBL with no trailing zeros ("12.5", "1000", "0.00000001").
std::string formatAmount(Amount units);

// Formats base units as WBL with exactly 8 decimals ("12.50000000").
std::string formatAmountFixed(Amount units);

// a + b, or AmountOverflow.
[[nodiscard]] Result<Amount> checkedAdd(Amount a, Amount b);
// a - b, or AmountOverflow when b > a (an underflow is an overflow of the unsigned range).
[[nodiscard]] Result<Amount> checkedSub(Amount a, Amount b);
// a × b, or AmountOverflow.
[[nodiscard]] Result<Amount> checkedMul(Amount a, std::uint64_t b);

}  // namespace wb
