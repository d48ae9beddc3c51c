#include "wallet/auto_lock.h"

namespace wb {

AutoLock::AutoLock(std::function<void()> lockAction, QObject* parent)
    : QObject(parent), lockAction_(std::move(lockAction)) {
  timer_.setSingleShot(true);
  connect(&timer_, &QTimer::timeout, this, &AutoLock::expire);
}

void AutoLock::setTimeout(std::chrono::milliseconds timeout) {
  timeout_ = timeout;
  if (timer_.isActive()) start();
}

void AutoLock::start() {
  if (timeout_.count() <= 0) {
    timer_.stop();
    return;
  }
  timer_.start(timeout_);
}

void AutoLock::stop() { timer_.stop(); }

void AutoLock::touch() {
  if (timer_.isActive()) timer_.start(timeout_);
}

void AutoLock::expire() {
  if (lockAction_) lockAction_();
  emit locked();
}

}  // namespace wb
