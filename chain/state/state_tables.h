// Typed access to the state tables: records in, records out, and the two indexes
// (orders by party, deadlines) kept beside them. A stored record that does not
// decode is reported as StateErrc::Corrupt, never trusted.
#pragma once

#include <optional>
#include <vector>

#include "chain/state/kv_store.h"
#include "chain/state/records.h"

namespace wb::state {

// A party's relation to an order, for "orders by party" listings.
enum class PartyRole : std::uint8_t { Any = 0, Buyer = 1, Merchant = 2, Arbiter = 3, Payer = 4 };

// What a deadline entry refers to. Within one height, orders go first.
enum class DeadlineKind : std::uint8_t { Order = 0, StakeMaturity = 1, UnbondingRelease = 2 };

// The key of the one record of Table::Totals.
ByteView totalsKey();

// One entry of the deadline index: at the start of block `height`, act on `id`
// (an order id, or the account whose lots mature / are released).
struct Deadline {
  std::uint64_t height = 0;
  DeadlineKind kind = DeadlineKind::Order;
  Hash32 id{};
  bool operator==(const Deadline&) const = default;
};

Bytes encodeDeadlineKey(const Deadline& deadline);
[[nodiscard]] Result<Deadline> decodeDeadlineKey(ByteView key);

// party ‖ role ‖ created height ‖ order id: a party's orders in one role, oldest
// first in byte order, so listings walk it backwards to show the newest first.
Bytes encodePartyKey(const AccountKey& party, PartyRole role, std::uint64_t createdHeight, const OrderId& id);

// Read-only typed access (RPC, GUI models and audits read through this).
class StateView {
public:
  explicit StateView(const KvReader& kv) : reader_(kv) {}

  // An account; one never seen is all zero.
  [[nodiscard]] Result<Account> account(const AccountKey& key) const;
  [[nodiscard]] Result<std::optional<Order>> order(const OrderId& id) const;
  [[nodiscard]] Result<std::optional<Delegate>> delegate(const AccountKey& key) const;
  [[nodiscard]] Result<std::optional<AccountKey>> delegateByName(std::string_view name) const;
  // The delegates `voter` votes for (empty when none).
  [[nodiscard]] Result<std::vector<AccountKey>> votes(const AccountKey& voter) const;
  [[nodiscard]] Result<Totals> totals() const;
  // The earliest deadline entry, if any.
  [[nodiscard]] Result<std::optional<Deadline>> firstDeadline() const;

  const KvReader& reader() const { return reader_; }

private:
  const KvReader& reader_;
};

// Read and write typed access, used by the state machine.
class StateTables : public StateView {
public:
  explicit StateTables(KvStore& kv) : StateView(kv), kv_(kv) {}

  [[nodiscard]] Status putAccount(const AccountKey& key, const Account& account);
  [[nodiscard]] Status putOrder(const Order& order);
  // Lists `order` under `party` for `role` and for PartyRole::Any.
  [[nodiscard]] Status indexOrderParty(const AccountKey& party, PartyRole role, const Order& order);
  [[nodiscard]] Status putDelegate(const AccountKey& key, const Delegate& delegate);
  [[nodiscard]] Status putDelegateName(std::string_view name, const AccountKey& key);
  [[nodiscard]] Status putVotes(const AccountKey& voter, const std::vector<AccountKey>& delegates);
  [[nodiscard]] Status putTotals(const Totals& totals);
  [[nodiscard]] Status addDeadline(const Deadline& deadline);
  [[nodiscard]] Status removeDeadline(const Deadline& deadline);

  KvStore& kv() { return kv_; }

private:
  KvStore& kv_;
};

}  // namespace wb::state
