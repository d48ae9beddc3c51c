// A drop-down of the wallet's accounts ("label — address"), used wherever a page
// asks which account acts (Send's From, Receive, Staking). Keeps the chosen
// account across a new account list when it is still there.
#pragma once

#include <QComboBox>
#include <optional>
#include <vector>

#include "ui/overview_page.h"

namespace wb::ui {

class AccountCombo : public QComboBox {
  Q_OBJECT
public:
  explicit AccountCombo(QWidget* parent = nullptr);

  void setAccounts(std::vector<OverviewAccount> accounts);
  const std::vector<OverviewAccount>& accounts() const { return accounts_; }

  // The chosen account, or nullopt when the wallet has none.
  std::optional<OverviewAccount> current() const;
  // Chooses the account `key`; false when it is not in the list.
  bool select(const AccountKey& key);

signals:
  // The chosen account changed (also after setAccounts).
  void accountChanged();

private:
  std::vector<OverviewAccount> accounts_;
};

}  // namespace wb::ui
