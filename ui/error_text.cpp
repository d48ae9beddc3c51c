#include "ui/error_text.h"

namespace wb::ui {
// Every sentence is in the one context "ErrorText", so translators see them together.
QString errorTextForCode(Errc code) {
  switch (code) {
    case Errc::AmountEmpty:
      return QCoreApplication::translate("ErrorText", "Enter an amount.");
    case Errc::AmountSyntax:
      return QCoreApplication::translate("ErrorText", "The amount is not a number.");
    case Errc::AmountNegative:
      return QCoreApplication::translate("ErrorText", "The amount cannot be negative.");
    case Errc::AmountTooManyDecimals:
      return QCoreApplication::translate("ErrorText", "The amount has more decimal places than the unit allows.");
    case Errc::AmountOverflow:
      return QCoreApplication::translate("ErrorText", "The amount is too large.");
    case Errc::AmountZero:
      return QCoreApplication::translate("ErrorText", "The amount must be more than zero.");
    case Errc::AddressSyntax:
    case Errc::AddressWrongLength:
    case Errc::AddressWrongVariant:
      return QCoreApplication::translate("ErrorText", "This is not a valid address.");
    case Errc::AddressChecksum:
      return QCoreApplication::translate("ErrorText", "The address has a typo: its checksum does not match.");
    case Errc::AddressWrongHrp:
      return QCoreApplication::translate("ErrorText", "This address belongs to another network.");
    case Errc::TxAmountZero:
      return QCoreApplication::translate("ErrorText", "The amount must be more than zero.");
    case Errc::TxQuantityZero:
      return QCoreApplication::translate("ErrorText", "The quantity must be at least 1.");
    case Errc::TxUnitPriceZero:
      return QCoreApplication::translate("ErrorText", "The unit price must be more than zero.");
    case Errc::TxOrderTotalOverflow:
      return QCoreApplication::translate("ErrorText", "Quantity × unit price is too large.");
    case Errc::TxWindowOutOfRange:
      return QCoreApplication::translate("ErrorText", "A deadline window is outside the allowed range.");
    case Errc::TxMerchantIsBuyer:
      return QCoreApplication::translate("ErrorText", "The merchant and the buyer must be different accounts.");
    case Errc::TxArbiterIsParty:
      return QCoreApplication::translate("ErrorText", "The arbiter cannot be the merchant or the buyer.");
    case Errc::TxSenderNotOrderParty:
      return QCoreApplication::translate("ErrorText", "Only the merchant or the buyer can create this order.");
    case Errc::TxMissingParty:
      return QCoreApplication::translate("ErrorText", "The order needs both a merchant and a buyer.");
    case Errc::TxItemEmpty:
      return QCoreApplication::translate("ErrorText", "Describe the item.");
    case Errc::TxBadDelegateName:
      return QCoreApplication::translate(
          "ErrorText", "A delegate name is 3 to 20 characters: lower-case letters, digits, '-' and '_'.");
    case Errc::TxTooManyVotes:
      return QCoreApplication::translate("ErrorText", "You voted for more delegates than allowed.");
    case Errc::TxDuplicateVote:
      return QCoreApplication::translate("ErrorText", "The same delegate is chosen twice.");
    case Errc::TxFeeTooLow:
      return QCoreApplication::translate("ErrorText", "The fee is below the network's minimum.");
    case Errc::TxBadSignature:
    case Errc::TxSignerNotSender:
      return QCoreApplication::translate("ErrorText", "The transaction's signature is not valid.");
    case Errc::StateBadNonce:
      return QCoreApplication::translate(
          "ErrorText", "The transaction is out of sequence with this account's others; try again in a moment.");
    case Errc::StateInsufficientFunds:
      return QCoreApplication::translate("ErrorText", "The account's spendable balance is too low for this.");
    case Errc::StateOrderNotFound:
      return QCoreApplication::translate("ErrorText", "No such order.");
    case Errc::StateOrderWrongState:
      return QCoreApplication::translate("ErrorText", "The order is not in a state that allows this action.");
    case Errc::StateWrongParty:
      return QCoreApplication::translate("ErrorText", "This account is not the party that may take this action.");
    case Errc::StatePayAmountMismatch:
      return QCoreApplication::translate("ErrorText", "The payment does not match the order's total.");
    case Errc::StateNoArbiter:
      return QCoreApplication::translate("ErrorText", "The order has no arbiter to resolve a dispute.");
    case Errc::StateResolveExceedsEscrow:
      return QCoreApplication::translate("ErrorText", "The refund is larger than the escrow.");
    case Errc::StateDelegateNameTaken:
      return QCoreApplication::translate("ErrorText", "That delegate name is taken.");
    case Errc::StateAlreadyDelegate:
      return QCoreApplication::translate("ErrorText", "This account is already a delegate.");
    case Errc::StateUnknownDelegate:
      return QCoreApplication::translate("ErrorText", "A chosen delegate is not registered.");
    case Errc::StateInsufficientStake:
      return QCoreApplication::translate("ErrorText", "The account has not staked that much.");
    case Errc::StateOverflow:
      return QCoreApplication::translate("ErrorText", "The amounts involved are too large.");
    case Errc::StateOrderExists:
      return QCoreApplication::translate("ErrorText", "An order with this id already exists.");
    case Errc::GenesisFileIo:
      return QCoreApplication::translate("ErrorText", "The genesis file cannot be read or written.");
    case Errc::GenesisFileExists:
      return QCoreApplication::translate(
          "ErrorText", "A network of that name already exists in this data directory: choose another name.");
    case Errc::NodeGenesisMismatch:
      return QCoreApplication::translate(
          "ErrorText",
          "This data directory already holds a different network of that name. To join this "
          "one, choose another data directory in Settings first.");
    case Errc::WalletMnemonicWordCount:
      return QCoreApplication::translate("ErrorText", "A recovery phrase has 12, 15, 18, 21 or 24 words.");
    case Errc::WalletMnemonicUnknownWord:
      return QCoreApplication::translate("ErrorText", "A word of the recovery phrase is not in the word list.");
    case Errc::WalletMnemonicChecksum:
      return QCoreApplication::translate("ErrorText",
                                         "The recovery phrase has a wrong word: its checksum does not match.");
    case Errc::WalletNotAWalletFile:
      return QCoreApplication::translate("ErrorText", "This file is not a Waybill wallet.");
    case Errc::WalletUnknownVersion:
      return QCoreApplication::translate("ErrorText", "This wallet was made by a newer version of Waybill.");
    case Errc::WalletFileCorrupt:
      return QCoreApplication::translate("ErrorText", "The wallet file is damaged.");
    case Errc::WalletWrongNetwork:
      return QCoreApplication::translate("ErrorText", "This wallet belongs to another network.");
    case Errc::WalletWrongPassphrase:
      return QCoreApplication::translate("ErrorText", "The passphrase is wrong.");
    case Errc::WalletLocked:
      return QCoreApplication::translate("ErrorText", "The wallet is locked. Unlock it first.");
    case Errc::WalletFileIo:
      return QCoreApplication::translate("ErrorText", "The wallet file cannot be read or written.");
    case Errc::WalletAccountNotFound:
      return QCoreApplication::translate("ErrorText", "That account is not in this wallet.");
    case Errc::WalletBadLabel:
      return QCoreApplication::translate("ErrorText", "The label is too long or not valid text.");
    case Errc::WalletContactExists:
      return QCoreApplication::translate("ErrorText", "This address is already in the address book.");
    case Errc::WalletContactNotFound:
      return QCoreApplication::translate("ErrorText", "This address is not in the address book.");
    case Errc::WalletNoteTooLong:
    case Errc::WalletFieldTooLong:
      return QCoreApplication::translate("ErrorText", "The text is too long for this field.");
    case Errc::WalletNotOrderParty:
      return QCoreApplication::translate("ErrorText", "This account is not the order's party for this action.");
    case Errc::NetBanned:
      return QCoreApplication::translate("ErrorText", "That address is banned.");
    case Errc::NetTooManyPeers:
      return QCoreApplication::translate("ErrorText", "The node has as many connections as it allows.");
    case Errc::NetAlreadyConnected:
      return QCoreApplication::translate("ErrorText", "The node is already connected to that address.");
    case Errc::NetBadAddress:
      return QCoreApplication::translate("ErrorText", "Enter an IP address and port, e.g. 192.168.1.5:9735.");
    case Errc::NetBanListIo:
      return QCoreApplication::translate("ErrorText", "The ban list file cannot be written.");
    case Errc::MempoolDuplicate:
      return QCoreApplication::translate("ErrorText", "This transaction was already sent.");
    case Errc::MempoolFull:
      return QCoreApplication::translate("ErrorText",
                                         "The node has too many pending transactions; try a higher fee or later.");
    case Errc::MempoolSenderLimit:
      return QCoreApplication::translate("ErrorText",
                                         "This account has too many pending transactions; wait for a block.");
    case Errc::MempoolNonceTooFarAhead:
      return QCoreApplication::translate("ErrorText",
                                         "This account has too many pending transactions; wait for a block.");
    case Errc::NodeNoProducerKeys:
      return QCoreApplication::translate("ErrorText", "This node has no key to produce blocks with.");
    case Errc::NodeProductionFailed:
      return QCoreApplication::translate("ErrorText", "A block could not be produced.");
    case Errc::NodeDataDirIo:
      return QCoreApplication::translate("ErrorText", "The data directory cannot be read or written.");
    default:
      return {};
  }
}

QString errorText(const Error& error) {
  const QString sentence = errorTextForCode(error.code);
  if (!sentence.isEmpty()) return sentence;
  return QString::fromStdString(error.message);
}

}  // namespace wb::ui
