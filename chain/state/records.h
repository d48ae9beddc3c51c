// The records of the ledger state (DESIGN §3) and their canonical encodings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb::state {

// Coins that change state at a height: pending stake maturing, or unbonding
// coins returning to the balance.
struct StakeLot {
  std::uint64_t height = 0;  // the height at whose start the lot matures / is released
  Amount amount = 0;
  bool operator==(const StakeLot&) const = default;
};

struct Account {
  Amount balance = 0;
  std::uint64_t nonce = 0;  // the nonce its next transaction must carry
  Amount matureStake = 0;
  std::vector<StakeLot> pendingStake;  // oldest first
  std::vector<StakeLot> unbonding;     // oldest first

  Amount pendingStakeTotal() const;
  Amount unbondingTotal() const;
  // Pending + mature: the weight its votes carry.
  Amount stakeTotal() const { return pendingStakeTotal() + matureStake; }
  bool operator==(const Account&) const = default;
};

enum class OrderStatus : std::uint8_t {
  Created = 1,
  Paid = 2,
  Shipped = 3,
  Completed = 4,
  Cancelled = 5,
  Refunded = 6,
  Disputed = 7,
  Resolved = 8,
  Expired = 9,
};

// "CREATED", "PAID"… as people and the RPC read them.
std::string_view orderStatusName(OrderStatus status);
// True for states no transaction or deadline can leave.
bool isFinal(OrderStatus status);

struct Order {
  OrderId id{};
  AccountKey creator{};  // who sent ORDER_CREATE (the merchant or the buyer)
  AccountKey merchant{};
  AccountKey buyer{};
  AccountKey arbiter{};  // zero = none
  std::string item;
  std::uint32_t quantity = 0;
  Amount unitPrice = 0;
  OrderWindows windows;
  Bytes note;          // opaque, as sent
  Bytes tracking;      // opaque, set by ORDER_SHIP
  std::string reason;  // the last cancel or dispute reason
  OrderStatus status = OrderStatus::Created;
  AccountKey payer{};  // zero until paid
  Amount escrow = 0;   // held by the ledger while PAID, SHIPPED or DISPUTED
  Amount releasedToMerchant = 0;
  Amount returnedToPayer = 0;
  std::uint64_t deadline = 0;  // 0 = none (final states)
  std::uint64_t createdHeight = 0;
  std::uint64_t paidHeight = 0;
  std::uint64_t shippedHeight = 0;
  std::uint64_t disputedHeight = 0;
  std::uint64_t closedHeight = 0;  // when it reached a final state

  // unit_price × quantity (never overflows: checked when the order was created).
  Amount total() const { return unitPrice * quantity; }
  bool hasArbiter() const { return !isZero(arbiter); }
  bool operator==(const Order&) const = default;
};

struct Delegate {
  std::string name;
  Amount votes = 0;  // Σ stake of the accounts voting for it
  std::uint64_t registeredHeight = 0;
  std::uint64_t produced = 0;
  std::uint64_t missed = 0;
  bool operator==(const Delegate&) const = default;
};

// Coins ever created and destroyed, for the supply invariant.
struct Totals {
  Amount minted = 0;  // genesis allocations + block rewards
  Amount burned = 0;  // delegate registration fees
  // Registered delegates (genesis ones included; delegates never leave): the
  // state root commits to it, so a light node can tell a set of proven delegate
  // records is complete (DESIGN §11, a DPoS round's schedule).
  std::uint64_t delegates = 0;
  bool operator==(const Totals&) const = default;
};

Bytes encodeAccount(const Account& account);
[[nodiscard]] Result<Account> decodeAccount(ByteView encoded);
Bytes encodeOrder(const Order& order);
[[nodiscard]] Result<Order> decodeOrder(ByteView encoded);
Bytes encodeDelegate(const Delegate& delegate);
[[nodiscard]] Result<Delegate> decodeDelegate(ByteView encoded);
Bytes encodeVotes(const std::vector<AccountKey>& delegates);
[[nodiscard]] Result<std::vector<AccountKey>> decodeVotes(ByteView encoded);
Bytes encodeTotals(const Totals& totals);
[[nodiscard]] Result<Totals> decodeTotals(ByteView encoded);

}  // namespace wb::state
