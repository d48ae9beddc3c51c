#include "ui/orders/party_names.h"

#include <QCoreApplication>

#include "chain/core/bech32m.h"

namespace wb::ui {

PartyNames::PartyNames(std::string hrp) : hrp_(std::move(hrp)) {}

PartyNames PartyNames::fromKeystore(const Keystore& keystore) {
  PartyNames names(keystore.network().hrp);
  // Contacts first, so a label of our own account wins when both name one key.
  for (const Contact& contact : keystore.addressBook())
    names.setName(contact.key, QString::fromStdString(contact.name));
  for (const AccountEntry& account : keystore.accounts()) {
    names.setName(account.key, account.label.empty()
                                   ? QCoreApplication::translate("wb::ui::PartyNames", "Account %1").arg(account.index)
                                   : QString::fromStdString(account.label));
  }
  return names;
}

void PartyNames::setName(const AccountKey& key, QString name) { names_[key] = std::move(name); }

QString PartyNames::name(const AccountKey& key) const {
  const auto found = names_.find(key);
  return found != names_.end() ? found->second : shortAddress(key);
}

QString PartyNames::address(const AccountKey& key) const { return QString::fromStdString(encodeAddress(hrp_, key)); }

QString PartyNames::nameWithAddress(const AccountKey& key) const {
  const auto found = names_.find(key);
  if (found == names_.end()) return shortAddress(key);
  return QStringLiteral("%1 (%2)").arg(found->second, shortAddress(key));
}

QString PartyNames::shortAddress(const AccountKey& key) const {
  const QString full = address(key);
  // The hrp and separator, a few data characters, then the checksum's tail.
  const int head = static_cast<int>(hrp_.size()) + 1 + 6;
  if (full.size() <= head + 8) return full;
  return full.left(head) + QChar(0x2026) + full.right(6);
}

}  // namespace wb::ui
