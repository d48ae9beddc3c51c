#include "wallet/tx_builder.h"

#include <limits>

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/state_errc.h"
#include "wallet/note_crypto.h"
#include "wallet/wallet_errc.h"

namespace wb {

namespace {

// The encoder trusts its caller with field maxima and UTF-8 (the decoder enforces
// them), so the wallet checks them here, before anything is signed.
Status checkText(std::string_view field, std::string_view text, std::size_t maxBytes) {
  if (text.size() > maxBytes) {
    return fail(WalletErrc::FieldTooLong, "the " + std::string(field) + " is " + std::to_string(text.size()) +
                                              " bytes; at most " + std::to_string(maxBytes) + " are allowed");
  }
  if (!isValidUtf8(text)) return fail(CoreErrc::DecodeInvalidUtf8, "the " + std::string(field) + " is not valid UTF-8");
  return {};
}

Status checkOpaque(std::string_view field, const Bytes& bytes, std::size_t maxBytes) {
  if (bytes.size() > maxBytes) {
    return fail(WalletErrc::FieldTooLong, "the " + std::string(field) + " is " + std::to_string(bytes.size()) +
                                              " bytes; at most " + std::to_string(maxBytes) + " are allowed");
  }
  return {};
}

Status checkFields(const TxPayload& payload) {
  return std::visit(
      [](const auto& p) -> Status {
        using P = std::decay_t<decltype(p)>;
        if constexpr (std::is_same_v<P, TransferPayload>)
          return checkText("memo", p.memo, kMaxMemoBytes);
        else if constexpr (std::is_same_v<P, OrderCreatePayload>) {
          WB_TRY(checkText("item", p.item, kMaxItemBytes));
          return checkOpaque("note", p.note, kMaxNoteBytes);
        } else if constexpr (std::is_same_v<P, OrderShipPayload>)
          return checkOpaque("tracking", p.tracking, kMaxTrackingBytes);
        else if constexpr (std::is_same_v<P, OrderCancelPayload> || std::is_same_v<P, OrderDisputePayload>) {
          return checkText("reason", p.reason, kMaxReasonBytes);
        } else if constexpr (std::is_same_v<P, VotePayload>) {
          if (p.delegates.size() > kMaxVoteCount) {
            return fail(CoreErrc::TxTooManyVotes,
                        "a vote can name at most " + std::to_string(kMaxVoteCount) + " delegates");
          }
          return {};
        } else
          return {};  // fixed-size fields only; delegate names are checked by checkTxStateless
      },
      payload);
}

Status checkOrderText(std::string_view field, std::string_view text, bool hasArbiter) {
  const std::size_t limit = TxBuilder::maxOrderTextBytes(hasArbiter);
  if (text.size() > limit) {
    return fail(WalletErrc::NoteTooLong, "the " + std::string(field) + " is " + std::to_string(text.size()) +
                                             " bytes; encrypted, at most " + std::to_string(limit) +
                                             " bytes of text fit in the field");
  }
  if (!isValidUtf8(text)) return fail(CoreErrc::DecodeInvalidUtf8, "the " + std::string(field) + " is not valid UTF-8");
  return {};
}

}  // namespace

std::size_t TxBuilder::maxOrderTextBytes(bool hasArbiter) {
  return kMaxNoteBytes - sealedNoteOverhead(hasArbiter ? 3 : 2);
}

Result<const SecureBytes*> TxBuilder::secretOf(const AccountKey& from) const {
  const auto account = keystore_.findAccount(from);
  if (!account) return fail(WalletErrc::AccountNotFound, "the sender is not an account of this wallet");
  return keystore_.signingKey(ctx_, account->index);
}

Result<Tx> TxBuilder::finish(Tx tx, const SecureBytes& secret, Amount extraFee) const {
  WB_TRY_ASSIGN(minimum, minimumFee(encodedTxSize(tx), params_));
  auto fee = checkedAdd(*minimum, extraFee);
  if (!fee)
    return fail(CoreErrc::AmountOverflow, "the minimum fee plus the extra fee is larger than any amount can be");
  tx.fee = *fee;
  WB_TRY(checkTxStateless(tx, params_));
  WB_TRY(signTx(ctx_, secret, params_.genesisHash, tx));
  return tx;
}

Result<Tx> TxBuilder::build(const AccountKey& from, std::uint64_t nonce, TxPayload payload, Amount extraFee) const {
  WB_TRY(checkFields(payload));
  WB_TRY_ASSIGN(secret, secretOf(from));
  Tx tx;
  tx.sender = from;
  tx.nonce = nonce;
  tx.payload = std::move(payload);
  return finish(std::move(tx), **secret, extraFee);
}

Result<Bytes> TxBuilder::sealOrderText(const SecureBytes& secret, const AccountKey& merchant, const AccountKey& buyer,
                                       const AccountKey& arbiter, std::string_view text, std::string_view field) const {
  if (text.empty()) return Bytes{};
  std::vector<XOnlyKey> readers{buyer, merchant};
  if (!isZero(arbiter)) readers.push_back(arbiter);
  auto sealed = sealNote(ctx_, secret, readers, text);
  if (!sealed) return Error{sealed.code(), "cannot encrypt the " + std::string(field) + ": " + sealed.error().message};
  return sealed;
}

Result<Tx> TxBuilder::orderCreate(const AccountKey& from, std::uint64_t nonce, const OrderRequest& request,
                                  Amount extraFee) const {
  OrderCreatePayload p;
  p.merchant = request.merchant;
  p.buyer = request.buyer;
  p.arbiter = request.arbiter;
  p.item = request.item;
  p.quantity = request.quantity;
  p.unitPrice = request.unitPrice;
  const OrderWindows windows = request.windows.value_or(params_.defaultWindows);
  p.payWindow = windows.pay;
  p.shipWindow = windows.ship;
  p.confirmWindow = windows.confirm;
  if (request.sealed) {
    WB_TRY(checkOrderText("note", request.note, !isZero(request.arbiter)));
  } else if (!request.note.empty()) {
    WB_TRY_ASSIGN(plain, plainNote(request.note));
    p.note = std::move(*plain);
  }
  WB_TRY(checkFields(p));
  Tx tx;
  tx.sender = from;
  tx.nonce = nonce;
  // The payload rules (parties, windows, price) are checked before the secret is
  // fetched, so bad input fails the same way locked or unlocked; the fee is settled
  // by finish(), so the probe carries one no size can exceed.
  tx.payload = p;
  tx.fee = std::numeric_limits<Amount>::max();
  WB_TRY(checkTxStateless(tx, params_));

  WB_TRY_ASSIGN(secret, secretOf(from));
  if (request.sealed) {
    WB_TRY_ASSIGN(note, sealOrderText(**secret, p.merchant, p.buyer, p.arbiter, request.note, "note"));
    p.note = std::move(*note);
  }
  tx.payload = std::move(p);
  return finish(std::move(tx), **secret, extraFee);
}

Result<Tx> TxBuilder::orderShip(const AccountKey& from, std::uint64_t nonce, const state::Order& order,
                                std::string_view tracking, Amount extraFee) const {
  if (from != order.merchant) return fail(WalletErrc::NotOrderParty, "only the order's merchant can ship it");
  if (order.status != state::OrderStatus::Paid) {
    return fail(StateErrc::OrderWrongState, "the order is " + std::string(state::orderStatusName(order.status)) +
                                                "; only PAID orders can be shipped");
  }
  WB_TRY(checkOrderText("tracking", tracking, order.hasArbiter()));
  WB_TRY_ASSIGN(secret, secretOf(from));
  WB_TRY_ASSIGN(sealed, sealOrderText(**secret, order.merchant, order.buyer, order.arbiter, tracking, "tracking"));
  Tx tx;
  tx.sender = from;
  tx.nonce = nonce;
  tx.payload = OrderShipPayload{order.id, std::move(*sealed)};
  return finish(std::move(tx), **secret, extraFee);
}

}  // namespace wb
