#include "wallet/wallet_errc.h"

namespace wb {

namespace {

std::string_view walletCodeName(std::uint16_t value) {
  switch (static_cast<WalletErrc>(value)) {
    case WalletErrc::WordlistInvalid:
      return "wallet.wordlist_invalid";
    case WalletErrc::BadEntropy:
      return "wallet.bad_entropy";
    case WalletErrc::MnemonicWordCount:
      return "wallet.mnemonic_word_count";
    case WalletErrc::MnemonicUnknownWord:
      return "wallet.mnemonic_unknown_word";
    case WalletErrc::MnemonicChecksum:
      return "wallet.mnemonic_checksum";
    case WalletErrc::BadSeed:
      return "wallet.bad_seed";
    case WalletErrc::BadPath:
      return "wallet.bad_path";
    case WalletErrc::BadExtendedKey:
      return "wallet.bad_extended_key";
    case WalletErrc::HardenedFromPublic:
      return "wallet.hardened_from_public";
    case WalletErrc::InvalidChild:
      return "wallet.invalid_child";
    case WalletErrc::NotAWalletFile:
      return "wallet.not_a_wallet_file";
    case WalletErrc::UnknownVersion:
      return "wallet.unknown_version";
    case WalletErrc::FileCorrupt:
      return "wallet.file_corrupt";
    case WalletErrc::WrongNetwork:
      return "wallet.wrong_network";
    case WalletErrc::WrongPassphrase:
      return "wallet.wrong_passphrase";
    case WalletErrc::Locked:
      return "wallet.locked";
    case WalletErrc::BadKdfParams:
      return "wallet.bad_kdf_params";
    case WalletErrc::KdfFailed:
      return "wallet.kdf_failed";
    case WalletErrc::FileIo:
      return "wallet.file_io";
    case WalletErrc::AccountNotFound:
      return "wallet.account_not_found";
    case WalletErrc::BadLabel:
      return "wallet.bad_label";
    case WalletErrc::ContactExists:
      return "wallet.contact_exists";
    case WalletErrc::ContactNotFound:
      return "wallet.contact_not_found";
    case WalletErrc::TooManyEntries:
      return "wallet.too_many_entries";
    case WalletErrc::NoteMalformed:
      return "wallet.note_malformed";
    case WalletErrc::NoteUnknownFormat:
      return "wallet.note_unknown_format";
    case WalletErrc::NoteNotReadable:
      return "wallet.note_not_readable";
    case WalletErrc::NoteTooLong:
      return "wallet.note_too_long";
    case WalletErrc::NoteTooManyReaders:
      return "wallet.note_too_many_readers";
    case WalletErrc::FieldTooLong:
      return "wallet.field_too_long";
    case WalletErrc::NotOrderParty:
      return "wallet.not_order_party";
    case WalletErrc::HistoryOutOfOrder:
      return "wallet.history_out_of_order";
  }
  return {};
}

ErrorKind walletCodeKind(std::uint16_t value) {
  switch (static_cast<WalletErrc>(value)) {
    case WalletErrc::Locked:
      return ErrorKind::Locked;
    case WalletErrc::KdfFailed:
    case WalletErrc::FileIo:
      return ErrorKind::Internal;
    case WalletErrc::AccountNotFound:
    case WalletErrc::ContactNotFound:
      return ErrorKind::NotFound;
    case WalletErrc::NotOrderParty:
      return ErrorKind::WrongParty;
    default:
      return ErrorKind::Rejected;
  }
}

}  // namespace

const ErrorDomain kWalletErrors{"wallet", &walletCodeName, &walletCodeKind};

}  // namespace wb
