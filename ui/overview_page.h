// The Overview page (DESIGN §8): what the wallet's accounts hold as of the tip
// — total, spendable balance (escrow already left it), stake and unbonding —
// in total and per account; the escrow of their open orders (paid by them, and
// coming to them as merchants); and the merchant sales chart. Balances come from NodeClient::account
// asynchronously and are fetched again whenever the tip moves.
#pragma once

#include <QString>
#include <QWidget>
#include <cstdint>
#include <vector>

#include "chain/state/records.h"
#include "interfaces/node_client.h"
#include "ui/display_unit.h"
#include "ui/sales_chart.h"
#include "wallet/keystore.h"

class QLabel;
class QTableWidget;

namespace wb::ui {

// One account the page shows.
struct OverviewAccount {
  AccountKey key{};
  QString label;    // e.g. "dev0"; may be empty
  QString address;  // bech32m, for display
};

// The accounts of `keystore` (readable while it is locked), labelled as in the wallet.
std::vector<OverviewAccount> overviewAccounts(const Keystore& keystore);

class OverviewPage : public QWidget {
  Q_OBJECT
public:
  // `client` must outlive the page.
  OverviewPage(node::NodeClient* client, std::vector<OverviewAccount> accounts, QWidget* parent = nullptr);

  // Replaces the accounts shown and fetches their balances.
  void setAccounts(std::vector<OverviewAccount> accounts);
  // Fetches every account again (the answers update the page later).
  void refresh();
  // The merchant sales chart under the totals.
  SalesChart* salesChart() const { return salesChart_; }
  // Shows amounts in `unit` (the Settings page's choice); WBL until set.
  void setUnit(DisplayUnit unit);

protected:
  void changeEvent(QEvent* event) override;

private:
  void collect(std::uint64_t round, std::size_t row, Result<state::Account> account);
  // Shows shown_ (one answer per account, nullopt = not read) in the totals and the table.
  void render();
  void refreshEscrow();
  void renderEscrow();
  void retranslateUi();

  node::NodeClient* client_;
  std::vector<OverviewAccount> accounts_;
  // The answers of the round in flight; shown together once all arrived, so the
  // totals never mix two tips.
  std::vector<std::optional<state::Account>> answers_;
  std::vector<std::optional<state::Account>> shown_;  // the last complete round, for setUnit
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::size_t pending_ = 0;
  std::uint64_t round_ = 0;  // answers of older rounds are dropped
  bool refreshAgain_ = false;
  QString roundError_;  // why an account of the round in flight could not be read
  QString shownError_;
  QLabel* title_;
  QLabel* totalLabel_;
  QLabel* spendableLabel_;
  QLabel* stakeLabel_;
  QLabel* unbondingLabel_;
  QLabel* totalCaption_;
  QLabel* spendableCaption_;
  QLabel* stakeCaption_;
  QLabel* unbondingCaption_;
  QLabel* escrowPaidCaption_;
  QLabel* escrowPaidLabel_;
  QLabel* escrowOwedCaption_;
  QLabel* escrowOwedLabel_;
  std::optional<node::EscrowSummary> escrow_;
  std::uint64_t escrowRequest_ = 0;
  QLabel* errorLabel_;
  QTableWidget* table_;
  QLabel* salesCaption_;
  SalesChart* salesChart_;
};

}  // namespace wb::ui
