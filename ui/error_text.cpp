#include "ui/error_text.h"

#include "chain/address/endpoint_errc.h"
#include "chain/core/core_errc.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/net/net_errc.h"
#include "chain/node/node_errc.h"
#include "chain/state/state_errc.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {

namespace {

// Every sentence is in the one context "ErrorText", so translators see them together; one
// function per layer whose codes a person can meet.

QString textFor(CoreErrc code) {
  switch (code) {
    case CoreErrc::AmountEmpty:
      return QCoreApplication::translate("ErrorText", "Enter an amount.");
    case CoreErrc::AmountSyntax:
      return QCoreApplication::translate("ErrorText", "The amount is not a number.");
    case CoreErrc::AmountNegative:
      return QCoreApplication::translate("ErrorText", "The amount cannot be negative.");
    case CoreErrc::AmountTooManyDecimals:
      return QCoreApplication::translate("ErrorText", "The amount has more decimal places than the unit allows.");
    case CoreErrc::AmountOverflow:
      return QCoreApplication::translate("ErrorText", "The amount is too large.");
    case CoreErrc::AmountZero:
      return QCoreApplication::translate("ErrorText", "The amount must be more than zero.");
    case CoreErrc::AddressSyntax:
    case CoreErrc::AddressWrongLength:
    case CoreErrc::AddressWrongVariant:
      return QCoreApplication::translate("ErrorText", "This is not a valid address.");
    case CoreErrc::AddressChecksum:
      return QCoreApplication::translate("ErrorText", "The address has a typo: its checksum does not match.");
    case CoreErrc::AddressWrongHrp:
      return QCoreApplication::translate("ErrorText", "This address belongs to another network.");
    case CoreErrc::TxAmountZero:
      return QCoreApplication::translate("ErrorText", "The amount must be more than zero.");
    case CoreErrc::TxQuantityZero:
      return QCoreApplication::translate("ErrorText", "The quantity must be at least 1.");
    case CoreErrc::TxUnitPriceZero:
      return QCoreApplication::translate("ErrorText", "The unit price must be more than zero.");
    case CoreErrc::TxOrderTotalOverflow:
      return QCoreApplication::translate("ErrorText", "Quantity × unit price is too large.");
    case CoreErrc::TxWindowOutOfRange:
      return QCoreApplication::translate("ErrorText", "A deadline window is outside the allowed range.");
    case CoreErrc::TxMerchantIsBuyer:
      return QCoreApplication::translate("ErrorText", "The merchant and the buyer must be different accounts.");
    case CoreErrc::TxArbiterIsParty:
      return QCoreApplication::translate("ErrorText", "The arbiter cannot be the merchant or the buyer.");
    case CoreErrc::TxSenderNotOrderParty:
      return QCoreApplication::translate("ErrorText", "Only the merchant or the buyer can create this order.");
    case CoreErrc::TxMissingParty:
      return QCoreApplication::translate("ErrorText", "The order needs both a merchant and a buyer.");
    case CoreErrc::TxItemEmpty:
      return QCoreApplication::translate("ErrorText", "Describe the item.");
    case CoreErrc::TxBadDelegateName:
      return QCoreApplication::translate(
          "ErrorText", "A delegate name is 3 to 20 characters: lower-case letters, digits, '-' and '_'.");
    case CoreErrc::TxTooManyVotes:
      return QCoreApplication::translate("ErrorText", "You voted for more delegates than allowed.");
    case CoreErrc::TxDuplicateVote:
      return QCoreApplication::translate("ErrorText", "The same delegate is chosen twice.");
    case CoreErrc::TxFeeTooLow:
      return QCoreApplication::translate("ErrorText", "The fee is below the network's minimum.");
    case CoreErrc::TxBadSignature:
    case CoreErrc::TxSignerNotSender:
      return QCoreApplication::translate("ErrorText", "The transaction's signature is not valid.");
    case CoreErrc::GenesisFileIo:
      return QCoreApplication::translate("ErrorText", "The genesis file cannot be read or written.");
    case CoreErrc::GenesisFileExists:
      return QCoreApplication::translate(
          "ErrorText", "A network of that name already exists in this data directory: choose another name.");
    default:
      return {};
  }
}

QString textFor(StateErrc code) {
  switch (code) {
    case StateErrc::BadNonce:
      return QCoreApplication::translate(
          "ErrorText", "The transaction is out of sequence with this account's others; try again in a moment.");
    case StateErrc::InsufficientFunds:
      return QCoreApplication::translate("ErrorText", "The account's spendable balance is too low for this.");
    case StateErrc::OrderNotFound:
      return QCoreApplication::translate("ErrorText", "No such order.");
    case StateErrc::OrderWrongState:
      return QCoreApplication::translate("ErrorText", "The order is not in a state that allows this action.");
    case StateErrc::WrongParty:
      return QCoreApplication::translate("ErrorText", "This account is not the party that may take this action.");
    case StateErrc::PayAmountMismatch:
      return QCoreApplication::translate("ErrorText", "The payment does not match the order's total.");
    case StateErrc::NoArbiter:
      return QCoreApplication::translate("ErrorText", "The order has no arbiter to resolve a dispute.");
    case StateErrc::ResolveExceedsEscrow:
      return QCoreApplication::translate("ErrorText", "The refund is larger than the escrow.");
    case StateErrc::DelegateNameTaken:
      return QCoreApplication::translate("ErrorText", "That delegate name is taken.");
    case StateErrc::AlreadyDelegate:
      return QCoreApplication::translate("ErrorText", "This account is already a delegate.");
    case StateErrc::UnknownDelegate:
      return QCoreApplication::translate("ErrorText", "A chosen delegate is not registered.");
    case StateErrc::InsufficientStake:
      return QCoreApplication::translate("ErrorText", "The account has not staked that much.");
    case StateErrc::Overflow:
      return QCoreApplication::translate("ErrorText", "The amounts involved are too large.");
    case StateErrc::OrderExists:
      return QCoreApplication::translate("ErrorText", "An order with this id already exists.");
    default:
      return {};
  }
}

QString textFor(NodeErrc code) {
  switch (code) {
    case NodeErrc::GenesisMismatch:
      return QCoreApplication::translate(
          "ErrorText",
          "This data directory already holds a different network of that name. To join this "
          "one, choose another data directory in Settings first.");
    case NodeErrc::NoProducerKeys:
      return QCoreApplication::translate("ErrorText", "This node has no key to produce blocks with.");
    case NodeErrc::ProductionFailed:
      return QCoreApplication::translate("ErrorText", "A block could not be produced.");
    case NodeErrc::DataDirIo:
      return QCoreApplication::translate("ErrorText", "The data directory cannot be read or written.");
    default:
      return {};
  }
}

QString textFor(WalletErrc code) {
  switch (code) {
    case WalletErrc::MnemonicWordCount:
      return QCoreApplication::translate("ErrorText", "A recovery phrase has 12, 15, 18, 21 or 24 words.");
    case WalletErrc::MnemonicUnknownWord:
      return QCoreApplication::translate("ErrorText", "A word of the recovery phrase is not in the word list.");
    case WalletErrc::MnemonicChecksum:
      return QCoreApplication::translate("ErrorText",
                                         "The recovery phrase has a wrong word: its checksum does not match.");
    case WalletErrc::NotAWalletFile:
      return QCoreApplication::translate("ErrorText", "This file is not a Waybill wallet.");
    case WalletErrc::UnknownVersion:
      return QCoreApplication::translate("ErrorText", "This wallet was made by a newer version of Waybill.");
    case WalletErrc::FileCorrupt:
      return QCoreApplication::translate("ErrorText", "The wallet file is damaged.");
    case WalletErrc::WrongNetwork:
      return QCoreApplication::translate("ErrorText", "This wallet belongs to another network.");
    case WalletErrc::WrongPassphrase:
      return QCoreApplication::translate("ErrorText", "The passphrase is wrong.");
    case WalletErrc::Locked:
      return QCoreApplication::translate("ErrorText", "The wallet is locked. Unlock it first.");
    case WalletErrc::FileIo:
      return QCoreApplication::translate("ErrorText", "The wallet file cannot be read or written.");
    case WalletErrc::AccountNotFound:
      return QCoreApplication::translate("ErrorText", "That account is not in this wallet.");
    case WalletErrc::BadLabel:
      return QCoreApplication::translate("ErrorText", "The label is too long or not valid text.");
    case WalletErrc::ContactExists:
      return QCoreApplication::translate("ErrorText", "This address is already in the address book.");
    case WalletErrc::ContactNotFound:
      return QCoreApplication::translate("ErrorText", "This address is not in the address book.");
    case WalletErrc::NoteTooLong:
    case WalletErrc::FieldTooLong:
      return QCoreApplication::translate("ErrorText", "The text is too long for this field.");
    case WalletErrc::NotOrderParty:
      return QCoreApplication::translate("ErrorText", "This account is not the order's party for this action.");
    default:
      return {};
  }
}

QString textFor(NetErrc code) {
  switch (code) {
    case NetErrc::Banned:
      return QCoreApplication::translate("ErrorText", "That address is banned.");
    case NetErrc::TooManyPeers:
      return QCoreApplication::translate("ErrorText", "The node has as many connections as it allows.");
    case NetErrc::AlreadyConnected:
      return QCoreApplication::translate("ErrorText", "The node is already connected to that address.");
    case NetErrc::BanListIo:
      return QCoreApplication::translate("ErrorText", "The ban list file cannot be written.");
    default:
      return {};
  }
}

QString textFor(EndpointErrc code) {
  switch (code) {
    case EndpointErrc::BadAddress:
      return QCoreApplication::translate("ErrorText", "Enter an IP address and port, e.g. 192.168.1.5:9735.");
    default:
      return {};
  }
}

QString textFor(MempoolErrc code) {
  switch (code) {
    case MempoolErrc::Duplicate:
      return QCoreApplication::translate("ErrorText", "This transaction was already sent.");
    case MempoolErrc::Full:
      return QCoreApplication::translate("ErrorText",
                                         "The node has too many pending transactions; try a higher fee or later.");
    case MempoolErrc::SenderLimit:
      return QCoreApplication::translate("ErrorText",
                                         "This account has too many pending transactions; wait for a block.");
    case MempoolErrc::NonceTooFarAhead:
      return QCoreApplication::translate("ErrorText",
                                         "This account has too many pending transactions; wait for a block.");
    default:
      return {};
  }
}
}  // namespace

QString errorTextForCode(ErrorCode code) {
  if (const auto c = code.as<CoreErrc>()) return textFor(*c);
  if (const auto c = code.as<StateErrc>()) return textFor(*c);
  if (const auto c = code.as<NodeErrc>()) return textFor(*c);
  if (const auto c = code.as<WalletErrc>()) return textFor(*c);
  if (const auto c = code.as<NetErrc>()) return textFor(*c);
  if (const auto c = code.as<EndpointErrc>()) return textFor(*c);
  if (const auto c = code.as<MempoolErrc>()) return textFor(*c);
  return {};
}

QString errorText(const Error& error) {
  const QString sentence = errorTextForCode(error.code);
  if (!sentence.isEmpty()) return sentence;
  return QString::fromStdString(error.message);
}

}  // namespace wb::ui
