#include "ui/send/account_combo.h"

#include <utility>

namespace wb::ui {

AccountCombo::AccountCombo(QWidget* parent) : QComboBox(parent) {
  setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  setMinimumContentsLength(24);
  connect(this, &QComboBox::currentIndexChanged, this, &AccountCombo::accountChanged);
}

void AccountCombo::setAccounts(std::vector<OverviewAccount> accounts) {
  const auto previous = current();
  accounts_ = std::move(accounts);
  {
    const QSignalBlocker quiet(this);  // one accountChanged for the whole change
    clear();
    for (const OverviewAccount& a : accounts_) {
      addItem(a.label.isEmpty() ? a.address : a.label + QStringLiteral(" — ") + a.address);
    }
    if (!previous || !select(previous->key)) setCurrentIndex(accounts_.empty() ? -1 : 0);
  }
  emit accountChanged();
}

std::optional<OverviewAccount> AccountCombo::current() const {
  const int row = currentIndex();
  if (row < 0 || static_cast<std::size_t>(row) >= accounts_.size()) return std::nullopt;
  return accounts_[static_cast<std::size_t>(row)];
}

bool AccountCombo::select(const AccountKey& key) {
  for (std::size_t i = 0; i < accounts_.size(); ++i) {
    if (accounts_[i].key == key) {
      setCurrentIndex(static_cast<int>(i));
      return true;
    }
  }
  return false;
}

}  // namespace wb::ui
