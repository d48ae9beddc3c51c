#include "ui/activity/activity_model.h"

#include <QBrush>
#include <QColor>
#include <QPointer>
#include <algorithm>
#include <utility>

#include "chain/core/bech32m.h"
#include "ui/block_date.h"
#include "wallet/history_source.h"

namespace wb::ui {

ActivityModel::ActivityModel(HistorySource* history, std::string hrp, QObject* parent)
    : PagedTableModel(kColumnCount, parent), history_(history), hrp_(std::move(hrp)) {
  connect(history_, &HistorySource::changed, this, &ActivityModel::reload);
  setFilter({});
}

void ActivityModel::setFilter(HistoryQuery filter, std::set<EntryKind> kinds) {
  filter.before.reset();
  if (kinds.size() == 1) {  // the history filters one kind itself, page by page
    filter.kind = *kinds.begin();
    kinds.clear();
  }
  filter_ = std::move(filter);
  kinds_ = std::move(kinds);
  next_.reset();
  replaceRows({});
  reload();
}

void ActivityModel::setNames(std::map<AccountKey, QString> names) {
  names_ = std::move(names);
  columnChanged(kCounterparty);
}

void ActivityModel::setUnit(DisplayUnit unit) {
  unit_ = unit;
  columnChanged(kAmount);
  emit headerDataChanged(Qt::Horizontal, kAmount, kAmount);
}

void ActivityModel::setPageSize(std::size_t size) { pageSize_ = std::clamp<std::size_t>(size, 1, kMaxHistoryPage); }

void ActivityModel::reload() {
  // One request at a time: the answer in flight, now stale, starts the reload when it comes.
  if (pageRequest().busy()) {
    pageRequest().makeStale();
    return;
  }
  startReload();
}

void ActivityModel::startReload() {
  // The rows shown plus room for new ones on top, so the view keeps its place.
  request(pageRequest().start(), std::nullopt, std::min<std::size_t>(rowCount() + pageSize_, kMaxHistoryPage), true);
}

void ActivityModel::request(PageRequest::Ticket ticket, std::optional<HistoryCursor> before, std::size_t wanted,
                            bool replace) {
  HistoryQuery query = filter_;
  query.before = before;
  // Filtering here: big pages, so thousands of hidden rewards are skipped in a few requests.
  query.limit = kinds_.empty() ? wanted : kMaxHistoryPage;
  wanted_ = wanted;
  QPointer<ActivityModel> self(this);
  history_->query(std::move(query), [self, ticket, replace](Result<HistoryPage> page) {
    if (self) self->received(ticket, replace, std::move(page));
  });
}

void ActivityModel::received(PageRequest::Ticket ticket, bool replace, Result<HistoryPage> page) {
  if (!pageRequest().finish(ticket)) {  // the filter changed or the history moved meanwhile
    startReload();
    return;
  }
  if (!page) {
    setLastError(QString::fromStdString(page.error().message));
    emit pageLoaded();
    return;
  }
  setLastError({});
  std::erase_if(page->entries, [this](const HistoryEntry& e) { return !shows(e.kind); });
  const std::size_t got = page->entries.size();
  // Too few rows of the shown kinds and older ones remain: ask on before telling
  // anyone, and be busy already while the rows go in, so no view asks meanwhile.
  const bool more = got < wanted_ && page->next.has_value();
  const PageRequest::Ticket nextTicket = more ? pageRequest().start() : 0;
  const std::size_t stillWanted = wanted_ - got;
  next_ = page->next;
  if (replace) {
    replaceRows(std::move(page->entries));
  } else {
    appendPage(std::move(page->entries));
  }
  if (more) {
    request(nextTicket, next_, stillWanted, false);
    return;
  }
  emit pageLoaded();
}

QString ActivityModel::kindText(EntryKind kind) {
  switch (kind) {
    case EntryKind::Transfer:
      return tr("Transfer");
    case EntryKind::OrderCreate:
      return tr("Order created");
    case EntryKind::OrderPay:
      return tr("Order paid");
    case EntryKind::OrderShip:
      return tr("Order shipped");
    case EntryKind::OrderConfirm:
      return tr("Receipt confirmed");
    case EntryKind::OrderCancel:
      return tr("Order cancelled");
    case EntryKind::OrderDispute:
      return tr("Order disputed");
    case EntryKind::OrderResolve:
      return tr("Dispute resolved");
    case EntryKind::Stake:
      return tr("Stake");
    case EntryKind::Unstake:
      return tr("Unstake");
    case EntryKind::RegisterDelegate:
      return tr("Delegate registered");
    case EntryKind::Vote:
      return tr("Vote");
    case EntryKind::BlockReward:
      return tr("Block reward");
    case EntryKind::OrderTimeout:
      return tr("Order deadline");
    case EntryKind::StakeReleased:
      return tr("Stake released");
  }
  return QString::fromLatin1(entryKindName(kind).data(), static_cast<qsizetype>(entryKindName(kind).size()));
}

QString ActivityModel::partyText(const AccountKey& key) const {
  if (isZero(key)) return {};
  if (auto it = names_.find(key); it != names_.end()) return it->second;
  return QString::fromStdString(encodeAddress(hrp_, key));
}

namespace {

QString detailsOf(const HistoryEntry& e) {
  QStringList parts;
  if (!e.item.empty()) parts << QString::fromStdString(e.item);
  if (!e.memo.empty()) parts << QString::fromStdString(e.memo);
  if (e.noteText && !e.noteText->empty()) parts << QString::fromStdString(*e.noteText);
  return parts.join(QStringLiteral(" — "));
}

}  // namespace

QVariant ActivityModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount()) return {};
  const HistoryEntry& e = entry(index.row());
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case kDate:
        return blockDateText(e.time);
      case kHeight:
        return QVariant::fromValue<qulonglong>(e.height);
      case kKind:
        return kindText(e.kind);
      case kCounterparty:
        return partyText(e.counterparty);
      case kAmount: {
        if (e.amount.units == 0) return displayAmount(0, unit_);
        return QString(e.amount.negative ? QLatin1Char('-') : QLatin1Char('+')) + displayAmount(e.amount.units, unit_);
      }
      case kDetails:
        return detailsOf(e);
      default:
        return {};
    }
  }
  if (role == Qt::ToolTipRole) {
    QStringList lines;
    // The whole of what the view may elide, then the ids.
    if (index.column() == kCounterparty || index.column() == kDetails) {
      if (const QString text = data(index, Qt::DisplayRole).toString(); !text.isEmpty()) lines << text;
    }
    if (!isZero(e.txid)) lines << tr("Transaction %1").arg(QString::fromStdString(toHex(e.txid)));
    if (e.order) lines << tr("Order %1").arg(QString::fromStdString(toHex(*e.order)));
    if (e.fee > 0) lines << tr("Fee %1").arg(displayAmount(e.fee, unit_));
    if (!e.sealedNote.empty()) lines << tr("The note is sealed: unlock the wallet to read it.");
    return lines.join(QLatin1Char('\n'));
  }
  if (role == Qt::TextAlignmentRole && (index.column() == kAmount || index.column() == kHeight)) {
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  }
  if (role == Qt::ForegroundRole && index.column() == kAmount && e.amount.units > 0) {
    return QBrush(e.amount.negative ? QColor(0xb0, 0x00, 0x00) : QColor(0x00, 0x80, 0x00));
  }
  return {};
}

QStringList ActivityModel::columnTitles() const {
  return {tr("Date"), tr("Block"), tr("Type"), tr("Counterparty"), tr("Amount"), tr("Memo / item")};
}

}  // namespace wb::ui
