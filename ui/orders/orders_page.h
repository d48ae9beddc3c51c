// The Orders page (DESIGN §8, issue 7): Buying / Selling / Arbitrating tabs for
// the wallet's accounts (all, or one), a state filter, the paged orders table,
// and the detail panel with the timeline and the actions this account may take.
// "New order…" opens NewOrderDialog; "Export CSV…" writes every order of the
// current filter (fetched page by page, written on a worker thread).
//
// Wiring (app): new OrdersPage(ctx, txSender) → MainWindow::addPage("ordersPage", …);
// call setUnit() when the Settings page's unit changes and reloadWallet() when the
// wallet's accounts or address book change.
#pragma once

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "chain/core/schnorr.h"
#include "ui/display_unit.h"
#include "ui/orders/order_pager.h"
#include "ui/overview_page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabBar;
class QStackedWidget;
class QTableView;

namespace wb::ui {

class OrderCsvExport;
class OrderDetailWidget;
class OrderTableModel;
class TxSender;

class OrdersPage : public QWidget {
  Q_OBJECT
public:
  // The role tabs, in order.
  enum Tab { kBuying, kSelling, kArbitrating };

  // `sender` (with its node client and wallet) must outlive the page.
  OrdersPage(std::shared_ptr<const SecpContext> ctx, TxSender* sender, QWidget* parent = nullptr);

  // Reads the wallet's accounts and address book again (names, filters); done at
  // construction, and again once the wallet is free if it was busy then.
  void reloadWallet();
  // Shows amounts in `unit`.
  void setUnit(DisplayUnit unit);
  // Shows the tab `tab` (a new listing).
  void showTab(Tab tab);
  // Writes every order of the current filter to `path` as CSV (the Export button
  // asks for the path first). Progress and the outcome show in the status line.
  void exportCsv(const QString& path);
  // Opens the new order dialog (non-modal to the rest of the app; one at a time).
  void openNewOrderDialog();

  OrderTableModel* model() const { return model_; }
  OrderDetailWidget* detail() const { return detail_; }
  // The filter the table lists now.
  OrderFilter currentFilter() const;

signals:
  // An export finished; `error` is empty on success.
  void exportFinished(const QString& error);

protected:
  void changeEvent(QEvent* event) override;

private:
  void applyFilter();
  void showSelected();
  // The wallet account that acts on `order` in the current tab.
  AccountKey actingAccount(const state::Order& order) const;
  void setStatus(const QString& text);
  void retranslateUi();
  // Shows the table, or the empty state's advice once a filter lists nothing.
  void updateEmptyState();

  std::shared_ptr<const SecpContext> ctx_;
  TxSender* sender_;
  std::vector<OverviewAccount> accounts_;
  std::vector<OverviewAccount> contacts_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  bool reloadPending_ = false;
  OrderTableModel* model_;
  QLabel* title_;
  QComboBox* accountFilter_;
  QTabBar* roles_;
  QComboBox* stateFilter_;
  QPushButton* newOrder_;
  QPushButton* export_;
  QTableView* table_;
  QStackedWidget* tableOrEmpty_;  // the table, or what to do while it has no rows
  QLabel* empty_;
  OrderDetailWidget* detail_;
  QLabel* status_;
  OrderCsvExport* exporting_ = nullptr;
  std::optional<OrderId> waitingFor_;  // the new order the status line waits for
};

}  // namespace wb::ui
