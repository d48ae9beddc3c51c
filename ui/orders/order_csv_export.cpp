#include "ui/orders/order_csv_export.h"

#include <QPointer>

#include "ui/async_task.h"
#include "ui/orders/order_csv.h"

namespace wb::ui {

OrderCsvExport::OrderCsvExport(node::NodeClient* client, OrderFilter filter, std::string hrp, QObject* parent)
    : QObject(parent), pager_(new OrderPager(client, std::move(filter), kPageSize, this)), hrp_(std::move(hrp)) {}

void OrderCsvExport::start(const QString& path) {
  path_ = path;
  orders_.clear();
  nextPage();
}

void OrderCsvExport::nextPage() {
  if (pager_->atEnd()) {
    write();
    return;
  }
  QPointer<OrderCsvExport> self(this);
  pager_->fetchNext([self](Result<std::vector<state::Order>> page) {
    if (!self) return;
    if (!page) {
      emit self->finished(QString::fromStdString(page.error().message), self->orders_.size());
      return;
    }
    self->orders_.insert(self->orders_.end(), std::make_move_iterator(page->begin()),
                         std::make_move_iterator(page->end()));
    emit self->progress(self->orders_.size());
    self->nextPage();
  });
}

void OrderCsvExport::write() {
  const qulonglong count = orders_.size();
  runAsync(
      this,
      [orders = std::move(orders_), path = path_, hrp = hrp_]() -> QString {
        const Status written = writeOrdersCsv(path, orders, hrp);
        return written ? QString() : QString::fromStdString(written.error().message);
      },
      [this, count](QString error) { emit finished(error, count); });
  orders_.clear();
}

}  // namespace wb::ui
