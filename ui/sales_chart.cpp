#include "ui/sales_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include "chain/core/amount.h"

namespace wb::ui {
namespace {

// Bar heights are for drawing only: the exact sums stay integers and are what the
// summary line and any tooltip show.
double plotValue(Amount units, DisplayUnit unit) { return formatInUnit(units, unit).toDouble(); }

}  // namespace

SalesChart::SalesChart(node::NodeClient* client, QWidget* parent)
    : QWidget(parent), client_(client), view_(new QChartView), summary_(new QLabel) {
  setObjectName(QStringLiteral("salesChart"));
  view_->setObjectName(QStringLiteral("salesChartView"));
  view_->setRenderHint(QPainter::Antialiasing);
  view_->setMinimumHeight(180);
  summary_->setObjectName(QStringLiteral("salesSummary"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(summary_);
  layout->addWidget(view_, 1);
  connect(client_, &node::NodeClient::tipChanged, this, &SalesChart::refresh);
  draw();
}

void SalesChart::setAccounts(std::vector<AccountKey> accounts) {
  accounts_ = std::move(accounts);
  refresh();
}

void SalesChart::setUnit(DisplayUnit unit) {
  unit_ = unit;
  draw();
}

void SalesChart::refresh() {
  const std::uint64_t request = ++request_;
  if (accounts_.empty()) {
    days_.clear();
    draw();
    return;
  }
  QPointer<SalesChart> self(this);
  const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
  client_->sales(accounts_, now, kDays, [self, request](Result<std::vector<node::SalesDay>> days) {
    if (!self || request != self->request_) return;
    if (days)
      self->days_ = std::move(*days);
    else
      self->summary_->setText(tr("Sales could not be read: %1").arg(QString::fromStdString(days.error().message)));
    if (days) self->draw();
    emit self->updated();
  });
}

void SalesChart::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) draw();
  QWidget::changeEvent(event);
}

void SalesChart::draw() {
  Amount total = 0;
  std::size_t orders = 0;
  auto* set = new QBarSet(tr("Sales (%1)").arg(unitSymbol(unit_)));
  QStringList labels;
  const QLocale locale;
  for (const node::SalesDay& day : days_) {
    auto sum = checkedAdd(total, day.revenue);
    if (sum) total = *sum;  // an overflow cannot come from a sound ledger; the bars still show
    orders += day.orders;
    *set << plotValue(day.revenue, unit_);
    const QDate date = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(day.dayStart), QTimeZone::utc()).date();
    labels << locale.toString(date, QStringLiteral("MM-dd"));
  }
  // Two counts need two plural forms: the order count is its own %n string.
  const QString orderCount = tr("%n order(s)", nullptr, static_cast<int>(orders));
  summary_->setText(tr("Sales in the last %n day(s): %1 from %2", nullptr, static_cast<int>(kDays))
                        .arg(displayAmount(total, unit_), orderCount));
  auto* series = new QBarSeries;
  series->append(set);
  auto* chart = new QChart;
  chart->addSeries(series);
  chart->legend()->hide();
  chart->setMargins(QMargins(0, 0, 0, 0));
  auto* axisX = new QBarCategoryAxis;
  axisX->append(labels);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis;
  axisY->setLabelFormat(QStringLiteral("%.0f"));
  axisY->setMin(0);
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
  QChart* old = view_->chart();
  view_->setChart(chart);  // the view owns the new chart; the old one goes
  delete old;
}

}  // namespace wb::ui
