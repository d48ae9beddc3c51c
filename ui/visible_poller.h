// Reads something from the node now and then, but only while a widget is on
// screen: the one home of "poll while visible" (Network page peers, the
// producer's hash rate). It reads once when the widget shows, then every
// `intervalMs`, and stops when it hides, so hidden pages cost the node nothing.
#pragma once

#include <QObject>
#include <functional>

class QTimer;
class QWidget;

namespace wb::ui {

class VisiblePoller : public QObject {
  Q_OBJECT
public:
  // Watches `widget` (which owns the poller); `read` runs on the GUI thread.
  VisiblePoller(QWidget* widget, int intervalMs, std::function<void()> read);

  bool isPolling() const;

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  std::function<void()> read_;
  QTimer* timer_;
};

}  // namespace wb::ui
