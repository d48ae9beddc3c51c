// Names for the parties of an order: the wallet's own account labels and the
// address book's contacts (both readable while the wallet is locked), else a
// shortened address. A snapshot: build a new one when the wallet's lists change.
#pragma once

#include <QString>
#include <map>
#include <string>

#include "chain/core/tx.h"
#include "wallet/keystore.h"

namespace wb::ui {

class PartyNames {
public:
  // Addresses only, with the network's human-readable part `hrp`.
  explicit PartyNames(std::string hrp = {});
  // Own accounts (label, or "Account N" when unlabelled) and contacts of `keystore`.
  static PartyNames fromKeystore(const Keystore& keystore);

  // Adds or replaces the name of `key`.
  void setName(const AccountKey& key, QString name);

  // The label or contact name of `key`, else its short address ("wbd1qx9…k3zf").
  QString name(const AccountKey& key) const;
  // The full bech32m address of `key`.
  QString address(const AccountKey& key) const;
  // "name (short address)" when `key` has a name, else the short address.
  QString nameWithAddress(const AccountKey& key) const;
  const std::string& hrp() const { return hrp_; }

private:
  QString shortAddress(const AccountKey& key) const;

  std::string hrp_;
  std::map<AccountKey, QString> names_;
};

}  // namespace wb::ui
