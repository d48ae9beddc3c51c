#include "chain/core/tx_check.h"

#include <algorithm>
#include <vector>

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"

namespace wb {

namespace {

Status requirePositiveAmount(Amount amount, TxKind kind) {
  if (amount == 0) {
    return fail(CoreErrc::TxAmountZero,
                "the amount of a " + std::string(txKindName(kind)) + " must be at least 1 unit");
  }
  return {};
}

Status checkOrderWindow(std::string_view name, std::uint32_t blocks, std::uint32_t maxBlocks) {
  if (blocks == 0 || blocks > maxBlocks) {
    return fail(CoreErrc::TxWindowOutOfRange, "the " + std::string(name) + " window is " + std::to_string(blocks) +
                                                  " blocks; it must be between 1 and " + std::to_string(maxBlocks));
  }
  return {};
}

Status checkOrderCreate(const Tx& tx, const OrderCreatePayload& p, const ChainParams& params) {
  if (p.quantity == 0) return fail(CoreErrc::TxQuantityZero, "an order's quantity must be at least 1");
  if (p.unitPrice == 0) return fail(CoreErrc::TxUnitPriceZero, "an order's unit price must be at least 1 unit");
  if (!checkedMul(p.unitPrice, p.quantity)) {
    return fail(CoreErrc::TxOrderTotalOverflow, "unit price × quantity is larger than any amount can be");
  }
  if (p.item.empty()) return fail(CoreErrc::TxItemEmpty, "an order must say what is sold (the item is empty)");
  if (isZero(p.merchant) || isZero(p.buyer)) {
    return fail(CoreErrc::TxMissingParty, "an order needs both a merchant and a buyer");
  }
  if (p.merchant == p.buyer) return fail(CoreErrc::TxMerchantIsBuyer, "the merchant and the buyer must be different");
  if (!isZero(p.arbiter) && (p.arbiter == p.merchant || p.arbiter == p.buyer)) {
    return fail(CoreErrc::TxArbiterIsParty, "the arbiter must be neither the merchant nor the buyer");
  }
  if (tx.sender != p.merchant && tx.sender != p.buyer) {
    return fail(CoreErrc::TxSenderNotOrderParty, "only the merchant or the buyer may create an order");
  }
  WB_TRY(checkOrderWindow("pay", p.payWindow, params.maxWindows.pay));
  WB_TRY(checkOrderWindow("ship", p.shipWindow, params.maxWindows.ship));
  WB_TRY(checkOrderWindow("confirm", p.confirmWindow, params.maxWindows.confirm));
  return {};
}

Status checkVote(const VotePayload& p, const ChainParams& params) {
  if (p.delegates.size() > params.maxVotes) {
    return fail(CoreErrc::TxTooManyVotes, "a vote names " + std::to_string(p.delegates.size()) +
                                              " delegates; at most " + std::to_string(params.maxVotes) +
                                              " are allowed");
  }
  std::vector<AccountKey> sorted = p.delegates;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    return fail(CoreErrc::TxDuplicateVote, "a vote names the same delegate more than once");
  }
  return {};
}

Status checkPayload(const Tx& tx, const ChainParams& params) {
  const TxKind kind = tx.kind();
  switch (kind) {
    case TxKind::Transfer:
      return requirePositiveAmount(std::get<TransferPayload>(tx.payload).amount, kind);
    case TxKind::OrderCreate:
      return checkOrderCreate(tx, std::get<OrderCreatePayload>(tx.payload), params);
    case TxKind::OrderPay:
      return requirePositiveAmount(std::get<OrderPayPayload>(tx.payload).amount, kind);
    case TxKind::Stake:
      return requirePositiveAmount(std::get<StakePayload>(tx.payload).amount, kind);
    case TxKind::Unstake:
      return requirePositiveAmount(std::get<UnstakePayload>(tx.payload).amount, kind);
    case TxKind::RegisterDelegate:
      if (!isValidDelegateName(std::get<RegisterDelegatePayload>(tx.payload).name)) {
        return fail(CoreErrc::TxBadDelegateName, "a delegate name must be 3-20 characters of a-z, 0-9, '_' and '-'");
      }
      return {};
    case TxKind::Vote:
      return checkVote(std::get<VotePayload>(tx.payload), params);
    // Nothing state-free to check: the order id, tracking, reason and to_payer
    // are judged against the order itself.
    case TxKind::OrderShip:
    case TxKind::OrderConfirm:
    case TxKind::OrderCancel:
    case TxKind::OrderDispute:
    case TxKind::OrderResolve:
      return {};
  }
  return {};
}

}  // namespace

bool isValidDelegateName(std::string_view name) {
  if (name.size() < kMinDelegateNameBytes || name.size() > kMaxDelegateNameBytes) return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
}

Result<Amount> minimumFee(std::size_t encodedSize, const ChainParams& params) {
  return checkedMul(params.minFeePerByte, encodedSize);
}

Status checkTxStateless(const Tx& tx, const ChainParams& params, std::size_t encodedSize) {
  WB_TRY(checkPayload(tx, params));
  const auto required = minimumFee(encodedSize, params);
  if (!required) {
    return fail(CoreErrc::TxFeeTooLow, "the fee rate times the transaction's size overflows; no fee can cover it");
  }
  if (tx.fee < *required) {
    return fail(CoreErrc::TxFeeTooLow, "the fee is " + formatAmount(tx.fee) + " WBL; this " +
                                           std::to_string(encodedSize) + "-byte transaction needs at least " +
                                           formatAmount(*required) + " WBL");
  }
  return {};
}

Status checkTxStateless(const Tx& tx, const ChainParams& params) {
  return checkTxStateless(tx, params, encodedTxSize(tx));
}

}  // namespace wb
