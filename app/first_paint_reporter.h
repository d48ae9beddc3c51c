// For `waybill-bench gui-start`: with WAYBILL_REPORT_FIRST_PAINT set, the
// application prints "first-paint-ms N" (milliseconds since `clock` started,
// at the top of main) once the main window has painted for the first time, then
// quits. Nothing happens without the variable.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace wb::app {

class FirstPaintReporter : public QObject {
  Q_OBJECT
public:
  // True when the environment asks for the report.
  static bool requested();

  // Watches `window` (and its children) for their first paint.
  FirstPaintReporter(QWidget* window, QElapsedTimer clock, QObject* parent = nullptr);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  QWidget* window_;
  QElapsedTimer clock_;
  bool reported_ = false;
};

}  // namespace wb::app
