#include "chain/core/core_errc.h"

namespace wb {

namespace {

std::string_view coreCodeName(std::uint16_t value) {
  switch (static_cast<CoreErrc>(value)) {
    case CoreErrc::DecodeShortInput:
      return "decode.short_input";
    case CoreErrc::DecodeTrailingBytes:
      return "decode.trailing_bytes";
    case CoreErrc::DecodeFieldTooLong:
      return "decode.field_too_long";
    case CoreErrc::DecodeInvalidUtf8:
      return "decode.invalid_utf8";
    case CoreErrc::DecodeBadValue:
      return "decode.bad_value";
    case CoreErrc::DecodeBadHex:
      return "decode.bad_hex";
    case CoreErrc::AmountEmpty:
      return "amount.empty";
    case CoreErrc::AmountSyntax:
      return "amount.syntax";
    case CoreErrc::AmountNegative:
      return "amount.negative";
    case CoreErrc::AmountTooManyDecimals:
      return "amount.too_many_decimals";
    case CoreErrc::AmountOverflow:
      return "amount.overflow";
    case CoreErrc::AmountZero:
      return "amount.zero";
    case CoreErrc::AddressSyntax:
      return "address.syntax";
    case CoreErrc::AddressChecksum:
      return "address.checksum";
    case CoreErrc::AddressWrongHrp:
      return "address.wrong_network";
    case CoreErrc::AddressWrongLength:
      return "address.wrong_length";
    case CoreErrc::AddressWrongVariant:
      return "address.not_bech32m";
    case CoreErrc::CryptoInit:
      return "crypto.init";
    case CoreErrc::CryptoBadSecretKey:
      return "crypto.bad_secret_key";
    case CoreErrc::CryptoBadPublicKey:
      return "crypto.bad_public_key";
    case CoreErrc::CryptoSignFailed:
      return "crypto.sign_failed";
    case CoreErrc::CryptoBadSignature:
      return "crypto.bad_signature";
    case CoreErrc::CryptoOutOfMemory:
      return "crypto.out_of_memory";
    case CoreErrc::CryptoDecryptFailed:
      return "crypto.decrypt_failed";
    case CoreErrc::TxBadVersion:
      return "tx.bad_version";
    case CoreErrc::TxUnknownKind:
      return "tx.unknown_kind";
    case CoreErrc::TxAmountZero:
      return "tx.amount_zero";
    case CoreErrc::TxQuantityZero:
      return "tx.quantity_zero";
    case CoreErrc::TxUnitPriceZero:
      return "tx.unit_price_zero";
    case CoreErrc::TxOrderTotalOverflow:
      return "tx.order_total_overflow";
    case CoreErrc::TxWindowOutOfRange:
      return "tx.window_out_of_range";
    case CoreErrc::TxMerchantIsBuyer:
      return "tx.merchant_is_buyer";
    case CoreErrc::TxArbiterIsParty:
      return "tx.arbiter_is_party";
    case CoreErrc::TxSenderNotOrderParty:
      return "tx.sender_not_order_party";
    case CoreErrc::TxMissingParty:
      return "tx.missing_party";
    case CoreErrc::TxItemEmpty:
      return "tx.item_empty";
    case CoreErrc::TxBadDelegateName:
      return "tx.bad_delegate_name";
    case CoreErrc::TxTooManyVotes:
      return "tx.too_many_votes";
    case CoreErrc::TxDuplicateVote:
      return "tx.duplicate_vote";
    case CoreErrc::TxFeeTooLow:
      return "tx.fee_too_low";
    case CoreErrc::TxBadSignature:
      return "tx.bad_signature";
    case CoreErrc::TxSignerNotSender:
      return "tx.signer_not_sender";
    case CoreErrc::BlockBadVersion:
      return "block.bad_version";
    case CoreErrc::BlockTooLarge:
      return "block.too_large";
    case CoreErrc::BlockBadSignature:
      return "block.bad_signature";
    case CoreErrc::BlockSignerNotProducer:
      return "block.signer_not_producer";
    case CoreErrc::ParamsInvalid:
      return "params.invalid";
    case CoreErrc::JsonSyntax:
      return "json.syntax";
    case CoreErrc::JsonBadNumber:
      return "json.bad_number";
    case CoreErrc::JsonBadString:
      return "json.bad_string";
    case CoreErrc::JsonDuplicateKey:
      return "json.duplicate_key";
    case CoreErrc::JsonTooDeep:
      return "json.too_deep";
    case CoreErrc::JsonTooLarge:
      return "json.too_large";
    case CoreErrc::GenesisMissingField:
      return "genesis.missing_field";
    case CoreErrc::GenesisUnknownField:
      return "genesis.unknown_field";
    case CoreErrc::GenesisWrongType:
      return "genesis.wrong_type";
    case CoreErrc::GenesisBadValue:
      return "genesis.bad_value";
    case CoreErrc::GenesisBadAddress:
      return "genesis.bad_address";
    case CoreErrc::GenesisBadAmount:
      return "genesis.bad_amount";
    case CoreErrc::GenesisDuplicateAccount:
      return "genesis.duplicate_account";
    case CoreErrc::GenesisBadDelegates:
      return "genesis.bad_delegates";
    case CoreErrc::GenesisSupplyOverflow:
      return "genesis.supply_overflow";
    case CoreErrc::GenesisFileIo:
      return "genesis.file_io";
    case CoreErrc::GenesisFileExists:
      return "genesis.file_exists";
    case CoreErrc::BadStoreKey:
      return "store.bad_key";
    case CoreErrc::IoError:
      return "io.error";
  }
  return {};
}

ErrorKind coreCodeKind(std::uint16_t value) {
  switch (static_cast<CoreErrc>(value)) {
    case CoreErrc::CryptoInit:
    case CoreErrc::CryptoSignFailed:
    case CoreErrc::CryptoOutOfMemory:
    case CoreErrc::BadStoreKey:
    case CoreErrc::IoError:
      return ErrorKind::Internal;
    case CoreErrc::TxSenderNotOrderParty:
      return ErrorKind::WrongParty;
    default:
      return ErrorKind::Rejected;
  }
}

}  // namespace

const ErrorDomain kCoreErrors{"core", &coreCodeName, &coreCodeKind};

}  // namespace wb
