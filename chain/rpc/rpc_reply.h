// The completion handle a method gets with each call. Methods answer later and
// from any thread (node methods run on the node thread; some wait for a block),
// so the answer travels back to the server's thread through a queued event.
#pragma once

#include <QJsonValue>
#include <QObject>
#include <functional>
#include <memory>
#include <mutex>

#include "chain/core/error.h"
#include "chain/rpc/rpc_error.h"

namespace wb::rpc {

// Where answers are delivered: a QObject's thread, reached by queued events.
// Shared by the dispatcher and every pending reply; close() (from the
// dispatcher's destructor) makes later answers vanish instead of touching a
// dead object.
class ReplyInbox {
public:
  explicit ReplyInbox(QObject* target) : target_(target) {}

  // Runs `task` on the target's thread, or drops it when the inbox is closed.
  void post(std::function<void()> task);
  // Stops delivery; safe against concurrent post().
  void close();

private:
  std::mutex mutex_;
  QObject* target_;
};

// One call's answer: a result or an error. Copyable and thread-safe; the first
// resolve/reject wins and later ones are ignored. If every copy is destroyed
// without an answer, the caller receives an internal error rather than waiting
// forever.
class RpcReply {
public:
  // What the server does with the answer (runs on the inbox's thread).
  using Deliver = std::function<void(const QJsonValue& result, const RpcError* error)>;

  RpcReply(std::shared_ptr<ReplyInbox> inbox, Deliver deliver);

  // Answers with `result` (an undefined value is sent as null).
  void resolve(QJsonValue result) const;
  // Answers with `error` as given.
  void reject(RpcError error) const;
  // Answers with the mapped error of DESIGN §7 (see rpcErrorFrom).
  void reject(const Error& error) const { reject(rpcErrorFrom(error)); }
  // resolve() on success, reject() on failure.
  void complete(const Result<QJsonValue>& outcome) const;

  // True once resolve or reject has been called on any copy.
  bool isAnswered() const;

private:
  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace wb::rpc
