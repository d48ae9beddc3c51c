// Locks the wallet after a period without user activity (DESIGN §6). The owner calls
// touch() on activity; after `timeout` of silence the lock action runs once and
// locked() is emitted. Lives on (and must be used from) the thread it was created on.
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace wb {

class AutoLock : public QObject {
  Q_OBJECT
public:
  // `lockAction` runs when the timeout expires (e.g. keystore.lock()). The timer is
  // stopped until start() is called.
  explicit AutoLock(std::function<void()> lockAction, QObject* parent = nullptr);

  // Sets the idle time; zero disables auto-lock. Restarts the countdown if running.
  void setTimeout(std::chrono::milliseconds timeout);
  std::chrono::milliseconds timeout() const { return timeout_; }

  // Starts counting (call after unlocking); stop() pauses (call after locking by hand).
  void start();
  void stop();
  bool isActive() const { return timer_.isActive(); }

public slots:
  // Activity: restarts the countdown if it is running.
  void touch();

signals:
  // Emitted after the lock action ran because of the timeout.
  void locked();

private:
  void expire();

  std::function<void()> lockAction_;
  std::chrono::milliseconds timeout_{0};
  QTimer timer_;
};

}  // namespace wb
