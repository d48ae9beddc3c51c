// Building and signing transactions from the keystore's accounts (DESIGN §3, §6).
//
// The caller supplies the nonce (the node knows the next one, counting the sender's
// transactions still in its mempool); the builder sets the fee to the network minimum
// for the transaction's size, minimumFee(encodedTxSize(tx)), plus an optional extra
// (the fee's value never changes the size). Before anything is signed, every field
// limit is checked with a clear error and the transaction must pass checkTxStateless,
// so the wallet never signs what no node accepts. The account's secret key is
// derived once and kept by the keystore in secure memory until it locks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chain/core/params.h"
#include "chain/core/schnorr.h"
#include "chain/core/tx.h"
#include "chain/state/records.h"
#include "wallet/keystore.h"

namespace wb {

// What a new order says. Windows default to the network's defaultWindows.
struct OrderRequest {
  AccountKey merchant{};
  AccountKey buyer{};
  AccountKey arbiter{};  // all zero = no arbiter
  std::string item;
  std::uint32_t quantity = 1;
  Amount unitPrice = 0;
  std::optional<OrderWindows> windows;
  std::string note;    // e.g. the shipping address; empty = no note
  bool sealed = true;  // false = stored in the clear (format 0): anyone can read it
};

class TxBuilder {
public:
  // `ctx`, `params` (genesisHash set) and `keystore` must outlive the builder.
  TxBuilder(const SecpContext& ctx, const ChainParams& params, const Keystore& keystore)
      : ctx_(ctx), params_(params), keystore_(keystore) {}

  // Builds and signs a transaction of any kind from `from` (one of the keystore's
  // accounts) with `nonce` and fee = network minimum + `extraFee`. Note and tracking
  // bytes are taken as given (use orderCreate/orderShip to encrypt them). Fails with
  // WalletErrc::AccountNotFound, WalletErrc::FieldTooLong (memo, item, reason, note or tracking over
  // its maximum), DecodeInvalidUtf8 (text not UTF-8), any checkTxStateless code,
  // AmountOverflow (fee), WalletErrc::Locked (nothing is signed) or a signing error.
  [[nodiscard]] Result<Tx> build(const AccountKey& from, std::uint64_t nonce, TxPayload payload,
                                 Amount extraFee = 0) const;

  // ORDER_CREATE from `from` (the merchant or the buyer) with the note sealed for the
  // buyer, the merchant and the arbiter (format 2), or plain when request.sealed is
  // false. Fails like build(), and with WalletErrc::NoteTooLong when the note does not fit
  // the field after the encryption overhead (see maxOrderTextBytes).
  [[nodiscard]] Result<Tx> orderCreate(const AccountKey& from, std::uint64_t nonce, const OrderRequest& request,
                                       Amount extraFee = 0) const;

  // ORDER_SHIP of `order` (as the ledger holds it) from its merchant `from`, with the
  // tracking text sealed for the buyer, the merchant and the arbiter (empty = none).
  // Fails with WalletErrc::NotOrderParty (not the merchant), StateErrc::OrderWrongState (not PAID),
  // WalletErrc::NoteTooLong, or like build().
  [[nodiscard]] Result<Tx> orderShip(const AccountKey& from, std::uint64_t nonce, const state::Order& order,
                                     std::string_view tracking, Amount extraFee = 0) const;

  // The longest note or tracking text (bytes of UTF-8) a sealed order field can hold:
  // 1024 − sealedNoteOverhead(2 or 3 readers).
  static std::size_t maxOrderTextBytes(bool hasArbiter);

private:
  // Sets the fee, checks the stateless rules and signs with `secret`.
  [[nodiscard]] Result<Tx> finish(Tx tx, const SecureBytes& secret, Amount extraFee) const;
  // The secret key of `from` (kept by the keystore until it locks), or
  // WalletErrc::AccountNotFound / WalletErrc::Locked.
  [[nodiscard]] Result<const SecureBytes*> secretOf(const AccountKey& from) const;
  // Seals `text` for the order's parties (empty text → empty bytes).
  [[nodiscard]] Result<Bytes> sealOrderText(const SecureBytes& secret, const AccountKey& merchant,
                                            const AccountKey& buyer, const AccountKey& arbiter, std::string_view text,
                                            std::string_view field) const;

  const SecpContext& ctx_;
  const ChainParams& params_;
  const Keystore& keystore_;
};

}  // namespace wb
