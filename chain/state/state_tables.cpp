#include "chain/state/state_tables.h"

#include "chain/core/keys.h"
#include "chain/state/state_errc.h"

namespace wb::state {

ByteView totalsKey() { return asBytes(std::string_view("supply")); }

namespace {

// Decodes a stored record, turning a decode failure into StateErrc::Corrupt.
template <class T>
Result<T> decodeStored(Result<T> decoded, std::string_view what) {
  if (!decoded) {
    return fail(StateErrc::Corrupt, "the stored " + std::string(what) + " is damaged: " + decoded.error().message);
  }
  return decoded;
}

}  // namespace

Bytes encodeDeadlineKey(const Deadline& d) {
  return KeyWriter().u64(d.height).u8(static_cast<std::uint8_t>(d.kind)).fixed(d.id).take();
}

Result<Deadline> decodeDeadlineKey(ByteView key) {
  KeyReader r(key, "deadline key");
  WB_TRY_ASSIGN(height, r.u64());
  WB_TRY_ASSIGN(kind, r.u8());
  WB_TRY_ASSIGN(id, r.fixed<32>());
  WB_TRY(r.finish());
  if (*kind > static_cast<std::uint8_t>(DeadlineKind::UnbondingRelease)) {
    return fail(StateErrc::Corrupt, "deadline entry of unknown kind " + std::to_string(*kind));
  }
  return Deadline{*height, static_cast<DeadlineKind>(*kind), *id};
}

Bytes encodePartyKey(const AccountKey& party, PartyRole role, std::uint64_t createdHeight, const OrderId& id) {
  return KeyWriter().fixed(party).u8(static_cast<std::uint8_t>(role)).u64(createdHeight).fixed(id).take();
}

Result<Account> StateView::account(const AccountKey& key) const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::Accounts, key));
  if (!*raw) return Account{};
  return decodeStored(decodeAccount(**raw), "account");
}

Status StateTables::putAccount(const AccountKey& key, const Account& account) {
  return kv_.put(Table::Accounts, key, encodeAccount(account));
}

Result<std::optional<Order>> StateView::order(const OrderId& id) const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::Orders, id));
  if (!*raw) return std::optional<Order>();
  WB_TRY_ASSIGN(order, decodeStored(decodeOrder(**raw), "order"));
  return std::optional<Order>(std::move(*order));
}

Status StateTables::putOrder(const Order& order) { return kv_.put(Table::Orders, order.id, encodeOrder(order)); }

Status StateTables::indexOrderParty(const AccountKey& party, PartyRole role, const Order& order) {
  WB_TRY(kv_.put(Table::OrdersByParty, encodePartyKey(party, role, order.createdHeight, order.id), {}));
  return kv_.put(Table::OrdersByParty, encodePartyKey(party, PartyRole::Any, order.createdHeight, order.id), {});
}

Result<std::optional<Delegate>> StateView::delegate(const AccountKey& key) const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::Delegates, key));
  if (!*raw) return std::optional<Delegate>();
  WB_TRY_ASSIGN(d, decodeStored(decodeDelegate(**raw), "delegate"));
  return std::optional<Delegate>(std::move(*d));
}

Status StateTables::putDelegate(const AccountKey& key, const Delegate& delegate) {
  return kv_.put(Table::Delegates, key, encodeDelegate(delegate));
}

Result<std::optional<AccountKey>> StateView::delegateByName(std::string_view name) const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::DelegateNames, asBytes(name)));
  if (!*raw) return std::optional<AccountKey>();
  if ((*raw)->size() != 32) return fail(StateErrc::Corrupt, "the stored delegate name entry is damaged");
  AccountKey key;
  std::copy((*raw)->begin(), (*raw)->end(), key.begin());
  return std::optional<AccountKey>(key);
}

Status StateTables::putDelegateName(std::string_view name, const AccountKey& key) {
  return kv_.put(Table::DelegateNames, asBytes(name), key);
}

Result<std::vector<AccountKey>> StateView::votes(const AccountKey& voter) const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::Votes, voter));
  if (!*raw) return std::vector<AccountKey>();
  return decodeStored(decodeVotes(**raw), "vote list");
}

Status StateTables::putVotes(const AccountKey& voter, const std::vector<AccountKey>& delegates) {
  if (delegates.empty()) return kv_.erase(Table::Votes, voter);
  return kv_.put(Table::Votes, voter, encodeVotes(delegates));
}

Result<Totals> StateView::totals() const {
  WB_TRY_ASSIGN(raw, reader_.get(Table::Totals, totalsKey()));
  if (!*raw) return Totals{};
  return decodeStored(decodeTotals(**raw), "supply totals");
}

Status StateTables::putTotals(const Totals& totals) {
  return kv_.put(Table::Totals, totalsKey(), encodeTotals(totals));
}

Status StateTables::addDeadline(const Deadline& deadline) {
  return kv_.put(Table::Deadlines, encodeDeadlineKey(deadline), {});
}

Status StateTables::removeDeadline(const Deadline& deadline) {
  return kv_.erase(Table::Deadlines, encodeDeadlineKey(deadline));
}

Result<std::optional<Deadline>> StateView::firstDeadline() const {
  WB_TRY_ASSIGN(first, reader_.lowerBound(Table::Deadlines, {}));
  if (!*first) return std::optional<Deadline>();
  WB_TRY_ASSIGN(d, decodeStored(decodeDeadlineKey((*first)->first), "deadline entry"));
  return std::optional<Deadline>(*d);
}

}  // namespace wb::state
