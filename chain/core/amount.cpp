#include "chain/core/amount.h"

#include "chain/core/core_errc.h"

namespace wb {

Result<Amount> parseAmount(std::string_view text) {
  if (text.empty()) return fail(CoreErrc::AmountEmpty, "the amount is empty");
  if (text.front() == '-') return fail(CoreErrc::AmountNegative, "the amount must not be negative");
  Amount whole = 0;
  Amount fraction = 0;
  int decimals = 0;
  bool seenPoint = false;
  bool seenDigit = false;
  for (char c : text) {
    if (c == '.') {
      if (seenPoint) return fail(CoreErrc::AmountSyntax, "the amount has more than one decimal point");
      seenPoint = true;
      continue;
    }
    if (c < '0' || c > '9') {
      return fail(CoreErrc::AmountSyntax, "the amount may contain only digits and one decimal point");
    }
    seenDigit = true;
    const Amount digit = static_cast<Amount>(c - '0');
    if (seenPoint) {
      if (++decimals > kCoinDecimals) {
        return fail(CoreErrc::AmountTooManyDecimals, "the amount has more than 8 decimal places");
      }
      fraction = fraction * 10 + digit;
    } else {
      auto scaled = checkedMul(whole, 10);
      auto next = scaled ? checkedAdd(*scaled, digit) : scaled;
      if (!next) return fail(CoreErrc::AmountOverflow, "the amount is too large");
      whole = *next;
    }
  }
  if (!seenDigit) return fail(CoreErrc::AmountSyntax, "the amount has no digits");
  for (int i = decimals; i < kCoinDecimals; ++i) fraction *= 10;
  auto units = checkedMul(whole, kCoin);
  if (units) units = checkedAdd(*units, fraction);
  if (!units) return fail(CoreErrc::AmountOverflow, "the amount is too large");
  return *units;
}

std::string formatAmountFixed(Amount units) {
  std::string fraction = std::to_string(units % kCoin);
  fraction.insert(0, static_cast<std::size_t>(kCoinDecimals) - fraction.size(), '0');
  return std::to_string(units / kCoin) + "." + fraction;
}

std::string formatAmount(Amount units) {
  std::string out = formatAmountFixed(units);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

Result<Amount> checkedAdd(Amount a, Amount b) {
  Amount out;
  if (__builtin_add_overflow(a, b, &out)) return fail(CoreErrc::AmountOverflow, "amount overflow");
  return out;
}

Result<Amount> checkedSub(Amount a, Amount b) {
  if (b > a) return fail(CoreErrc::AmountOverflow, "amount underflow");
  return a - b;
}

Result<Amount> checkedMul(Amount a, std::uint64_t b) {
  Amount out;
  if (__builtin_mul_overflow(a, b, &out)) return fail(CoreErrc::AmountOverflow, "amount overflow");
  return out;
}

}  // namespace wb
