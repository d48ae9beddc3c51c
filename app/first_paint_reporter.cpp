#include "app/first_paint_reporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace wb::app {

bool FirstPaintReporter::requested() { return qEnvironmentVariableIsSet("WAYBILL_REPORT_FIRST_PAINT"); }

FirstPaintReporter::FirstPaintReporter(QWidget* window, QElapsedTimer clock, QObject* parent)
    : QObject(parent), window_(window), clock_(clock) {
  QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintReporter::eventFilter(QObject* watched, QEvent* event) {
  if (!reported_ && event->type() == QEvent::Paint && watched->isWidgetType() &&
      static_cast<QWidget*>(watched)->window() == window_) {
    reported_ = true;
    // Queued: the paint that triggered this completes first.
    QTimer::singleShot(0, this, [this] {
      std::printf("first-paint-ms %lld\n", static_cast<long long>(clock_.elapsed()));
      std::fflush(stdout);
      QCoreApplication::quit();
    });
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace wb::app
