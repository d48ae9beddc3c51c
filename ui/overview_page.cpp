#include "ui/overview_page.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

#include "chain/core/amount.h"
#include "chain/core/bech32m.h"

namespace wb::ui {
namespace {

enum Column { kAccount, kTotal, kSpendable, kStake, kUnbonding, kColumns };

struct Holdings {
  Amount total = 0;
  Amount spendable = 0;
  Amount stake = 0;
  Amount unbonding = 0;
};

// Every sum is overflow-checked (DESIGN §2); an overflow means a corrupt answer.
Result<Holdings> holdingsOf(const state::Account& account) {
  Holdings h;
  h.spendable = account.balance;
  WB_TRY_ASSIGN(stake, checkedAdd(account.matureStake, account.pendingStakeTotal()));
  h.stake = *stake;
  h.unbonding = account.unbondingTotal();
  WB_TRY_ASSIGN(total, checkedAdd(h.spendable, h.stake));
  total = checkedAdd(*total, h.unbonding);
  WB_TRY(total);
  h.total = *total;
  return h;
}

Status addInto(Holdings& sum, const Holdings& h) {
  for (auto [into, part] : {std::pair{&sum.total, h.total}, std::pair{&sum.spendable, h.spendable},
                            std::pair{&sum.stake, h.stake}, std::pair{&sum.unbonding, h.unbonding}}) {
    WB_TRY_ASSIGN(added, checkedAdd(*into, part));
    *into = *added;
  }
  return {};
}

QString inUnit(Amount units, DisplayUnit unit) { return displayAmount(units, unit); }

QLabel* amountLabel(const char* objectName) {
  auto* label = new QLabel(QStringLiteral("…"));
  label->setObjectName(QLatin1String(objectName));
  label->setTextInteractionFlags(Qt::TextSelectableByMouse);
  return label;
}

}  // namespace

std::vector<OverviewAccount> overviewAccounts(const Keystore& keystore) {
  std::vector<OverviewAccount> out;
  for (const AccountEntry& entry : keystore.accounts()) {
    out.push_back({entry.key, QString::fromStdString(entry.label),
                   QString::fromStdString(encodeAddress(keystore.network().hrp, entry.key))});
  }
  return out;
}

OverviewPage::OverviewPage(node::NodeClient* client, std::vector<OverviewAccount> accounts, QWidget* parent)
    : QWidget(parent),
      client_(client),
      title_(new QLabel),
      totalLabel_(amountLabel("totalBalance")),
      spendableLabel_(amountLabel("spendableBalance")),
      stakeLabel_(amountLabel("stakedBalance")),
      unbondingLabel_(amountLabel("unbondingBalance")),
      totalCaption_(new QLabel),
      spendableCaption_(new QLabel),
      stakeCaption_(new QLabel),
      unbondingCaption_(new QLabel),
      escrowPaidCaption_(new QLabel),
      escrowPaidLabel_(amountLabel("escrowPaid")),
      escrowOwedCaption_(new QLabel),
      escrowOwedLabel_(amountLabel("escrowOwed")),
      errorLabel_(new QLabel),
      table_(new QTableWidget(0, kColumns)),
      salesCaption_(new QLabel),
      salesChart_(new SalesChart(client)) {
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.5);
  font.setBold(true);
  title_->setFont(font);
  errorLabel_->setObjectName(QStringLiteral("overviewError"));
  errorLabel_->setWordWrap(true);
  errorLabel_->hide();
  table_->setObjectName(QStringLiteral("overviewAccounts"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  // Amounts take the width they need and are never elided; the account column gives way
  // and elides its address in the middle (the full text is in the tooltip).
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(kAccount, QHeaderView::Stretch);
  table_->setTextElideMode(Qt::ElideMiddle);

  auto* totals = new QFormLayout;
  totals->addRow(totalCaption_, totalLabel_);
  totals->addRow(spendableCaption_, spendableLabel_);
  totals->addRow(stakeCaption_, stakeLabel_);
  totals->addRow(unbondingCaption_, unbondingLabel_);
  totals->addRow(escrowPaidCaption_, escrowPaidLabel_);
  totals->addRow(escrowOwedCaption_, escrowOwedLabel_);
  QFont heading = salesCaption_->font();
  heading.setBold(true);
  salesCaption_->setFont(heading);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(title_);
  layout->addLayout(totals);
  layout->addWidget(errorLabel_);
  layout->addWidget(table_, 1);
  layout->addWidget(salesCaption_);
  layout->addWidget(salesChart_, 1);

  connect(client_, &node::NodeClient::tipChanged, this, &OverviewPage::refresh);
  retranslateUi();
  setAccounts(std::move(accounts));
}

void OverviewPage::setAccounts(std::vector<OverviewAccount> accounts) {
  accounts_ = std::move(accounts);
  table_->setRowCount(static_cast<int>(accounts_.size()));
  for (std::size_t row = 0; row < accounts_.size(); ++row) {
    const OverviewAccount& a = accounts_[row];
    auto* item = new QTableWidgetItem(a.label.isEmpty() ? a.address : a.label + QLatin1Char('\n') + a.address);
    item->setToolTip(item->text());
    table_->setItem(static_cast<int>(row), kAccount, item);
  }
  ++round_;  // answers for the old list no longer fit
  shown_.clear();
  roundError_.clear();
  pending_ = 0;
  refreshAgain_ = false;
  std::vector<AccountKey> keys;
  for (const OverviewAccount& a : accounts_) keys.push_back(a.key);
  salesChart_->setAccounts(std::move(keys));
  escrow_.reset();
  refresh();
}

void OverviewPage::refreshEscrow() {
  const std::uint64_t request = ++escrowRequest_;
  std::vector<AccountKey> keys;
  for (const OverviewAccount& a : accounts_) keys.push_back(a.key);
  QPointer<OverviewPage> self(this);
  client_->escrow(std::move(keys), [self, request](Result<node::EscrowSummary> summary) {
    if (!self || request != self->escrowRequest_) return;
    if (summary) self->escrow_ = *summary;
    self->renderEscrow();
  });
}

void OverviewPage::renderEscrow() {
  const node::EscrowSummary shown = escrow_.value_or(node::EscrowSummary{});
  escrowPaidLabel_->setText(inUnit(shown.paidByUs, unit_));
  escrowOwedLabel_->setText(inUnit(shown.owedToUs, unit_));
}

void OverviewPage::refresh() {
  refreshEscrow();
  if (pending_ > 0) {  // one round at a time; one more after it covers any tips meanwhile
    refreshAgain_ = true;
    return;
  }
  if (accounts_.empty()) {
    render();  // zeros, not the last list's totals
    return;
  }
  const std::uint64_t round = ++round_;
  answers_.assign(accounts_.size(), std::nullopt);
  pending_ = accounts_.size();
  QPointer<OverviewPage> self(this);
  for (std::size_t row = 0; row < accounts_.size(); ++row) {
    client_->account(accounts_[row].key, [self, round, row](Result<state::Account> account) {
      if (self) self->collect(round, row, std::move(account));
    });
  }
}

void OverviewPage::collect(std::uint64_t round, std::size_t row, Result<state::Account> account) {
  if (round != round_) return;
  if (account)
    answers_[row] = std::move(*account);
  else
    roundError_ = QString::fromStdString(account.error().message);
  if (--pending_ > 0) return;
  shown_ = answers_;
  shownError_ = std::exchange(roundError_, QString());
  render();
  if (refreshAgain_) {
    refreshAgain_ = false;
    refresh();
  }
}

void OverviewPage::setUnit(DisplayUnit unit) {
  unit_ = unit;
  salesChart_->setUnit(unit);
  renderEscrow();
  if (!shown_.empty()) render();
}

void OverviewPage::render() {
  Holdings sum;
  QString problem = shownError_;
  for (std::size_t row = 0; row < shown_.size(); ++row) {
    if (!shown_[row]) continue;
    auto h = holdingsOf(*shown_[row]);
    Status added = h ? addInto(sum, *h) : Status(h.error());
    if (!added) {
      problem = QString::fromStdString(added.error().message);
      continue;
    }
    const int r = static_cast<int>(row);
    const Amount cells[] = {h->total, h->spendable, h->stake, h->unbonding};
    for (int column = kTotal; column < kColumns; ++column) {
      auto* item = new QTableWidgetItem(inUnit(cells[column - kTotal], unit_));
      item->setTextAlignment(kAmountAlignment);
      table_->setItem(r, column, item);
    }
  }
  totalLabel_->setText(inUnit(sum.total, unit_));
  spendableLabel_->setText(inUnit(sum.spendable, unit_));
  stakeLabel_->setText(inUnit(sum.stake, unit_));
  unbondingLabel_->setText(inUnit(sum.unbonding, unit_));
  errorLabel_->setVisible(!problem.isEmpty());
  errorLabel_->setText(tr("Some balances could not be read: %1").arg(problem));
}

void OverviewPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi() {
  setWindowTitle(tr("Overview"));
  title_->setText(tr("Your accounts as of the latest block"));
  totalCaption_->setText(tr("Total:"));
  spendableCaption_->setText(tr("Spendable (not in escrow or stake):"));
  stakeCaption_->setText(tr("Staked:"));
  unbondingCaption_->setText(tr("Unbonding:"));
  escrowPaidCaption_->setText(tr("In escrow for your purchases:"));
  escrowOwedCaption_->setText(tr("In escrow for your sales:"));
  salesCaption_->setText(tr("Your sales as a merchant"));
  table_->setHorizontalHeaderLabels({tr("Account"), tr("Total"), tr("Spendable"), tr("Staked"), tr("Unbonding")});
}

}  // namespace wb::ui
