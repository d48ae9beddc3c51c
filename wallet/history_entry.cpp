#include "wallet/history_entry.h"

namespace wb {

std::string_view entryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::BlockReward:
      return "block_reward";
    case EntryKind::OrderTimeout:
      return "order_timeout";
    case EntryKind::StakeReleased:
      return "stake_released";
    default:
      break;
  }
  const auto value = static_cast<std::uint8_t>(kind);
  if (value >= 1 && value <= static_cast<std::uint8_t>(kLastTxKind)) return txKindName(static_cast<TxKind>(value));
  return "unknown";
}

std::string_view directionName(Direction direction) {
  switch (direction) {
    case Direction::In:
      return "in";
    case Direction::Out:
      return "out";
    case Direction::Self:
      return "self";
  }
  return "unknown";
}

std::string formatSignedAmount(const SignedAmount& amount) {
  if (amount.units == 0) return "0";
  return (amount.negative ? "-" : "+") + formatAmount(amount.units);
}

}  // namespace wb
