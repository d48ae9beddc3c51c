// Transactions (DESIGN §3): the data types. Encoding lives in tx_codec.h,
// hashing and signatures in tx_sign.h, the state-free rules in tx_check.h.
//
//   tx = version u8 (1) | kind u8 | sender 32 | nonce u64 | fee u64 | payload | sig 64
//
// Field encodings (decided here, fixed by consensus):
//   - memo (TRANSFER), item (ORDER_CREATE), reason (ORDER_CANCEL/DISPUTE) and the
//     delegate name are UTF-8 text: `u32 length + bytes`, checked for valid UTF-8.
//   - note (ORDER_CREATE) and tracking (ORDER_SHIP) are opaque bytes, `u32 length
//     + bytes`: the wallet puts a format byte first (0 = plain, 1 = encrypted to
//     the counterparty) and nodes only store and relay them, so the consensus
//     layer never looks inside. Empty means "none".
//   - VOTE is `count u8 + count × 32` with no length prefix.
//   - Keys and order ids are 32 raw bytes; an all-zero arbiter means "none".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/ids.h"

namespace wb {

inline constexpr std::uint8_t kTxVersion = 1;

// Per-field maxima, in bytes (DESIGN §3).
inline constexpr std::uint32_t kMaxMemoBytes = 256;
inline constexpr std::uint32_t kMaxItemBytes = 200;
inline constexpr std::uint32_t kMaxNoteBytes = 1024;
inline constexpr std::uint32_t kMaxTrackingBytes = 1024;
inline constexpr std::uint32_t kMaxReasonBytes = 256;
inline constexpr std::uint32_t kMinDelegateNameBytes = 3;
inline constexpr std::uint32_t kMaxDelegateNameBytes = 20;
inline constexpr std::uint32_t kMaxVoteCount = 255;  // the u8 count's range

enum class TxKind : std::uint8_t {
  Transfer = 1,
  OrderCreate = 2,
  OrderPay = 3,
  OrderShip = 4,
  OrderConfirm = 5,
  OrderCancel = 6,
  OrderDispute = 7,
  OrderResolve = 8,
  Stake = 9,
  Unstake = 10,
  RegisterDelegate = 11,
  Vote = 12,
};
// The kinds are 1 … kLastTxKind, without gaps.
inline constexpr TxKind kLastTxKind = TxKind::Vote;

// Stable lower-case name of a kind ("transfer", "order_create"…), for logs, RPC and UI.
std::string_view txKindName(TxKind kind);

struct TransferPayload {
  AccountKey to{};
  Amount amount = 0;
  std::string memo;  // UTF-8, ≤ kMaxMemoBytes
  bool operator==(const TransferPayload&) const = default;
};

struct OrderCreatePayload {
  AccountKey merchant{};
  AccountKey buyer{};
  AccountKey arbiter{};  // all zero = no arbiter
  std::string item;      // UTF-8, ≤ kMaxItemBytes
  std::uint32_t quantity = 0;
  Amount unitPrice = 0;
  std::uint32_t payWindow = 0;  // blocks
  std::uint32_t shipWindow = 0;
  std::uint32_t confirmWindow = 0;
  Bytes note;  // opaque (format byte first), ≤ kMaxNoteBytes
  bool operator==(const OrderCreatePayload&) const = default;
};

struct OrderPayPayload {
  OrderId order{};
  Amount amount = 0;  // must equal unit_price × quantity: the payer signs what it pays
  bool operator==(const OrderPayPayload&) const = default;
};

struct OrderShipPayload {
  OrderId order{};
  Bytes tracking;  // opaque (format byte first), ≤ kMaxTrackingBytes
  bool operator==(const OrderShipPayload&) const = default;
};

struct OrderConfirmPayload {
  OrderId order{};
  bool operator==(const OrderConfirmPayload&) const = default;
};

struct OrderCancelPayload {
  OrderId order{};
  std::string reason;  // UTF-8, ≤ kMaxReasonBytes
  bool operator==(const OrderCancelPayload&) const = default;
};

struct OrderDisputePayload {
  OrderId order{};
  std::string reason;  // UTF-8, ≤ kMaxReasonBytes
  bool operator==(const OrderDisputePayload&) const = default;
};

struct OrderResolvePayload {
  OrderId order{};
  Amount toPayer = 0;  // the rest of the escrow goes to the merchant
  bool operator==(const OrderResolvePayload&) const = default;
};

struct StakePayload {
  Amount amount = 0;
  bool operator==(const StakePayload&) const = default;
};

struct UnstakePayload {
  Amount amount = 0;
  bool operator==(const UnstakePayload&) const = default;
};

struct RegisterDelegatePayload {
  std::string name;  // 3–20 of [a-z0-9_-] (checked by checkTxStateless)
  bool operator==(const RegisterDelegatePayload&) const = default;
};

struct VotePayload {
  // ≤ max_votes by rule (checkTxStateless). The wire count is a u8: the encoder
  // writes only the first kMaxVoteCount keys of a longer list.
  std::vector<AccountKey> delegates;
  bool operator==(const VotePayload&) const = default;
};

// Alternative i is the payload of kind i + 1, so the kind can never disagree with
// the payload (see Tx::kind()). The order is therefore part of the format.
using TxPayload = std::variant<TransferPayload, OrderCreatePayload, OrderPayPayload, OrderShipPayload,
                               OrderConfirmPayload, OrderCancelPayload, OrderDisputePayload, OrderResolvePayload,
                               StakePayload, UnstakePayload, RegisterDelegatePayload, VotePayload>;

// A transaction. The version is not stored: only kTxVersion exists, the codec
// writes it and rejects anything else.
struct Tx {
  AccountKey sender{};
  std::uint64_t nonce = 0;  // the sender's current nonce
  Amount fee = 0;           // to the block producer
  TxPayload payload;
  Sig64 sig{};  // BIP340 by `sender` over txSigHash (tx_sign.h); zero until signed

  TxKind kind() const { return static_cast<TxKind>(payload.index() + 1); }
  bool operator==(const Tx&) const = default;
};

// Encoded sizes: everything but the payload, and the extremes of a whole tx.
inline constexpr std::size_t kTxFixedBytes = 1 + 1 + 32 + 8 + 8 + 64;
inline constexpr std::size_t kMinTxBytes = kTxFixedBytes + 1;                       // VOTE with no delegates
inline constexpr std::size_t kMaxTxBytes = kTxFixedBytes + 1 + kMaxVoteCount * 32;  // VOTE is the largest

}  // namespace wb
