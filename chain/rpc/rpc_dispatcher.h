// JSON-RPC 2.0 request handling without any transport: parses a body, checks
// each request, runs the registered methods and assembles the response (one
// object, a batch array, or nothing when only notifications were sent).
// HTTP and WebSocket front ends both feed it bodies.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "chain/core/error.h"
#include "chain/rpc/rpc_reply.h"

namespace wb::rpc {

// A method: receives the named params (an empty object when none were sent)
// and answers through `reply`, now or later, from any thread. It must check all
// its params before changing anything (see RpcParams).
using RpcHandler = std::function<void(const QJsonObject& params, RpcReply reply)>;

// A method that answers at once on the server's thread.
using RpcSyncHandler = std::function<Result<QJsonValue>(const QJsonObject& params)>;

// Most requests accepted in one batch (the body limit bounds them too).
inline constexpr int kMaxBatchSize = 1000;

class RpcDispatcher : public QObject {
  Q_OBJECT
public:
  explicit RpcDispatcher(QObject* parent = nullptr);
  ~RpcDispatcher() override;

  // Adds a method. Register before serving, on the dispatcher's thread. Fails
  // with RpcErrc::MethodExists for a name taken, RpcErrc::InvalidRequest for an empty name.
  [[nodiscard]] Status registerMethod(const QString& name, RpcHandler handler);
  [[nodiscard]] Status registerSyncMethod(const QString& name, RpcSyncHandler handler);

  bool hasMethod(const QString& name) const { return methods_.contains(name); }

  // Called once per dispatch with the response body, or nullopt when nothing
  // is to be sent back (notifications only).
  using Done = std::function<void(std::optional<QByteArray> response)>;

  // Handles one body (a request or a batch). `done` runs on the dispatcher's
  // thread exactly once, possibly before dispatch() returns (malformed input)
  // and never if the dispatcher is destroyed first.
  void dispatch(const QByteArray& body, Done done);

  // The serialized error response {"jsonrpc":"2.0","id":null,"error":…}, for
  // failures found before a body reaches the dispatcher (auth, size, HTTP method).
  static QByteArray errorBody(const RpcError& error);

private:
  struct Batch;
  void dispatchOne(const QJsonValue& request, const std::shared_ptr<Batch>& batch, int slot);

  QHash<QString, RpcHandler> methods_;
  std::shared_ptr<ReplyInbox> inbox_;
};

}  // namespace wb::rpc
