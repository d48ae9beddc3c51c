// Exports every order of a listing to a CSV file without freezing the window:
// pages come from the node one after another (OrderPager), then the file is
// encoded and written on a worker thread (order_csv.h). Destroying the export
// abandons it; the target file is then left as it was.
#pragma once

#include <QObject>
#include <QString>
#include <string>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/orders/order_pager.h"

namespace wb::ui {

class OrderCsvExport : public QObject {
  Q_OBJECT
public:
  static constexpr std::size_t kPageSize = 500;

  // `client` must outlive the export; `hrp` spells the addresses.
  OrderCsvExport(node::NodeClient* client, OrderFilter filter, std::string hrp, QObject* parent = nullptr);

  // Starts fetching and then writes `path`; emits progress() per page and finished() once.
  void start(const QString& path);

signals:
  // `orders` have been read so far.
  void progress(qulonglong orders);
  // Done: `error` is empty on success, else why nothing was written.
  void finished(const QString& error, qulonglong orders);

private:
  void nextPage();
  void write();

  OrderPager* pager_;
  std::string hrp_;
  QString path_;
  std::vector<state::Order> orders_;
};

}  // namespace wb::ui
