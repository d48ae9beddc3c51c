// The one home of the lazy, paged table model (DESIGN §8: tables fetch in pages,
// never the whole ledger). Activity, the block explorer and the orders table all
// show rows that arrive a page at a time from an asynchronous source as the view
// scrolls (canFetchMore / fetchMore), one request at a time, and drop an answer
// that a reset or a reload has made stale. PageRequest keeps the "one request
// whose answer counts" bookkeeping; PagedTableModel<Row> keeps the rows, the
// fetch protocol, the column titles and the row signals. A model derived from it
// keeps only its columns, its query and its row type.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <iterator>
#include <utility>
#include <vector>

namespace wb::ui {

// The request for a page whose answer is awaited, and whether that answer still
// counts. Each request gets a ticket that its answer brings back to finish(); an
// answer with any other ticket is stale and dropped, so an answer for an older
// state is never applied to a newer one.
class PageRequest {
public:
  // Identifies one request; 0 is never handed out.
  using Ticket = std::uint64_t;

  // Starts a request and returns the ticket its answer must bring back. A request
  // still in flight is superseded: its answer will be refused.
  [[nodiscard]] Ticket start();
  // True while `ticket` is the request in flight and its answer still counts.
  bool expects(Ticket ticket) const;
  // The answer for `ticket` came. Returns true when it counts (apply it) and false
  // when it was superseded, abandoned or made stale (drop it). Either way, the
  // request in flight ends when `ticket` is the one awaited.
  [[nodiscard]] bool finish(Ticket ticket);
  // The answer in flight will be refused, yet it is still awaited: busy() stays
  // true until it comes, so requests to the source never overlap.
  void makeStale();
  // The answer in flight will be refused and is no longer awaited: a new request
  // may start at once (busy() is false).
  void abandon();
  // True while a request's answer is awaited.
  bool busy() const { return awaited_ != 0; }

private:
  Ticket issued_ = 0;   // the last ticket handed out
  Ticket awaited_ = 0;  // the request whose answer is awaited (0: none)
  Ticket counts_ = 0;   // the request whose answer will be applied (0: none); 0 or awaited_
};

// A flat table of `Row`s, newest first, that grows a page at a time. The derived
// model (with Q_OBJECT and its own signals) says how many more pages there are
// (hasNextPage), asks its source for the next one (requestNextPage) through
// pageRequest(), and hands the answer to appendPage() or replaceRows().
// A template with no Q_OBJECT of its own: moc does not take templates, and the
// derived model's meta-object links to QAbstractTableModel's.
template <class Row>
class PagedTableModel : public QAbstractTableModel {
public:
  // Takes nothing but `parent` (a flat table); returns the rows shown, 0 under a valid parent.
  int rowCount(const QModelIndex& parent = {}) const override {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
  }
  // Takes nothing but `parent`; returns the number of columns given at construction, 0 under a valid parent.
  int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : columnCount_; }
  // Returns columnTitles()[section] for the horizontal header's DisplayRole, nothing for anything else.
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  // Takes nothing but `parent`; returns true when a view may ask for the next page:
  // no page request is in flight and the derived model says more remain.
  bool canFetchMore(const QModelIndex& parent = {}) const override {
    return !parent.isValid() && !pageRequest_.busy() && hasNextPage();
  }
  // Asks for the next page when canFetchMore(parent); otherwise does nothing.
  void fetchMore(const QModelIndex& parent = {}) override {
    if (canFetchMore(parent)) requestNextPage();
  }
  // Returns why the last page request failed, empty when its answer worked.
  QString lastError() const { return lastError_; }

protected:
  // `columnCount` is fixed for the model's life; `parent` owns the model.
  PagedTableModel(int columnCount, QObject* parent) : QAbstractTableModel(parent), columnCount_(columnCount) {}

  // Returns the translated column titles, one per column in column order.
  virtual QStringList columnTitles() const = 0;
  // Returns true when the source holds rows beyond those shown.
  virtual bool hasNextPage() const = 0;
  // Asks the source for the next page: starts a ticket with pageRequest().start()
  // and, when its answer comes, finishes it and appends the rows.
  virtual void requestNextPage() = 0;

  // The request for the next page (some models also send their reloads through
  // it); while it is busy, canFetchMore() is false.
  PageRequest& pageRequest() { return pageRequest_; }
  const PageRequest& pageRequest() const { return pageRequest_; }
  // Records the outcome of an answer for lastError(): `error` is empty when it worked.
  void setLastError(QString error) { lastError_ = std::move(error); }

  // Returns every row shown, in row order.
  const std::vector<Row>& rows() const { return rows_; }
  // Returns the row at `row`, or null outside the table.
  const Row* rowAt(int row) const {
    return row < 0 || row >= rowCount() ? nullptr : &rows_[static_cast<std::size_t>(row)];
  }
  // Inserts `page` before row `first` (rowCount() appends) with one rowsInserted; nothing when empty.
  void insertRowsAt(int first, std::vector<Row> page);
  // Appends `page` below the rows shown (the next older page).
  void appendPage(std::vector<Row> page) { insertRowsAt(rowCount(), std::move(page)); }
  // Shows `rows` instead of every row shown, with a model reset (a reload, a new filter).
  void replaceRows(std::vector<Row> rows);
  // Takes the row at `row` (0 ≤ row < rowCount()) away, with rowsRemoved.
  void removeRowAt(int row);
  // Shows `value` at `row` (0 ≤ row < rowCount()), with dataChanged over the whole row.
  void updateRow(int row, Row value);
  // Tells the views that every cell of `column` changed (a new unit, new names), when there are rows.
  void columnChanged(int column);

private:
  const int columnCount_;
  std::vector<Row> rows_;
  PageRequest pageRequest_;
  QString lastError_;
};

template <class Row>
QVariant PagedTableModel<Row>::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  const QStringList titles = columnTitles();
  return section >= 0 && section < titles.size() ? QVariant(titles[section]) : QVariant();
}

template <class Row>
void PagedTableModel<Row>::insertRowsAt(int first, std::vector<Row> page) {
  if (page.empty()) return;
  beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
  rows_.insert(rows_.begin() + first, std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
  endInsertRows();
}

template <class Row>
void PagedTableModel<Row>::replaceRows(std::vector<Row> rows) {
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
}

template <class Row>
void PagedTableModel<Row>::removeRowAt(int row) {
  beginRemoveRows({}, row, row);
  rows_.erase(rows_.begin() + row);
  endRemoveRows();
}

template <class Row>
void PagedTableModel<Row>::updateRow(int row, Row value) {
  rows_[static_cast<std::size_t>(row)] = std::move(value);
  emit dataChanged(index(row, 0), index(row, columnCount_ - 1));
}

template <class Row>
void PagedTableModel<Row>::columnChanged(int column) {
  if (!rows_.empty()) emit dataChanged(index(0, column), index(rowCount() - 1, column));
}

}  // namespace wb::ui
