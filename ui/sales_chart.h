// The merchant's sales chart on the Overview (DESIGN §8): coins released to the
// wallet's accounts as merchants per day over the last two weeks, as bars.
// Figures come from NodeClient::sales and are fetched again on every new tip.
#pragma once

#include <QWidget>
#include <vector>

#include "interfaces/node_client.h"
#include "ui/display_unit.h"

class QChartView;
class QLabel;

namespace wb::ui {

class SalesChart : public QWidget {
  Q_OBJECT
public:
  static constexpr std::size_t kDays = 14;

  // `client` must outlive the chart.
  explicit SalesChart(node::NodeClient* client, QWidget* parent = nullptr);

  // The merchant accounts whose sales are drawn.
  void setAccounts(std::vector<AccountKey> accounts);
  void setUnit(DisplayUnit unit);
  // Asks for the figures again.
  void refresh();

  // The days drawn (oldest first) — what the bars show.
  const std::vector<node::SalesDay>& days() const { return days_; }

signals:
  // New figures were drawn.
  void updated();

protected:
  void changeEvent(QEvent* event) override;

private:
  void draw();

  node::NodeClient* client_;
  std::vector<AccountKey> accounts_;
  std::vector<node::SalesDay> days_;
  DisplayUnit unit_ = DisplayUnit::Wbl;
  std::uint64_t request_ = 0;  // answers to older requests are dropped
  QChartView* view_;
  QLabel* summary_;
};

}  // namespace wb::ui
