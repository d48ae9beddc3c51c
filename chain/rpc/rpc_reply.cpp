#include "chain/rpc/rpc_reply.h"

#include <atomic>
#include <optional>

namespace wb::rpc {

void ReplyInbox::post(std::function<void()> task) {
  // Holding the lock while posting keeps the target alive until the event is
  // queued; QObject's destructor then discards events still pending for it.
  std::lock_guard lock(mutex_);
  if (target_ != nullptr) QMetaObject::invokeMethod(target_, std::move(task), Qt::QueuedConnection);
}

void ReplyInbox::close() {
  std::lock_guard lock(mutex_);
  target_ = nullptr;
}

struct RpcReply::State {
  State(std::shared_ptr<ReplyInbox> inboxIn, Deliver deliverIn)
      : inbox(std::move(inboxIn)), deliver(std::move(deliverIn)) {}
  ~State() {
    if (!answered.exchange(true))
      send(QJsonValue(), RpcError{kInternalError, QStringLiteral("the method ended without an answer"), {}});
  }
  State(const State&) = delete;
  State& operator=(const State&) = delete;

  void send(QJsonValue result, std::optional<RpcError> error) {
    inbox->post([deliver = deliver, result = std::move(result), error = std::move(error)] {
      deliver(result, error ? &*error : nullptr);
    });
  }

  std::shared_ptr<ReplyInbox> inbox;
  Deliver deliver;
  std::atomic<bool> answered{false};
};

RpcReply::RpcReply(std::shared_ptr<ReplyInbox> inbox, Deliver deliver)
    : state_(std::make_shared<State>(std::move(inbox), std::move(deliver))) {}

void RpcReply::resolve(QJsonValue result) const {
  if (state_->answered.exchange(true)) return;
  if (result.isUndefined()) result = QJsonValue::Null;
  state_->send(std::move(result), std::nullopt);
}

void RpcReply::reject(RpcError error) const {
  if (state_->answered.exchange(true)) return;
  state_->send(QJsonValue(), std::move(error));
}

void RpcReply::complete(const Result<QJsonValue>& outcome) const {
  if (outcome.ok())
    resolve(outcome.value());
  else
    reject(outcome.error());
}

bool RpcReply::isAnswered() const { return state_->answered.load(); }

}  // namespace wb::rpc
