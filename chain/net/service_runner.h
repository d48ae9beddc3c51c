// Runs a service object (a full or a light node) on its own QThread with its
// own event loop (DESIGN §1): it is opened, set up and started on that thread,
// used there through queued calls, and destroyed there. node::NodeRunner and
// light::LightRunner are this for their node.
#pragma once

#include <QMetaObject>
#include <QThread>
#include <functional>
#include <memory>

#include "chain/core/error.h"

namespace wb::net {

template <class Service>
class ServiceRunner {
public:
  using Open = std::function<Result<std::unique_ptr<Service>>()>;
  using Setup = std::function<Status(Service&)>;

  ServiceRunner() = default;
  ~ServiceRunner() { stop(); }
  ServiceRunner(const ServiceRunner&) = delete;
  ServiceRunner& operator=(const ServiceRunner&) = delete;

  // Starts a thread named `name`, runs `open` on it, then `setup` (if any) and
  // the service's start(); waits for that and returns its outcome (on failure
  // nothing keeps running).
  [[nodiscard]] Status start(const char* name, Open open, Setup setup) {
    if (service_ != nullptr) return {};
    thread_ = std::make_unique<QThread>();
    thread_->setObjectName(QString::fromLatin1(name));
    thread_->start();
    // A context object living on the new thread, so the opening runs there.
    auto* anchor = new QObject;
    anchor->moveToThread(thread_.get());
    Status outcome;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
          auto service = open();
          if (!service) {
            outcome = service.error();
            return;
          }
          if (setup) {
            outcome = setup(**service);
            if (!outcome) return;
          }
          outcome = (*service)->start();
          if (outcome) service_ = service->release();
        },
        Qt::BlockingQueuedConnection);
    anchor->deleteLater();  // runs on the new thread
    if (!outcome) {
      thread_->quit();
      thread_->wait();
      thread_.reset();
    }
    return outcome;
  }

  // Destroys the service on its thread and ends the thread. Safe to call twice.
  void stop() {
    if (!thread_) return;
    if (service_ != nullptr) {
      Service* service = service_;
      service_ = nullptr;
      QMetaObject::invokeMethod(
          service, [service] { delete service; }, Qt::BlockingQueuedConnection);
    }
    thread_->quit();
    thread_->wait();
    thread_.reset();
  }

  Service* get() const { return service_; }
  QThread* thread() const { return thread_.get(); }

private:
  std::unique_ptr<QThread> thread_;
  Service* service_ = nullptr;  // owned; deleted on its thread by stop()
};

}  // namespace wb::net
