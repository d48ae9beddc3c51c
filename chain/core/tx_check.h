// The transaction rules that need no ledger state (DESIGN §3): checked once when a
// tx enters the mempool or a block, before any state is read. Rules that need
// state (nonce, balance, order status, registered delegates…) live in chain/state.
#pragma once

#include <cstddef>
#include <string_view>

#include "chain/core/params.h"
#include "chain/core/tx.h"

namespace wb {

// True when `name` is a valid delegate name: 3–20 characters of [a-z0-9_-].
bool isValidDelegateName(std::string_view name);

// The smallest fee a transaction of `encodedSize` bytes may pay:
// min_fee_per_byte × encodedSize. Fails with AmountOverflow when that is not
// representable (no such transaction can ever pay enough). A tx's size does not
// depend on its fee value, so wallets may set fee = minimumFee(encodedTxSize(tx)).
[[nodiscard]] Result<Amount> minimumFee(std::size_t encodedSize, const ChainParams& params);

// Checks every state-free rule, in this order:
//   amounts of TRANSFER, ORDER_PAY, STAKE, UNSTAKE ≥ 1            → TxAmountZero
//   ORDER_CREATE: quantity ≥ 1                                   → TxQuantityZero
//                 unit_price ≥ 1                                 → TxUnitPriceZero
//                 unit_price × quantity fits in u64              → TxOrderTotalOverflow
//                 item not empty                                 → TxItemEmpty
//                 merchant and buyer not zero                    → TxMissingParty
//                 merchant ≠ buyer                               → TxMerchantIsBuyer
//                 arbiter (if not zero) is neither               → TxArbiterIsParty
//                 sender is the merchant or the buyer            → TxSenderNotOrderParty
//                 each window in 1..its max_window               → TxWindowOutOfRange
//   REGISTER_DELEGATE: name of 3–20 [a-z0-9_-]                   → TxBadDelegateName
//   VOTE: at most max_votes delegates                            → TxTooManyVotes
//         no delegate twice                                      → TxDuplicateVote
//   fee ≥ min_fee_per_byte × encoded size (overflow-checked)     → TxFeeTooLow
// The signature is not checked here (see verifyTxSignature). Encodes `tx` once to
// learn its size.
[[nodiscard]] Status checkTxStateless(const Tx& tx, const ChainParams& params);

// Same, with the encoded size already known (e.g. the wire bytes' length).
[[nodiscard]] Status checkTxStateless(const Tx& tx, const ChainParams& params, std::size_t encodedSize);

}  // namespace wb
