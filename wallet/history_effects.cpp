#include "wallet/history_effects.h"

#include <algorithm>
#include <limits>

#include "chain/state/order_transition.h"
#include "chain/state/stake_schedule.h"

namespace wb::history_detail {

namespace {

// Valid blocks never overflow a balance; saturate rather than wrap if one ever did.
void add(Amount& total, Amount amount) {
  total = checkedAdd(total, amount).ok() ? total + amount : std::numeric_limits<Amount>::max();
}

const AccountKey kNobody{};

// Adds the order's parties. `actor` (the sender) is everyone's counterparty; for a
// deadline (no actor) each party's natural other side is.
void involveParties(Effects& e, const FollowedOrder& o, const AccountKey* actor) {
  e.involve(o.merchant, role::kMerchant, actor ? *actor : o.buyer);
  e.involve(o.buyer, role::kBuyer, actor ? *actor : o.merchant);
  if (!isZero(o.arbiter)) e.involve(o.arbiter, role::kArbiter, actor ? *actor : o.buyer);
  if (!isZero(o.payer)) e.involve(o.payer, role::kPayer, actor ? *actor : o.merchant);
}

// Moves the followed order by `transition` (the ledger's own, chain/state/order_transition.h)
// and credits its payouts. `actor` as in involveParties.
void advance(Effects& e, FollowedOrder& o, const state::OrderTransition& transition, const AccountKey* actor) {
  if (!isZero(o.payer) && isFinal(transition.after.status)) {  // a paid order closing: its escrow leaves it
    add(e.involve(o.payer, role::kPayer, actor ? *actor : o.merchant).credit, transition.toPayer);
    add(e.involve(o.merchant, role::kMerchant, actor ? *actor : o.buyer).credit, transition.toMerchant);
  }
  o.status = transition.after.status;
  o.escrow = transition.after.escrow;
  o.deadline = transition.after.deadline;
}

// Per-kind attribution. `sender` is the sender's part, already charged the fee.
struct TxScan {
  const Tx& tx;
  const TxId& txid;
  std::uint64_t height;
  const ChainParams& params;
  HistoryTracker& tracker;
  Effects& e;

  PartyEffect& sender(const AccountKey& counterparty) {
    PartyEffect& s = e.involve(tx.sender, role::kSender, counterparty);
    add(s.debit, tx.fee);
    s.fee = tx.fee;
    return s;
  }

  // The followed order `id` (copied: the tracker changes under it), tagging the entry.
  std::optional<FollowedOrder> follow(const OrderId& id) {
    e.order = id;
    const FollowedOrder* o = tracker.order(id);
    if (!o) return std::nullopt;
    e.item = o->item;
    return *o;
  }

  // Records the order's new state and lists its parties.
  void update(const FollowedOrder& o) {
    tracker.putOrder(height, o);
    involveParties(e, o, &tx.sender);
  }

  void operator()(const TransferPayload& p) {
    add(sender(p.to).debit, p.amount);
    add(e.involve(p.to, role::kRecipient, tx.sender).credit, p.amount);
    e.memo = p.memo;
  }

  void operator()(const OrderCreatePayload& p) {
    const AccountKey& other = tx.sender == p.merchant ? p.buyer : p.merchant;
    sender(other);
    const Amount total = checkedMul(p.unitPrice, p.quantity).ok() ? p.unitPrice * p.quantity : 0;
    update(FollowedOrder::created(orderIdOf(txid), tx.sender, p.merchant, p.buyer, p.arbiter, p.item, total,
                                  {p.payWindow, p.shipWindow, p.confirmWindow}, height));
    e.order = orderIdOf(txid);
    e.item = p.item;
    if (!p.note.empty()) {
      e.note = &p.note;
      e.noteSender = tx.sender;
      e.noteRecipient = other;
    }
  }

  void operator()(const OrderPayPayload& p) {
    auto o = follow(p.order);
    PartyEffect& s = sender(o ? o->merchant : kNobody);
    s.roles |= role::kPayer;
    add(s.debit, p.amount);
    if (!o) return;
    o->payer = tx.sender;
    advance(e, *o, state::payTransition(p.amount, height, o->windows), &tx.sender);
    update(*o);
  }

  void operator()(const OrderShipPayload& p) {
    auto o = follow(p.order);
    sender(o ? o->buyer : kNobody);
    if (!p.tracking.empty()) {
      e.note = &p.tracking;
      e.noteSender = tx.sender;
      e.noteRecipient = o ? o->buyer : kNobody;
    }
    if (!o) return;
    advance(e, *o, state::shipTransition(o->stage(), height, o->windows), &tx.sender);
    update(*o);
  }

  void operator()(const OrderConfirmPayload& p) {
    auto o = follow(p.order);
    sender(o ? o->merchant : kNobody);
    if (!o) return;
    advance(e, *o, state::confirmTransition(o->stage()), &tx.sender);
    update(*o);
  }

  void operator()(const OrderCancelPayload& p) {
    auto o = follow(p.order);
    e.memo = p.reason;
    sender(!o ? kNobody : tx.sender == o->merchant ? o->buyer : o->merchant);
    if (!o) return;
    advance(e, *o, state::cancelTransition(o->stage()), &tx.sender);
    update(*o);
  }

  void operator()(const OrderDisputePayload& p) {
    auto o = follow(p.order);
    e.memo = p.reason;
    sender(o ? o->merchant : kNobody);
    if (!o) return;
    advance(e, *o, state::disputeTransition(o->stage(), height, params.disputeWindow), &tx.sender);
    update(*o);
  }

  void operator()(const OrderResolvePayload& p) {
    auto o = follow(p.order);
    sender(o ? o->buyer : kNobody);
    if (!o) return;
    advance(e, *o, state::resolveTransition(o->stage(), p.toPayer), &tx.sender);
    update(*o);
  }

  void operator()(const StakePayload& p) { add(sender(kNobody).debit, p.amount); }

  void operator()(const UnstakePayload& p) {
    sender(kNobody);
    tracker.addRelease(height, state::unbondingReleaseHeight(params, height), tx.sender, p.amount);
  }

  void operator()(const RegisterDelegatePayload& p) {
    PartyEffect& s = sender(kNobody);
    s.roles |= role::kDelegate;
    add(s.debit, params.delegateFee);  // burned
    e.memo = p.name;
  }

  void operator()(const VotePayload& p) {
    sender(kNobody);
    for (const AccountKey& delegate : p.delegates) e.involve(delegate, role::kDelegate, tx.sender);
  }
};

}  // namespace

PartyEffect& Effects::involve(const AccountKey& key, std::uint16_t roles, const AccountKey& counterparty) {
  auto it = std::find_if(parties.begin(), parties.end(), [&](const PartyEffect& p) { return p.key == key; });
  if (it == parties.end()) {
    parties.push_back(PartyEffect{key, 0, 0, 0, 0, counterparty});
    it = parties.end() - 1;
  }
  it->roles |= roles;
  return *it;
}

Effects txEffects(const Tx& tx, const TxId& txid, std::uint64_t height, const ChainParams& params,
                  HistoryTracker& tracker) {
  Effects e;
  e.kind = entryKindOf(tx.kind());
  e.txid = txid;
  std::visit(TxScan{tx, txid, height, params, tracker, e}, tx.payload);
  return e;
}

Effects deadlineEffects(const FollowedOrder& order, std::uint64_t height, HistoryTracker& tracker) {
  Effects e;
  e.kind = EntryKind::OrderTimeout;
  e.order = order.id;
  e.item = order.item;
  FollowedOrder o = order;
  if (auto transition = state::deadlineTransition(o.stage())) {
    advance(e, o, *transition, nullptr);
  } else {  // final orders are never followed; forget it rather than guess
    o.escrow = 0;
    o.deadline = 0;
  }
  e.memo = std::string(state::orderStatusName(o.status));
  tracker.putOrder(height, o);
  involveParties(e, order, nullptr);
  return e;
}

}  // namespace wb::history_detail
