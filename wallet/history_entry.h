// One line of the wallet's history (DESIGN §6): what happened to one of the wallet's
// accounts in one transaction or block event, and what it did to its balance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/tx.h"

namespace wb {

// The transaction kinds (the same values as TxKind, taken from it) and the events
// that move coins without a transaction of their own.
enum class EntryKind : std::uint8_t {
  Transfer = static_cast<std::uint8_t>(TxKind::Transfer),
  OrderCreate = static_cast<std::uint8_t>(TxKind::OrderCreate),
  OrderPay = static_cast<std::uint8_t>(TxKind::OrderPay),
  OrderShip = static_cast<std::uint8_t>(TxKind::OrderShip),
  OrderConfirm = static_cast<std::uint8_t>(TxKind::OrderConfirm),
  OrderCancel = static_cast<std::uint8_t>(TxKind::OrderCancel),
  OrderDispute = static_cast<std::uint8_t>(TxKind::OrderDispute),
  OrderResolve = static_cast<std::uint8_t>(TxKind::OrderResolve),
  Stake = static_cast<std::uint8_t>(TxKind::Stake),
  Unstake = static_cast<std::uint8_t>(TxKind::Unstake),
  RegisterDelegate = static_cast<std::uint8_t>(TxKind::RegisterDelegate),
  Vote = static_cast<std::uint8_t>(TxKind::Vote),
  BlockReward = 32,    // the block reward plus the block's fees, to its producer
  OrderTimeout = 33,   // a deadline moved an order on: expiry, refund, auto-confirm, dispute split
  StakeReleased = 34,  // unbonded coins back in the balance
};
// A new TxKind needs its EntryKind above, below the block events.
static_assert(static_cast<std::uint8_t>(kLastTxKind) == static_cast<std::uint8_t>(EntryKind::Vote));
static_assert(static_cast<std::uint8_t>(kLastTxKind) < static_cast<std::uint8_t>(EntryKind::BlockReward));

// The entry kind of a transaction kind (the same value, see above).
inline EntryKind entryKindOf(TxKind kind) { return static_cast<EntryKind>(kind); }

// Stable lower-case name ("transfer", …, "block_reward", "order_timeout", "stake_released").
std::string_view entryKindName(EntryKind kind);

// In: another account's transaction or a block event; Out: the account sent it to
// someone else; Self: the account sent it and nobody else is involved (a transfer to
// itself, stake, unstake, delegate registration, vote).
enum class Direction : std::uint8_t { In = 1, Out = 2, Self = 3 };

// "in", "out", "self".
std::string_view directionName(Direction direction);

// The parts the account played, as bit flags (several at once are possible).
namespace role {
inline constexpr std::uint16_t kSender = 1 << 0;
inline constexpr std::uint16_t kRecipient = 1 << 1;  // of a TRANSFER
inline constexpr std::uint16_t kBuyer = 1 << 2;
inline constexpr std::uint16_t kMerchant = 1 << 3;
inline constexpr std::uint16_t kArbiter = 1 << 4;
inline constexpr std::uint16_t kPayer = 1 << 5;
inline constexpr std::uint16_t kDelegate = 1 << 6;  // registered, or named in a VOTE
inline constexpr std::uint16_t kProducer = 1 << 7;
}  // namespace role

// A balance change: `units` base units up (negative = false) or down. Kept as a
// magnitude and a sign so every u64 effect is representable.
struct SignedAmount {
  Amount units = 0;
  bool negative = false;

  // credit − debit, never overflowing.
  static SignedAmount net(Amount credit, Amount debit) {
    return credit >= debit ? SignedAmount{credit - debit, false} : SignedAmount{debit - credit, true};
  }
  bool operator==(const SignedAmount&) const = default;
};

// "+12.5", "-0.001", "0" (WBL, see formatAmount).
std::string formatSignedAmount(const SignedAmount& amount);

// Where an entry sits: entries are ordered by block height, then by their position
// among that block's entries (deadline events first, then transactions in block
// order, then the producer's reward), the order in which the ledger applied them.
// The same chain always gives the same positions, so cursors survive a rescan.
struct HistoryCursor {
  std::uint64_t height = 0;
  std::uint32_t ordinal = 0;
  auto operator<=>(const HistoryCursor&) const = default;
};

struct HistoryEntry {
  HistoryCursor position;
  std::uint64_t height = 0;
  std::uint64_t time = 0;  // the block's time, unix seconds
  Hash32 txid{};           // zero for block events
  EntryKind kind = EntryKind::Transfer;
  Direction direction = Direction::In;
  std::uint16_t roles = 0;    // role::k… flags
  AccountKey account{};       // which of the wallet's accounts
  AccountKey counterparty{};  // zero when there is none, or it is unknown
  // The effect on the account's balance, fee included. Coins that leave the balance
  // for stake or escrow count as spent; an order's payout counts when it arrives.
  // Payouts of orders created before the scan began are unknown and not counted.
  SignedAmount amount;
  Amount fee = 0;                // paid by this account (the sender), else 0
  std::optional<OrderId> order;  // for order kinds and order timeouts
  std::string item;              // the order's item, when the order is known
  std::string memo;              // transfer memo, cancel/dispute reason or delegate name
  // Decrypted (or plain) note of ORDER_CREATE / tracking of ORDER_SHIP.
  std::optional<std::string> noteText;
  // The note's wire bytes while this account cannot read them yet (locked wallet).
  Bytes sealedNote;
  AccountKey noteSender{};     // who wrote the note (to open it later)
  AccountKey noteRecipient{};  // the sender's two-party counterparty (format 1)

  bool operator==(const HistoryEntry&) const = default;
};

}  // namespace wb
