#include "chain/state/records.h"

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"

namespace wb::state {
namespace {

// Lots per account are bounded by what fits in one record; far above real use.
constexpr std::uint32_t kMaxLots = 100'000;

void writeLots(Writer& w, const std::vector<StakeLot>& lots) {
  w.u32(static_cast<std::uint32_t>(lots.size()));
  for (const StakeLot& lot : lots) w.u64(lot.height).u64(lot.amount);
}

Result<std::vector<StakeLot>> readLots(Reader& r, std::string_view field) {
  WB_TRY_ASSIGN(count, r.u32(field));
  if (*count > kMaxLots || *count > r.remaining() / 16) {
    return fail(CoreErrc::DecodeFieldTooLong, std::string(field) + " lists too many lots");
  }
  std::vector<StakeLot> lots(*count);
  for (StakeLot& lot : lots) {
    WB_TRY_ASSIGN(height, r.u64(field));
    WB_TRY_ASSIGN(amount, r.u64(field));
    lot = {*height, *amount};
  }
  return lots;
}

Amount sumLots(const std::vector<StakeLot>& lots) {
  Amount total = 0;
  for (const StakeLot& lot : lots) total += lot.amount;
  return total;
}

// Every read of a record field fails the same way; this keeps decoders flat.
// The read value names `out`'s type explicitly (bytes become an OrderId or AccountKey here).
template <class T, class Out>
bool take(Result<T> r, Out& out, Error& error) {
  if (!r) {
    error = r.error();
    return false;
  }
  out = Out(std::move(*r));
  return true;
}

}  // namespace

Amount Account::pendingStakeTotal() const { return sumLots(pendingStake); }
Amount Account::unbondingTotal() const { return sumLots(unbonding); }

std::string_view orderStatusName(OrderStatus status) {
  switch (status) {
    case OrderStatus::Created:
      return "CREATED";
    case OrderStatus::Paid:
      return "PAID";
    case OrderStatus::Shipped:
      return "SHIPPED";
    case OrderStatus::Completed:
      return "COMPLETED";
    case OrderStatus::Cancelled:
      return "CANCELLED";
    case OrderStatus::Refunded:
      return "REFUNDED";
    case OrderStatus::Disputed:
      return "DISPUTED";
    case OrderStatus::Resolved:
      return "RESOLVED";
    case OrderStatus::Expired:
      return "EXPIRED";
  }
  return "UNKNOWN";
}

bool isFinal(OrderStatus status) {
  switch (status) {
    case OrderStatus::Created:
    case OrderStatus::Paid:
    case OrderStatus::Shipped:
    case OrderStatus::Disputed:
      return false;
    default:
      return true;
  }
}

Bytes encodeAccount(const Account& a) {
  Writer w;
  w.u64(a.balance).u64(a.nonce).u64(a.matureStake);
  writeLots(w, a.pendingStake);
  writeLots(w, a.unbonding);
  return std::move(w).take();
}

Result<Account> decodeAccount(ByteView encoded) {
  Reader r(encoded);
  Account a;
  Error e;
  if (!take(r.u64("balance"), a.balance, e) || !take(r.u64("nonce"), a.nonce, e) ||
      !take(r.u64("mature stake"), a.matureStake, e) || !take(readLots(r, "pending stake"), a.pendingStake, e) ||
      !take(readLots(r, "unbonding"), a.unbonding, e)) {
    return e;
  }
  WB_TRY(r.finish());
  return a;
}

Bytes encodeOrder(const Order& o) {
  Writer w;
  w.fixed(o.id).fixed(o.creator).fixed(o.merchant).fixed(o.buyer).fixed(o.arbiter).var(o.item).u32(o.quantity);
  w.u64(o.unitPrice).u32(o.windows.pay).u32(o.windows.ship).u32(o.windows.confirm).var(o.note).var(o.tracking);
  w.var(o.reason).u8(static_cast<std::uint8_t>(o.status)).fixed(o.payer).u64(o.escrow).u64(o.releasedToMerchant);
  w.u64(o.returnedToPayer).u64(o.deadline).u64(o.createdHeight).u64(o.paidHeight).u64(o.shippedHeight);
  w.u64(o.disputedHeight).u64(o.closedHeight);
  return std::move(w).take();
}

Result<Order> decodeOrder(ByteView encoded) {
  Reader r(encoded);
  Order o;
  Error e;
  std::uint8_t status = 0;
  if (!take(r.fixed<32>("id"), o.id, e) || !take(r.fixed<32>("creator"), o.creator, e) ||
      !take(r.fixed<32>("merchant"), o.merchant, e) || !take(r.fixed<32>("buyer"), o.buyer, e) ||
      !take(r.fixed<32>("arbiter"), o.arbiter, e) || !take(r.text("item", kMaxItemBytes), o.item, e) ||
      !take(r.u32("quantity"), o.quantity, e) || !take(r.u64("unit price"), o.unitPrice, e) ||
      !take(r.u32("pay window"), o.windows.pay, e) || !take(r.u32("ship window"), o.windows.ship, e) ||
      !take(r.u32("confirm window"), o.windows.confirm, e) || !take(r.var("note", kMaxNoteBytes), o.note, e) ||
      !take(r.var("tracking", kMaxTrackingBytes), o.tracking, e) ||
      !take(r.text("reason", kMaxReasonBytes), o.reason, e) || !take(r.u8("status"), status, e) ||
      !take(r.fixed<32>("payer"), o.payer, e) || !take(r.u64("escrow"), o.escrow, e) ||
      !take(r.u64("released"), o.releasedToMerchant, e) || !take(r.u64("returned"), o.returnedToPayer, e) ||
      !take(r.u64("deadline"), o.deadline, e) || !take(r.u64("created"), o.createdHeight, e) ||
      !take(r.u64("paid"), o.paidHeight, e) || !take(r.u64("shipped"), o.shippedHeight, e) ||
      !take(r.u64("disputed"), o.disputedHeight, e) || !take(r.u64("closed"), o.closedHeight, e)) {
    return e;
  }
  if (status < 1 || status > 9) return fail(CoreErrc::DecodeBadValue, "unknown order status " + std::to_string(status));
  o.status = static_cast<OrderStatus>(status);
  WB_TRY(r.finish());
  return o;
}

Bytes encodeDelegate(const Delegate& d) {
  Writer w;
  w.var(d.name).u64(d.votes).u64(d.registeredHeight).u64(d.produced).u64(d.missed);
  return std::move(w).take();
}

Result<Delegate> decodeDelegate(ByteView encoded) {
  Reader r(encoded);
  Delegate d;
  Error e;
  if (!take(r.text("name", kMaxDelegateNameBytes), d.name, e) || !take(r.u64("votes"), d.votes, e) ||
      !take(r.u64("registered"), d.registeredHeight, e) || !take(r.u64("produced"), d.produced, e) ||
      !take(r.u64("missed"), d.missed, e)) {
    return e;
  }
  WB_TRY(r.finish());
  return d;
}

Bytes encodeVotes(const std::vector<AccountKey>& delegates) {
  Writer w;
  w.u8(static_cast<std::uint8_t>(delegates.size()));
  for (const AccountKey& key : delegates) w.fixed(key);
  return std::move(w).take();
}

Result<std::vector<AccountKey>> decodeVotes(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(count, r.u8("vote count"));
  std::vector<AccountKey> keys(*count);
  for (AccountKey& key : keys) {
    WB_TRY_ASSIGN(k, r.fixed<32>("vote"));
    key = AccountKey{*k};
  }
  WB_TRY(r.finish());
  return keys;
}

Bytes encodeTotals(const Totals& t) {
  Writer w;
  w.u64(t.minted).u64(t.burned).u64(t.delegates);
  return std::move(w).take();
}

Result<Totals> decodeTotals(ByteView encoded) {
  Reader r(encoded);
  Totals t;
  Error e;
  if (!take(r.u64("minted"), t.minted, e) || !take(r.u64("burned"), t.burned, e) ||
      !take(r.u64("delegates"), t.delegates, e)) {
    return e;
  }
  WB_TRY(r.finish());
  return t;
}

}  // namespace wb::state
