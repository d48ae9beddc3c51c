#include "ui/visible_poller.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace wb::ui {

VisiblePoller::VisiblePoller(QWidget* widget, int intervalMs, std::function<void()> read)
    : QObject(widget), read_(std::move(read)), timer_(new QTimer(this)) {
  timer_->setInterval(intervalMs);
  connect(timer_, &QTimer::timeout, this, [this] { read_(); });
  widget->installEventFilter(this);
}

bool VisiblePoller::isPolling() const { return timer_->isActive(); }

bool VisiblePoller::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Show) {
    timer_->start();
    read_();
  } else if (event->type() == QEvent::Hide) {
    timer_->stop();
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace wb::ui
