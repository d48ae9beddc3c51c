#include "ui/activity/activity_page.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <map>
#include <set>
#include <utility>

#include "ui/activity/activity_model.h"
#include "ui/activity/kind_filter_button.h"
#include "wallet/history_source.h"

namespace wb::ui {
namespace {

// Whether the model already filters `kinds` (as setFilter stored them: one kind in
// the query, several in the model, none for every kind).
bool sameKinds(const std::set<EntryKind>& kinds, const HistoryQuery& query, const std::set<EntryKind>& modelKinds) {
  if (kinds.size() == 1) return query.kind == *kinds.begin() && modelKinds.empty();
  return !query.kind && modelKinds == kinds;
}

}  // namespace

ActivityPage::ActivityPage(HistorySource* history, std::string hrp, QWidget* parent)
    : QWidget(parent),
      history_(history),
      model_(new ActivityModel(history, std::move(hrp), this)),
      title_(new QLabel),
      search_(new QLineEdit),
      kinds_(new KindFilterButton),
      account_(new QComboBox),
      table_(new QTableView),
      status_(new QLabel),
      searchDelay_(new QTimer(this)) {
  QFont font = title_->font();
  font.setPointSizeF(font.pointSizeF() * 1.5);
  font.setBold(true);
  title_->setFont(font);
  search_->setObjectName(QStringLiteral("activitySearch"));
  search_->setClearButtonEnabled(true);
  account_->setObjectName(QStringLiteral("activityAccount"));
  status_->setObjectName(QStringLiteral("activityStatus"));
  status_->setWordWrap(true);
  table_->setObjectName(QStringLiteral("activityTable"));
  table_->setModel(model_);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->hide();
  // Dates, blocks, types and amounts fit their content (an amount is never cut);
  // the counterparty and the memo take the rest, eliding in the middle.
  QHeaderView* header = table_->horizontalHeader();
  header->setSectionResizeMode(QHeaderView::ResizeToContents);
  header->setSectionResizeMode(ActivityModel::kCounterparty, QHeaderView::Interactive);
  header->setSectionResizeMode(ActivityModel::kDetails, QHeaderView::Stretch);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideMiddle);
  searchDelay_->setSingleShot(true);
  searchDelay_->setInterval(kSearchDelayMs);

  auto* filters = new QHBoxLayout;
  filters->addWidget(search_, 2);
  filters->addWidget(kinds_);
  filters->addWidget(account_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addWidget(title_);
  layout->addLayout(filters);
  layout->addWidget(table_, 1);
  layout->addWidget(status_);

  connect(search_, &QLineEdit::textChanged, searchDelay_, qOverload<>(&QTimer::start));
  connect(searchDelay_, &QTimer::timeout, this, &ActivityPage::applyFilter);
  connect(kinds_, &KindFilterButton::kindsChanged, this, &ActivityPage::applyFilter);
  connect(account_, &QComboBox::activated, this, &ActivityPage::applyFilter);
  connect(model_, &ActivityModel::pageLoaded, this, &ActivityPage::updateStatus);
  connect(model_, &QAbstractItemModel::modelReset, this, &ActivityPage::updateStatus);
  retranslateUi();
  applyFilter();  // the kinds' default: block rewards hidden
}

void ActivityPage::setAccounts(std::vector<OverviewAccount> accounts) {
  accounts_ = std::move(accounts);
  std::map<AccountKey, QString> names;
  for (const OverviewAccount& a : accounts_) {
    if (!a.label.isEmpty()) names[a.key] = a.label;
  }
  model_->setNames(std::move(names));
  retranslateUi();  // rebuilds the account filter
  applyFilter();
}

void ActivityPage::setUnit(DisplayUnit unit) { model_->setUnit(unit); }

void ActivityPage::applyFilter() {
  searchDelay_->stop();
  HistoryQuery filter;
  filter.text = search_->text().trimmed().toStdString();
  std::set<EntryKind> kinds = kinds_->showsAll() ? std::set<EntryKind>{} : kinds_->shownKinds();
  if (const int row = account_->currentIndex(); row > 0 && static_cast<std::size_t>(row) <= accounts_.size()) {
    filter.account = accounts_[static_cast<std::size_t>(row - 1)].key;
  }
  if (filter.text == model_->filter().text && filter.account == model_->filter().account &&
      sameKinds(kinds, model_->filter(), model_->kinds())) {
    return;
  }
  model_->setFilter(std::move(filter), std::move(kinds));
}

void ActivityPage::updateStatus() {
  QString text;
  if (!model_->lastError().isEmpty())
    text = tr("The history could not be read: %1").arg(model_->lastError());
  else if (!history_->lastError().isEmpty())
    text = tr("The wallet's history could not be scanned: %1").arg(history_->lastError());
  else if (!history_->ready())
    text = tr("Scanning the chain for the wallet's transactions…");
  else if (history_->scope() == HistoryScope::OwnTransactions)
    text =
        tr("This wallet runs a light node, which keeps no blocks: it lists what the transactions this wallet "
           "sent did, once a block holds them. Transfers from others, deadline payouts and block rewards are not "
           "listed; the balances, which its peers prove, include them.");
  else if (model_->rowCount() == 0 && !model_->isLoading())
    text = tr("Nothing to show.");
  status_->setText(text);
  status_->setVisible(!text.isEmpty());
}

void ActivityPage::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void ActivityPage::retranslateUi() {
  setWindowTitle(tr("Activity"));
  title_->setText(tr("Everything that happened to your accounts"));
  search_->setPlaceholderText(tr("Search memo, item, address, transaction or order ID"));
  search_->setAccessibleName(tr("Search the activity"));
  account_->setAccessibleName(tr("Account shown"));
  table_->setAccessibleName(tr("Activity"));
  kinds_->retranslateUi();

  const QVariant accountKey = account_->currentIndex() > 0 ? account_->currentData() : QVariant();
  account_->clear();
  account_->addItem(tr("All accounts"));
  for (const OverviewAccount& a : accounts_) {
    account_->addItem(a.label.isEmpty() ? a.address : a.label, a.address);
  }
  const int accountRow = accountKey.isValid() ? account_->findData(accountKey) : 0;
  account_->setCurrentIndex(std::max(accountRow, 0));
  updateStatus();
}

}  // namespace wb::ui
