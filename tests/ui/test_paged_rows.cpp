// ui::PageRequest and ui::PagedTableModel (issue 16: the one home of the paged,
// asynchronous table model behind Activity, the block explorer and the orders
// table). A model over the numbers 0…total-1 whose source answers only when the
// test says so, in any order, shows what the shared piece guarantees: pages in
// order, one request at a time, a stale answer dropped, the end, an error.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <vector>

#include "chain/core/error.h"
#include "chain/rpc/rpc_errc.h"
#include "ui/paged_rows.h"

using wb::Error;
using wb::ErrorCode;
using wb::Result;
using wb::RpcErrc;
using wb::ui::PagedTableModel;
using wb::ui::PageRequest;

namespace {

// The rows 0…total-1 in pages of `pageSize`; column 0 shows n, column 1 shows n².
class NumbersModel : public PagedTableModel<int> {
public:
  // A request the source has not answered yet: its ticket and the first number it asks for.
  struct Asked {
    PageRequest::Ticket ticket = 0;
    int first = 0;
  };

  NumbersModel(int total, int pageSize) : PagedTableModel(2, nullptr), total_(total), pageSize_(pageSize) {}

  // The requests still unanswered, oldest first.
  const std::vector<Asked>& asked() const { return asked_; }

  // The source answers the request at `which` in asked() with its numbers.
  void answer(std::size_t which) {
    const Asked a = take(which);
    std::vector<int> page;
    for (int n = a.first; n < std::min(a.first + pageSize_, total_); ++n) page.push_back(n);
    received(a, std::move(page));
  }
  // The source answers the request at `which` in asked() with `error`.
  void fail(std::size_t which, Error error) { received(take(which), std::move(error)); }

  // Starts again from the first number, as a reload or a new filter does.
  void restart() {
    pageRequest().abandon();
    next_ = 0;
    replaceRows({});
    fetchMore();
  }

  // The row edits that a model makes when its source tells of a change.
  void insertAtTop(std::vector<int> numbers) { insertRowsAt(0, std::move(numbers)); }
  void update(int row, int number) { updateRow(row, number); }
  void remove(int row) { removeRowAt(row); }
  void squaresChanged() { columnChanged(1); }

  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
    const int* n = rowAt(index.row());
    if (!n || role != Qt::DisplayRole) return {};
    return index.column() == 0 ? *n : *n * *n;
  }

protected:
  QStringList columnTitles() const override { return {QStringLiteral("n"), QStringLiteral("n²")}; }
  bool hasNextPage() const override { return next_ < total_; }
  void requestNextPage() override { asked_.push_back({pageRequest().start(), next_}); }

private:
  Asked take(std::size_t which) {
    const Asked a = asked_.at(which);
    asked_.erase(asked_.begin() + static_cast<std::ptrdiff_t>(which));
    return a;
  }
  void received(const Asked& a, Result<std::vector<int>> page) {
    if (!pageRequest().finish(a.ticket)) return;
    if (!page) {
      setLastError(QString::fromStdString(page.error().message));
      return;
    }
    setLastError({});
    next_ = a.first + static_cast<int>(page->size());
    appendPage(std::move(*page));
  }

  int total_;
  int pageSize_;
  int next_ = 0;
  std::vector<Asked> asked_;
};

std::vector<int> shown(const NumbersModel& model) {
  std::vector<int> numbers;
  for (int row = 0; row < model.rowCount(); ++row) numbers.push_back(model.index(row, 0).data().toInt());
  return numbers;
}

}  // namespace

class TestPagedRows : public QObject {
  Q_OBJECT
private slots:
  void pagesAreAppendedInOrderUntilTheEnd() {
    NumbersModel model(5, 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore());

    model.fetchMore();
    QCOMPARE(model.asked().size(), std::size_t{1});
    QCOMPARE(model.rowCount(), 0);  // nothing until the source answers
    model.answer(0);
    QCOMPARE(shown(model), (std::vector<int>{0, 1}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.last().at(1).toInt(), 0);
    QCOMPARE(inserted.last().at(2).toInt(), 1);

    model.fetchMore();
    model.answer(0);
    QCOMPARE(shown(model), (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(inserted.last().at(1).toInt(), 2);
    QCOMPARE(inserted.last().at(2).toInt(), 3);
    QVERIFY(model.canFetchMore());

    model.fetchMore();
    model.answer(0);
    QCOMPARE(shown(model), (std::vector<int>{0, 1, 2, 3, 4}));
    QVERIFY(!model.canFetchMore());  // the end: no view asks again
    model.fetchMore();
    QVERIFY(model.asked().empty());
    QCOMPARE(model.index(4, 1).data().toInt(), 16);
  }

  void noSecondRequestWhileOneIsInFlight() {
    NumbersModel model(10, 3);
    model.fetchMore();
    QVERIFY(!model.canFetchMore());
    model.fetchMore();
    model.fetchMore();
    QCOMPARE(model.asked().size(), std::size_t{1});
    model.answer(0);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.asked().size(), std::size_t{1});
    QCOMPARE(model.asked().front().first, 3);
  }

  void aStaleAnswerIsDroppedAfterAReset() {
    NumbersModel model(10, 2);
    model.fetchMore();
    model.answer(0);
    model.fetchMore();  // asks for 2 and 3 …
    QCOMPARE(model.asked().front().first, 2);
    model.restart();  // … but the list starts again: it asks for 0 and 1 at once
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.asked().size(), std::size_t{2});
    QVERIFY(!model.canFetchMore());

    model.answer(1);  // the new request's answer counts
    QCOMPARE(shown(model), (std::vector<int>{0, 1}));
    QVERIFY(model.canFetchMore());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.answer(0);  // the old one, late, for the rows the reset dropped
    QCOMPARE(shown(model), (std::vector<int>{0, 1}));
    QCOMPARE(inserted.count(), 0);
    QVERIFY(model.canFetchMore());  // and it did not end the request of another
  }

  void anErrorIsReportedAndThePageCanBeAskedAgain() {
    NumbersModel model(4, 2);
    model.fetchMore();
    model.fail(0, Error{RpcErrc::Internal, "the node is gone"});
    QCOMPARE(model.lastError(), QStringLiteral("the node is gone"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore());
    model.fetchMore();
    QCOMPARE(model.asked().front().first, 0);  // the same page again
    model.answer(0);
    QCOMPARE(model.lastError(), QString());
    QCOMPARE(shown(model), (std::vector<int>{0, 1}));
  }

  void headersAndRowEditsReachTheViews() {
    NumbersModel model(4, 4);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("n²"));
    QVERIFY(!model.headerData(2, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.squaresChanged();
    QCOMPARE(changed.count(), 0);  // no rows: nothing to tell

    model.fetchMore();
    model.answer(0);  // every number: the tester (which fetches more, as a view does) finds no more to ask for
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.insertAtTop({-2, -1});
    QCOMPARE(shown(model), (std::vector<int>{-2, -1, 0, 1, 2, 3}));
    model.update(1, 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.last().at(1).toModelIndex(), model.index(1, 1));
    QCOMPARE(model.index(1, 1).data().toInt(), 49);
    model.remove(0);
    QCOMPARE(shown(model), (std::vector<int>{7, 0, 1, 2, 3}));
    model.squaresChanged();
    QCOMPARE(changed.last().at(0).toModelIndex(), model.index(0, 1));
    QCOMPARE(changed.last().at(1).toModelIndex(), model.index(4, 1));
    QVERIFY(!model.index(5, 0).data().isValid());
  }

  void aSupersededRequestIsRefused() {
    PageRequest request;
    QVERIFY(!request.busy());
    const PageRequest::Ticket first = request.start();
    const PageRequest::Ticket second = request.start();
    QVERIFY(first != second);
    QVERIFY(!request.expects(first));
    QVERIFY(request.expects(second));
    QVERIFY(!request.finish(first));
    QVERIFY(request.busy());  // still waiting for the second
    QVERIFY(request.finish(second));
    QVERIFY(!request.busy());
    QVERIFY(!request.finish(second));  // an answer counts once
  }

  void aStaleRequestIsAwaitedButAnAbandonedOneIsNot() {
    PageRequest request;
    const PageRequest::Ticket stale = request.start();
    request.makeStale();
    QVERIFY(request.busy());  // requests never overlap: its answer is still awaited
    QVERIFY(!request.expects(stale));
    QVERIFY(!request.finish(stale));
    QVERIFY(!request.busy());

    const PageRequest::Ticket abandoned = request.start();
    request.abandon();
    QVERIFY(!request.busy());  // a new request may start at once
    const PageRequest::Ticket fresh = request.start();
    QVERIFY(!request.finish(abandoned));
    QVERIFY(request.busy());  // the late answer did not end the fresh request
    QVERIFY(request.finish(fresh));
  }
};

QTEST_GUILESS_MAIN(TestPagedRows)
#include "test_paged_rows.moc"
