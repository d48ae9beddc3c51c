#include "ui/orders/orders_page.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include "chain/core/bech32m.h"
#include "ui/orders/new_order_dialog.h"
#include "ui/orders/order_action_panel.h"
#include "ui/orders/order_csv_export.h"
#include "ui/orders/order_detail_widget.h"
#include "ui/orders/order_state_badge.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/order_text.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

namespace wb::ui {
namespace {

constexpr state::OrderStatus kStates[] = {
    state::OrderStatus::Created,  state::OrderStatus::Paid,      state::OrderStatus::Shipped,
    state::OrderStatus::Disputed, state::OrderStatus::Completed, state::OrderStatus::Refunded,
    state::OrderStatus::Resolved, state::OrderStatus::Cancelled, state::OrderStatus::Expired,
};

state::PartyRole roleOfTab(int tab) {
  switch (tab) {
    case OrdersPage::kSelling:
      return state::PartyRole::Merchant;
    case OrdersPage::kArbitrating:
      return state::PartyRole::Arbiter;
    default:
      return state::PartyRole::Buyer;
  }
}

}  // namespace

OrdersPage::OrdersPage(std::shared_ptr<const SecpContext> ctx, TxSender* sender, QWidget* parent)
    : QWidget(parent),
      ctx_(std::move(ctx)),
      sender_(sender),
      model_(new OrderTableModel(sender->client(), sender->params(), this)),
      title_(new QLabel),
      accountFilter_(new QComboBox),
      roles_(new QTabBar),
      stateFilter_(new QComboBox),
      newOrder_(new QPushButton),
      export_(new QPushButton),
      table_(new QTableView),
      tableOrEmpty_(new QStackedWidget),
      empty_(new QLabel),
      detail_(new OrderDetailWidget(ctx_, sender)),
      status_(new QLabel) {
  setObjectName(QStringLiteral("ordersPage"));
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.5);
  font.setBold(true);
  title_->setFont(font);
  accountFilter_->setObjectName(QStringLiteral("accountFilter"));
  roles_->setObjectName(QStringLiteral("roleTabs"));
  for (int i = 0; i < 3; ++i) roles_->addTab(QString());
  stateFilter_->setObjectName(QStringLiteral("stateFilter"));
  stateFilter_->addItem(QString(), -1);
  for (state::OrderStatus s : kStates) stateFilter_->addItem(QString(), static_cast<int>(s));
  newOrder_->setObjectName(QStringLiteral("newOrderButton"));
  export_->setObjectName(QStringLiteral("exportButton"));
  status_->setObjectName(QStringLiteral("ordersStatus"));
  status_->setWordWrap(true);
  status_->hide();

  table_->setObjectName(QStringLiteral("ordersTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->hide();
  // Ids, amounts, states and dates fit their content and are never cut; the item
  // and the counterparty (names or long addresses) share the rest and elide in
  // the middle, the whole text in their tooltips.
  QHeaderView* header = table_->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setSectionResizeMode(OrderTableModel::kItem, QHeaderView::Stretch);
  header->setSectionResizeMode(OrderTableModel::kCounterparty, QHeaderView::Stretch);
  header->setHighlightSections(false);
  table_->setTextElideMode(Qt::ElideMiddle);
  table_->setWordWrap(false);
  table_->setItemDelegateForColumn(OrderTableModel::kState,
                                   new OrderStateBadgeDelegate(OrderTableModel::kStatusRole, table_));
  empty_->setObjectName(QStringLiteral("ordersEmptyState"));
  empty_->setAlignment(Qt::AlignCenter);
  empty_->setWordWrap(true);
  empty_->setMargin(24);
  tableOrEmpty_->addWidget(table_);
  tableOrEmpty_->addWidget(empty_);

  auto* filters = new QHBoxLayout;
  filters->addWidget(roles_);
  filters->addWidget(accountFilter_);
  filters->addWidget(stateFilter_);
  filters->addStretch(1);
  filters->addWidget(newOrder_);
  filters->addWidget(export_);
  auto* splitter = new QSplitter(Qt::Vertical);
  splitter->addWidget(tableOrEmpty_);
  auto* detailScroll = new QScrollArea;  // long notes and many parties stay readable
  detailScroll->setWidget(detail_);
  detailScroll->setWidgetResizable(true);
  detailScroll->setFrameShape(QFrame::NoFrame);
  splitter->addWidget(detailScroll);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({1, 1});  // half and half to start; the user moves the handle
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(title_);
  layout->addLayout(filters);
  layout->addWidget(status_);
  layout->addWidget(splitter, 1);

  connect(roles_, &QTabBar::currentChanged, this, &OrdersPage::applyFilter);
  connect(accountFilter_, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
  connect(stateFilter_, &QComboBox::currentIndexChanged, this, &OrdersPage::applyFilter);
  connect(newOrder_, &QPushButton::clicked, this, &OrdersPage::openNewOrderDialog);
  connect(export_, &QPushButton::clicked, this, [this] {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export orders"), tr("orders.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportCsv(path);
  });
  connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrdersPage::showSelected);
  connect(model_, &QAbstractItemModel::modelReset, this, &OrdersPage::updateEmptyState);
  connect(model_, &QAbstractItemModel::rowsInserted, this, &OrdersPage::updateEmptyState);
  connect(model_, &QAbstractItemModel::rowsRemoved, this, &OrdersPage::updateEmptyState);
  connect(model_, &OrderTableModel::pageLoaded, this, &OrdersPage::updateEmptyState);
  connect(model_, &QAbstractItemModel::modelReset, this, &OrdersPage::showSelected);
  connect(model_, &OrderTableModel::orderUpdated, this, [this](const Hash32& id) {
    if (detail_->order() && detail_->order()->id == id) showSelected();
  });
  connect(model_, &OrderTableModel::tipHeightChanged, detail_, &OrderDetailWidget::setTipHeight);
  // "Submitted, waiting for a block" ends when the order is in one (in any listing).
  connect(sender_->client(), &node::NodeClient::orderChanged, this, [this](const OrderId& id) {
    if (waitingFor_ == id) {
      waitingFor_.reset();
      setStatus({});
    }
  });
  connect(model_, &OrderTableModel::loadFailed, this,
          [this](const QString& message) { setStatus(tr("The orders could not be read: %1").arg(message)); });
  connect(detail_->actions(), &OrderActionPanel::submitted, this, [this] { setStatus({}); });
  if (WalletModel* wallet = sender_->wallet()) {
    connect(wallet, &WalletModel::busyChanged, this, [this](bool busy) {
      if (!busy && reloadPending_) reloadWallet();
    });
  }
  retranslateUi();
  reloadWallet();
}

void OrdersPage::reloadWallet() {
  const Keystore* keystore = sender_->wallet() ? sender_->wallet()->keystore() : nullptr;
  if (!keystore) {
    reloadPending_ = true;
    return;
  }
  reloadPending_ = false;
  accounts_ = overviewAccounts(*keystore);
  contacts_.clear();
  for (const Contact& c : keystore->addressBook()) {
    contacts_.push_back(
        {c.key, QString::fromStdString(c.name), QString::fromStdString(encodeAddress(keystore->network().hrp, c.key))});
  }
  const PartyNames names = PartyNames::fromKeystore(*keystore);
  model_->setNames(names);
  detail_->setNames(names);

  const QSignalBlocker block(accountFilter_);
  const int previous = accountFilter_->currentIndex();
  accountFilter_->clear();
  accountFilter_->addItem(tr("All my accounts"), -1);
  for (std::size_t i = 0; i < accounts_.size(); ++i) {
    accountFilter_->addItem(accounts_[i].label.isEmpty() ? accounts_[i].address : accounts_[i].label,
                            static_cast<int>(i));
  }
  accountFilter_->setCurrentIndex(previous >= 0 && previous < accountFilter_->count() ? previous : 0);
  applyFilter();
}

OrderFilter OrdersPage::currentFilter() const {
  OrderFilter filter;
  filter.role = roleOfTab(roles_->currentIndex());
  const int account = accountFilter_->currentData().toInt();
  for (std::size_t i = 0; i < accounts_.size(); ++i) {
    if (account < 0 || static_cast<std::size_t>(account) == i) filter.parties.push_back(accounts_[i].key);
  }
  const int state = stateFilter_->currentData().toInt();
  if (state > 0) filter.status = static_cast<state::OrderStatus>(state);
  return filter;
}

void OrdersPage::applyFilter() {
  detail_->clear();
  model_->setFilter(currentFilter());
}

void OrdersPage::showTab(Tab tab) { roles_->setCurrentIndex(tab); }

AccountKey OrdersPage::actingAccount(const state::Order& order) const {
  switch (model_->filter().role) {
    case state::PartyRole::Merchant:
      return order.merchant;
    case state::PartyRole::Arbiter:
      return order.arbiter;
    default:
      return order.buyer;
  }
}

void OrdersPage::showSelected() {
  const QModelIndexList rows = table_->selectionModel()->selectedRows();
  const state::Order* order = rows.isEmpty() ? nullptr : model_->orderAt(rows.front().row());
  if (!order) {
    detail_->clear();
    return;
  }
  detail_->setOrder(*order, actingAccount(*order), model_->tipHeight());
}

void OrdersPage::setUnit(DisplayUnit unit) {
  unit_ = unit;
  model_->setUnit(unit);
  detail_->setUnit(unit);
}

void OrdersPage::openNewOrderDialog() {
  if (findChild<NewOrderDialog*>()) return;  // one at a time
  std::vector<OverviewAccount> known = contacts_;
  known.insert(known.end(), accounts_.begin(), accounts_.end());
  auto* dialog = new NewOrderDialog(sender_, accounts_, std::move(known), this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setUnit(unit_);
  connect(dialog, &NewOrderDialog::orderSubmitted, this, [this](const OrderId& id) {
    setStatus(tr("Order %1 submitted, waiting for a block.").arg(shortOrderId(id)));
    waitingFor_ = id;
  });
  dialog->open();
}

void OrdersPage::exportCsv(const QString& path) {
  if (exporting_) return;
  exporting_ = new OrderCsvExport(sender_->client(), currentFilter(), sender_->params().hrp, this);
  export_->setEnabled(false);
  setStatus(tr("Exporting orders…"));
  connect(exporting_, &OrderCsvExport::progress, this,
          [this](qulonglong orders) { setStatus(tr("Exporting orders… %1 read").arg(orders)); });
  connect(exporting_, &OrderCsvExport::finished, this, [this, path](const QString& error, qulonglong orders) {
    exporting_->deleteLater();
    exporting_ = nullptr;
    export_->setEnabled(true);
    setStatus(error.isEmpty() ? tr("Exported %1 orders to %2.").arg(orders).arg(path)
                              : tr("The export failed: %1").arg(error));
    emit exportFinished(error);
  });
  exporting_->start(path);
}

void OrdersPage::setStatus(const QString& text) {
  waitingFor_.reset();  // whatever the line said, it says something else now
  status_->setText(text);
  status_->setVisible(!text.isEmpty());
}

void OrdersPage::updateEmptyState() {
  const bool empty = model_->rowCount() == 0 && !model_->isLoading();
  if (empty) {
    if (stateFilter_->currentData().toInt() > 0) {
      empty_->setText(tr("No orders in this state. Choose \"All states\" to see the others."));
    } else {
      switch (roles_->currentIndex()) {
        case kSelling:
          empty_->setText(
              tr("No orders yet. Create one with \"New order…\", or share your payment link from "
                 "Send / Receive → Receive."));
          break;
        case kArbitrating:
          empty_->setText(tr("No order names one of your accounts as its arbiter."));
          break;
        default:
          empty_->setText(
              tr("Nothing to pay yet. When a merchant creates an order for one of your accounts, it "
                 "appears here."));
          break;
      }
    }
  }
  tableOrEmpty_->setCurrentWidget(empty ? static_cast<QWidget*>(empty_) : table_);
}

void OrdersPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    reloadWallet();  // "Account 0" and "All my accounts" are made in the language of the moment
  }
  QWidget::changeEvent(event);
}

void OrdersPage::retranslateUi() {
  setWindowTitle(tr("Orders"));
  title_->setText(tr("Orders"));
  roles_->setTabText(kBuying, tr("Buying"));
  roles_->setTabText(kSelling, tr("Selling"));
  roles_->setTabText(kArbitrating, tr("Arbitrating"));
  stateFilter_->setItemText(0, tr("All states"));
  for (int i = 0; i < static_cast<int>(std::size(kStates)); ++i)
    stateFilter_->setItemText(i + 1, orderStateName(kStates[i]));
  if (accountFilter_->count() > 0) accountFilter_->setItemText(0, tr("All my accounts"));
  newOrder_->setText(tr("New order…"));
  export_->setText(tr("Export CSV…"));
  accountFilter_->setAccessibleName(tr("Account"));
  roles_->setAccessibleName(tr("Role"));
  stateFilter_->setAccessibleName(tr("State"));
  newOrder_->setAccessibleName(tr("New order"));
  export_->setAccessibleName(tr("Export CSV"));
  table_->setAccessibleName(tr("Orders"));
  status_->setAccessibleName(tr("Orders status"));
  updateEmptyState();
}

}  // namespace wb::ui
