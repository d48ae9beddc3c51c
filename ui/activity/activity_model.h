// The Activity table (DESIGN §8): the wallet's history as a lazy table model.
// Rows arrive a page at a time from a HistorySource (canFetchMore / fetchMore ask
// for the next older page as the view scrolls); a new filter or a change of the
// history reloads from the newest entry, keeping as many rows as were loaded
// (up to kMaxHistoryPage). Several kinds at once (e.g. everything but block
// rewards) are filtered here, skipping through pages of the others: the
// history's query takes one kind only. One request is in flight at a time
// (PagedTableModel's pageRequest()): a reload asked for meanwhile makes its answer
// stale, and that answer, dropped, starts the reload.
#pragma once

#include <QString>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ui/display_unit.h"
#include "ui/paged_rows.h"
#include "wallet/history.h"

namespace wb {
class HistorySource;
}

namespace wb::ui {

class ActivityModel : public PagedTableModel<HistoryEntry> {
  Q_OBJECT
public:
  enum Column { kDate, kHeight, kKind, kCounterparty, kAmount, kDetails, kColumnCount };
  // Entries per page fetched, by default.
  static constexpr std::size_t kDefaultPageSize = 100;

  // `history` must outlive the model; `hrp` names counterparties as addresses.
  ActivityModel(HistorySource* history, std::string hrp, QObject* parent = nullptr);

  // Shows only entries matching `filter` (its cursor and limit are ignored) whose
  // kind is one of `kinds` (empty: every kind), and reloads.
  void setFilter(HistoryQuery filter, std::set<EntryKind> kinds = {});
  // The kinds filtered here (empty when the query's own kind filter does it).
  const std::set<EntryKind>& kinds() const { return kinds_; }
  const HistoryQuery& filter() const { return filter_; }
  // Names shown instead of addresses (the wallet's account labels, contacts).
  void setNames(std::map<AccountKey, QString> names);
  void setUnit(DisplayUnit unit);
  // Entries asked for per page (1…kMaxHistoryPage); takes effect with the next request.
  void setPageSize(std::size_t size);

  // The entry of `row` (rows are newest first).
  const HistoryEntry& entry(int row) const { return rows()[static_cast<std::size_t>(row)]; }
  // True while a page request is in flight.
  bool isLoading() const { return pageRequest().busy(); }

  // Reloads from the newest entry (the history changed).
  void reload();

  // The translated name of an entry kind.
  static QString kindText(EntryKind kind);

  // Returns the text, tooltip, alignment or colour of the cell at `index` for `role`; nothing outside the table.
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
  // A page arrived (or failed: see lastError()).
  void pageLoaded();

protected:
  // PagedTableModel: the titles of the columns, whether older entries remain, and asking for them.
  QStringList columnTitles() const override;
  bool hasNextPage() const override { return next_.has_value(); }
  void requestNextPage() override { request(pageRequest().start(), next_, pageSize_, false); }

private:
  // Sends request `ticket` for entries older than `before` (nullopt = from the
  // newest) until `wanted` rows of the shown kinds came (or the history ended);
  // `replace` swaps the rows for the first answer instead of appending it.
  void request(PageRequest::Ticket ticket, std::optional<HistoryCursor> before, std::size_t wanted, bool replace);
  bool shows(EntryKind kind) const { return kinds_.empty() || kinds_.count(kind) > 0; }
  void received(PageRequest::Ticket ticket, bool replace, Result<HistoryPage> page);
  void startReload();
  QString partyText(const AccountKey& key) const;

  HistorySource* history_;
  std::string hrp_;
  HistoryQuery filter_;
  std::set<EntryKind> kinds_;
  std::map<AccountKey, QString> names_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::optional<HistoryCursor> next_;  // set when older entries remain
  std::size_t pageSize_ = kDefaultPageSize;
  std::size_t wanted_ = 0;  // rows the request in flight still looks for
};

}  // namespace wb::ui
