#include "chain/core/tx_codec.h"

#include <algorithm>
#include <type_traits>
#include <utility>

#include "chain/core/core_errc.h"

namespace wb {

namespace {

// ---- payload writers, one per kind, in the field order of DESIGN §3 ----

void writePayload(Writer& w, const TransferPayload& p) { w.fixed(p.to).u64(p.amount).var(p.memo); }

void writePayload(Writer& w, const OrderCreatePayload& p) {
  w.fixed(p.merchant).fixed(p.buyer).fixed(p.arbiter).var(p.item);
  w.u32(p.quantity).u64(p.unitPrice).u32(p.payWindow).u32(p.shipWindow).u32(p.confirmWindow).var(p.note);
}

void writePayload(Writer& w, const OrderPayPayload& p) { w.fixed(p.order).u64(p.amount); }
void writePayload(Writer& w, const OrderShipPayload& p) { w.fixed(p.order).var(p.tracking); }
void writePayload(Writer& w, const OrderConfirmPayload& p) { w.fixed(p.order); }
void writePayload(Writer& w, const OrderCancelPayload& p) { w.fixed(p.order).var(p.reason); }
void writePayload(Writer& w, const OrderDisputePayload& p) { w.fixed(p.order).var(p.reason); }
void writePayload(Writer& w, const OrderResolvePayload& p) { w.fixed(p.order).u64(p.toPayer); }
void writePayload(Writer& w, const StakePayload& p) { w.u64(p.amount); }
void writePayload(Writer& w, const UnstakePayload& p) { w.u64(p.amount); }
void writePayload(Writer& w, const RegisterDelegatePayload& p) { w.var(p.name); }

void writePayload(Writer& w, const VotePayload& p) {
  // The wire count is a u8. A longer list (which checkTxStateless rejects anyway)
  // is cut to its first kMaxVoteCount keys so the output always decodes.
  const std::size_t count = std::min<std::size_t>(p.delegates.size(), kMaxVoteCount);
  w.u8(static_cast<std::uint8_t>(count));
  for (std::size_t i = 0; i < count; ++i) w.fixed(p.delegates[i]);
}

// ---- payload readers ----

// Moves a successful read into its field, or returns its error from the caller.
#define WB_READ_INTO(target, expr)                                          \
  do {                                                                      \
    auto wb_read_ = (expr);                                                 \
    if (!wb_read_) return wb_read_.error();                                 \
    (target) = std::remove_cvref_t<decltype(target)>(std::move(*wb_read_)); \
  } while (false)

template <class P>
struct PayloadTag {};

Result<TransferPayload> readPayload(Reader& r, PayloadTag<TransferPayload>) {
  TransferPayload p;
  WB_READ_INTO(p.to, r.fixed<32>("to"));
  WB_READ_INTO(p.amount, r.u64("amount"));
  WB_READ_INTO(p.memo, r.text("memo", kMaxMemoBytes));
  return p;
}

Result<OrderCreatePayload> readPayload(Reader& r, PayloadTag<OrderCreatePayload>) {
  OrderCreatePayload p;
  WB_READ_INTO(p.merchant, r.fixed<32>("merchant"));
  WB_READ_INTO(p.buyer, r.fixed<32>("buyer"));
  WB_READ_INTO(p.arbiter, r.fixed<32>("arbiter"));
  WB_READ_INTO(p.item, r.text("item", kMaxItemBytes));
  WB_READ_INTO(p.quantity, r.u32("quantity"));
  WB_READ_INTO(p.unitPrice, r.u64("unit_price"));
  WB_READ_INTO(p.payWindow, r.u32("pay_window"));
  WB_READ_INTO(p.shipWindow, r.u32("ship_window"));
  WB_READ_INTO(p.confirmWindow, r.u32("confirm_window"));
  WB_READ_INTO(p.note, r.var("note", kMaxNoteBytes));
  return p;
}

Result<OrderPayPayload> readPayload(Reader& r, PayloadTag<OrderPayPayload>) {
  OrderPayPayload p;
  WB_READ_INTO(p.order, r.fixed<32>("order"));
  WB_READ_INTO(p.amount, r.u64("amount"));
  return p;
}

Result<OrderShipPayload> readPayload(Reader& r, PayloadTag<OrderShipPayload>) {
  OrderShipPayload p;
  WB_READ_INTO(p.order, r.fixed<32>("order"));
  WB_READ_INTO(p.tracking, r.var("tracking", kMaxTrackingBytes));
  return p;
}

Result<OrderConfirmPayload> readPayload(Reader& r, PayloadTag<OrderConfirmPayload>) {
  OrderConfirmPayload p;
  WB_READ_INTO(p.order, r.fixed<32>("order"));
  return p;
}

// CANCEL and DISPUTE share their layout: an order and a reason.
template <class P>
Result<P> readOrderWithReason(Reader& r) {
  P p;
  WB_READ_INTO(p.order, r.fixed<32>("order"));
  WB_READ_INTO(p.reason, r.text("reason", kMaxReasonBytes));
  return p;
}
Result<OrderCancelPayload> readPayload(Reader& r, PayloadTag<OrderCancelPayload>) {
  return readOrderWithReason<OrderCancelPayload>(r);
}
Result<OrderDisputePayload> readPayload(Reader& r, PayloadTag<OrderDisputePayload>) {
  return readOrderWithReason<OrderDisputePayload>(r);
}

Result<OrderResolvePayload> readPayload(Reader& r, PayloadTag<OrderResolvePayload>) {
  OrderResolvePayload p;
  WB_READ_INTO(p.order, r.fixed<32>("order"));
  WB_READ_INTO(p.toPayer, r.u64("to_payer"));
  return p;
}

// STAKE and UNSTAKE share their layout: one amount.
template <class P>
Result<P> readAmountOnly(Reader& r) {
  P p;
  WB_READ_INTO(p.amount, r.u64("amount"));
  return p;
}
Result<StakePayload> readPayload(Reader& r, PayloadTag<StakePayload>) { return readAmountOnly<StakePayload>(r); }
Result<UnstakePayload> readPayload(Reader& r, PayloadTag<UnstakePayload>) { return readAmountOnly<UnstakePayload>(r); }

Result<RegisterDelegatePayload> readPayload(Reader& r, PayloadTag<RegisterDelegatePayload>) {
  RegisterDelegatePayload p;
  WB_READ_INTO(p.name, r.text("name", kMaxDelegateNameBytes));
  return p;
}

Result<VotePayload> readPayload(Reader& r, PayloadTag<VotePayload>) {
  WB_TRY_ASSIGN(count, r.u8("vote count"));
  VotePayload p;
  // Check the data is there before allocating for it (a hostile count costs nothing).
  if (r.remaining() < std::size_t{*count} * 32) {
    return fail(CoreErrc::DecodeShortInput, "vote names " + std::to_string(*count) + " delegates but only " +
                                                std::to_string(r.remaining()) + " bytes follow");
  }
  p.delegates.resize(*count);
  for (AccountKey& key : p.delegates) WB_READ_INTO(key, r.fixed<32>("delegate"));
  return p;
}

// Reads the payload alternative whose index is `index` (kind − 1).
template <std::size_t I = 0>
Result<TxPayload> readPayloadAt(Reader& r, std::size_t index) {
  if constexpr (I < std::variant_size_v<TxPayload>) {
    if (index != I) return readPayloadAt<I + 1>(r, index);
    using P = std::variant_alternative_t<I, TxPayload>;
    WB_TRY_ASSIGN(payload, readPayload(r, PayloadTag<P>{}));
    return TxPayload(std::in_place_index<I>, std::move(*payload));
  } else {
    return fail(CoreErrc::TxUnknownKind, "unknown transaction kind " + std::to_string(index + 1));
  }
}

}  // namespace

void writeTxUnsigned(Writer& out, const Tx& tx) {
  out.u8(kTxVersion).u8(static_cast<std::uint8_t>(tx.kind())).fixed(tx.sender).u64(tx.nonce).u64(tx.fee);
  std::visit([&out](const auto& payload) { writePayload(out, payload); }, tx.payload);
}

void writeTx(Writer& out, const Tx& tx) {
  writeTxUnsigned(out, tx);
  out.fixed(tx.sig);
}

Bytes encodeTx(const Tx& tx) {
  Writer w;
  writeTx(w, tx);
  return std::move(w).take();
}

Bytes encodeTxUnsigned(const Tx& tx) {
  Writer w;
  writeTxUnsigned(w, tx);
  return std::move(w).take();
}

std::size_t encodedTxSize(const Tx& tx) { return encodeTx(tx).size(); }

Result<Tx> readTx(Reader& in) {
  WB_TRY_ASSIGN(version, in.u8("version"));
  if (*version != kTxVersion) {
    return fail(CoreErrc::TxBadVersion, "transaction version " + std::to_string(*version) + " is not supported (only " +
                                            std::to_string(kTxVersion) + ")");
  }
  WB_TRY_ASSIGN(kind, in.u8("kind"));
  if (*kind == 0 || *kind > std::variant_size_v<TxPayload>) {
    return fail(CoreErrc::TxUnknownKind, "unknown transaction kind " + std::to_string(*kind));
  }
  Tx tx;
  WB_READ_INTO(tx.sender, in.fixed<32>("sender"));
  WB_READ_INTO(tx.nonce, in.u64("nonce"));
  WB_READ_INTO(tx.fee, in.u64("fee"));
  WB_READ_INTO(tx.payload, readPayloadAt(in, std::size_t{*kind} - 1));
  WB_READ_INTO(tx.sig, in.fixed<64>("sig"));
  return tx;
}

Result<Tx> decodeTx(ByteView encoded) {
  Reader in(encoded);
  WB_TRY_ASSIGN(tx, readTx(in));
  WB_TRY(in.finish());
  return tx;
}

#undef WB_READ_INTO

}  // namespace wb
