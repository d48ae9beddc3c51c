// Error codes of the core types: encodings, amounts, addresses, keys, transactions, blocks, parameters, JSON and
// genesis files. Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class CoreErrc : std::uint16_t {
  // 100–199: decoding and encoding
  DecodeShortInput = 100,     // the input ends before the value does
  DecodeTrailingBytes = 101,  // bytes left after the value
  DecodeFieldTooLong = 102,   // a field over its maximum length
  DecodeInvalidUtf8 = 103,    // text that is not valid UTF-8
  DecodeBadValue = 104,       // a value outside its field's range
  DecodeBadHex = 105,         // hex text of the wrong length or with other characters
  // 200–219: amounts
  AmountEmpty = 200,            // no amount given
  AmountSyntax = 201,           // an amount that is not a decimal number
  AmountNegative = 202,         // an amount below zero
  AmountTooManyDecimals = 203,  // more decimal places than the unit allows
  AmountOverflow = 204,         // an amount beyond 64 bits of base units
  AmountZero = 205,             // an amount of zero where more is needed
  // 220–239: addresses
  AddressSyntax = 220,        // text that is not a bech32m address
  AddressChecksum = 221,      // an address whose checksum does not match (a typo)
  AddressWrongHrp = 222,      // an address of another network
  AddressWrongLength = 223,   // an address whose data is not a 32-byte key
  AddressWrongVariant = 224,  // bech32 where bech32m is required
  // 240–259: keys and signatures
  CryptoInit = 240,           // libsodium or libsecp256k1 could not start
  CryptoBadSecretKey = 241,   // a secret key outside the curve order
  CryptoBadPublicKey = 242,   // bytes that are not a public key on the curve
  CryptoSignFailed = 243,     // signing failed (should never happen)
  CryptoBadSignature = 244,   // a signature that does not verify
  CryptoOutOfMemory = 245,    // no secure memory left (sodium_malloc failed)
  CryptoDecryptFailed = 246,  // a ciphertext that does not open with the key
  // 300–339: transactions, blocks and chain parameters (chain/core tx*, block, params)
  TxBadVersion = 300,            // a transaction version this build does not know
  TxUnknownKind = 301,           // a transaction kind this build does not know
  TxAmountZero = 302,            // a transfer, payment or stake of zero
  TxQuantityZero = 303,          // an order for zero items
  TxUnitPriceZero = 304,         // an order at a price of zero
  TxOrderTotalOverflow = 305,    // quantity × unit price beyond 64 bits
  TxWindowOutOfRange = 306,      // a pay, ship or confirm window outside its bounds
  TxMerchantIsBuyer = 307,       // an order whose merchant is its buyer
  TxArbiterIsParty = 308,        // an arbiter who is the buyer or the merchant
  TxSenderNotOrderParty = 309,   // an order created by neither its buyer nor its merchant
  TxMissingParty = 310,          // an order without a buyer or merchant
  TxItemEmpty = 311,             // an order without an item
  TxBadDelegateName = 312,       // a delegate name outside the allowed characters or length
  TxTooManyVotes = 313,          // more votes than one transaction may carry
  TxDuplicateVote = 314,         // one delegate voted for twice
  TxFeeTooLow = 315,             // a fee below the network's minimum
  TxBadSignature = 316,          // a transaction signature that does not verify
  TxSignerNotSender = 317,       // signed by another key than the sender's
  BlockBadVersion = 330,         // a block version this build does not know
  BlockTooLarge = 331,           // a block over the size limit
  BlockBadSignature = 332,       // a producer signature that does not verify
  BlockSignerNotProducer = 333,  // signed by another key than the producer's
  ParamsInvalid = 339,           // chain parameters out of their allowed ranges
  // 360–379: genesis files (chain/core/genesis)
  JsonSyntax = 360,               // malformed JSON (unexpected character, trailing comma, end of input…)
  JsonBadNumber = 361,            // fraction, exponent, leading zero or out-of-range integer
  JsonBadString = 362,            // control character, bad escape, lone surrogate or invalid UTF-8
  JsonDuplicateKey = 363,         // an object names the same key twice
  JsonTooDeep = 364,              // nesting beyond the depth limit
  JsonTooLarge = 365,             // input beyond the size limit
  GenesisMissingField = 368,      // a required field is absent
  GenesisUnknownField = 369,      // a field the format does not have
  GenesisWrongType = 370,         // a field of the wrong JSON type
  GenesisBadValue = 371,          // a field value out of range
  GenesisBadAddress = 372,        // an address that does not parse or is of another network
  GenesisBadAmount = 373,         // an amount that does not parse
  GenesisDuplicateAccount = 374,  // an account listed twice
  GenesisBadDelegates = 375,      // a delegate list the engine cannot use
  GenesisSupplyOverflow = 376,    // balances that add up beyond 64 bits
  GenesisFileIo = 377,            // the genesis file cannot be read or written
  GenesisFileExists = 378,        // a genesis file is already there (never overwritten)
  // Two codes kept the numbers they were released under in other layers' ranges, because every
  // layer meets them: store keys are encoded here (chain/core/keys.h) and files are read everywhere.
  BadStoreKey = 460,  // an encoded store key has the wrong length or shape ("store.bad_key")
  IoError = 710,      // a file could not be read or written ("io.error")
};

// Names and classifies CoreErrc codes (defined in core_errc.cpp).
extern const ErrorDomain kCoreErrors;

// Makes CoreErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(CoreErrc) { return kCoreErrors; }

}  // namespace wb
