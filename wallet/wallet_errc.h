// Error codes of the wallet (wallet/).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class WalletErrc : std::uint16_t {
  // 500–599: wallet (see wallet/)
  WordlistInvalid = 500,      // a BIP39 word list that is not 2,048 distinct words
  BadEntropy = 501,           // entropy of a length BIP39 does not allow
  MnemonicWordCount = 502,    // a mnemonic that is not 12, 15, 18, 21 or 24 words
  MnemonicUnknownWord = 503,  // a word not in the list
  MnemonicChecksum = 504,     // the words' checksum does not match (a typo)
  BadSeed = 510,              // a seed of a length BIP32 does not allow
  BadPath = 511,              // a derivation path that cannot be parsed
  BadExtendedKey = 512,       // an extended key that cannot be parsed
  HardenedFromPublic = 513,   // a hardened child asked of a public key
  InvalidChild = 514,         // a child key outside the curve order (try the next index)
  NotAWalletFile = 520,       // the file does not start like a wallet file
  UnknownVersion = 521,       // a wallet file of a version this build cannot read
  FileCorrupt = 522,          // the wallet file is damaged
  WrongNetwork = 523,         // the wallet belongs to another network
  WrongPassphrase = 524,      // the passphrase does not open the wallet
  Locked = 525,               // the wallet must be unlocked first
  BadKdfParams = 526,         // key-derivation parameters out of the allowed range
  KdfFailed = 527,            // key derivation failed (out of memory)
  FileIo = 528,               // the wallet file cannot be read or written
  AccountNotFound = 529,      // no account with that key or index in the wallet
  BadLabel = 530,             // a label the wallet cannot store
  ContactExists = 531,        // the address book already has that entry
  ContactNotFound = 532,      // no such address book entry
  TooManyEntries = 533,       // more accounts or contacts than a wallet file holds
  NoteMalformed = 540,        // an order note whose bytes do not parse
  NoteUnknownFormat = 541,    // an order note of an unknown format
  NoteNotReadable = 542,      // an order note sealed for none of the wallet's keys
  NoteTooLong = 543,          // text too long for its transaction field after encryption overhead
  NoteTooManyReaders = 544,   // a sealed note for more readers than the format allows
  FieldTooLong = 545,         // a memo, item, reason or name over its field maximum
  NotOrderParty = 546,        // the account is not the order party this action needs
  HistoryOutOfOrder = 547,    // a block connected/disconnected that is not next to the history's tip
};

// Names and classifies WalletErrc codes (defined in wallet_errc.cpp).
extern const ErrorDomain kWalletErrors;

// Makes WalletErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(WalletErrc) { return kWalletErrors; }

}  // namespace wb
