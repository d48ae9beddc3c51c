#include "chain/rpc/rpc_dispatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <exception>
#include <vector>

#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

namespace {

QJsonObject envelope(const QJsonValue& id) {
  return QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
}

QJsonObject errorResponse(const QJsonValue& id, const RpcError& error) {
  QJsonObject response = envelope(id);
  response.insert(QStringLiteral("error"), toJson(error));
  return response;
}

RpcError protocolError(ErrorCode code, const QString& message) {
  RpcError error = rpcErrorFrom(fail(code, message.toStdString()));
  return error;
}

// The spec allows string, number or null ids; anything else makes the request
// invalid and its response carries a null id.
bool isValidId(const QJsonValue& id) { return id.isString() || id.isDouble() || id.isNull(); }

QByteArray serialize(const QJsonValue& value) {
  return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                         : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

}  // namespace

// The responses of one body, filled in as methods answer.
struct RpcDispatcher::Batch {
  bool isArray = false;
  std::vector<std::optional<QJsonObject>> responses;
  int pending = 0;  // calls (not notifications) still running
  Done done;

  void finishIfComplete() {
    if (pending > 0 || !done) return;
    QJsonArray array;
    for (auto& response : responses)
      if (response) array.append(*response);
    Done callback = std::move(done);
    done = nullptr;
    if (array.isEmpty())
      callback(std::nullopt);
    else
      callback(serialize(isArray ? QJsonValue(array) : QJsonValue(array.first())));
  }
};

RpcDispatcher::RpcDispatcher(QObject* parent) : QObject(parent), inbox_(std::make_shared<ReplyInbox>(this)) {}

RpcDispatcher::~RpcDispatcher() { inbox_->close(); }

Status RpcDispatcher::registerMethod(const QString& name, RpcHandler handler) {
  if (name.isEmpty() || !handler) return fail(RpcErrc::InvalidRequest, "a method needs a name and a handler");
  if (methods_.contains(name))
    return fail(RpcErrc::MethodExists, "method " + name.toStdString() + " is already registered");
  methods_.insert(name, std::move(handler));
  return {};
}

Status RpcDispatcher::registerSyncMethod(const QString& name, RpcSyncHandler handler) {
  if (!handler) return fail(RpcErrc::InvalidRequest, "a method needs a name and a handler");
  return registerMethod(name, [handler = std::move(handler)](const QJsonObject& params, RpcReply reply) {
    reply.complete(handler(params));
  });
}

QByteArray RpcDispatcher::errorBody(const RpcError& error) { return serialize(errorResponse(QJsonValue::Null, error)); }

void RpcDispatcher::dispatch(const QByteArray& body, Done done) {
  QJsonParseError parseError{};
  const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    // QJsonDocument refuses a lone scalar ("5"), which is valid JSON and so an
    // invalid request rather than a parse error.
    QJsonParseError wrappedError{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
    if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
      auto batch = std::make_shared<Batch>();
      batch->done = std::move(done);
      batch->responses.resize(1);
      dispatchOne(wrapped.array().first(), batch, 0);
      batch->finishIfComplete();
      return;
    }
    done(errorBody(protocolError(
        RpcErrc::ParseError,
        QStringLiteral("parse error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()))));
    return;
  }
  auto batch = std::make_shared<Batch>();
  batch->done = std::move(done);
  if (document.isArray()) {
    const QJsonArray requests = document.array();
    if (requests.isEmpty() || requests.size() > kMaxBatchSize) {
      const QString why = requests.isEmpty() ? QStringLiteral("empty batch")
                                             : QStringLiteral("a batch holds at most %1 requests").arg(kMaxBatchSize);
      batch->done(errorBody(protocolError(RpcErrc::InvalidRequest, why)));
      return;
    }
    batch->isArray = true;
    batch->responses.resize(std::size_t(requests.size()));
    // Count every call first so an early answer cannot complete the batch.
    for (int i = 0; i < requests.size(); ++i) dispatchOne(requests.at(i), batch, i);
  } else {
    batch->responses.resize(1);
    dispatchOne(document.isObject() ? QJsonValue(document.object()) : QJsonValue(), batch, 0);
  }
  batch->finishIfComplete();
}

void RpcDispatcher::dispatchOne(const QJsonValue& value, const std::shared_ptr<Batch>& batch, int slot) {
  auto invalid = [&](const QJsonValue& id, const QString& why) {
    batch->responses[std::size_t(slot)] = errorResponse(id, protocolError(RpcErrc::InvalidRequest, why));
  };
  if (!value.isObject()) return invalid(QJsonValue::Null, QStringLiteral("a request must be an object"));
  const QJsonObject request = value.toObject();
  const bool isNotification = !request.contains(QStringLiteral("id"));
  const QJsonValue id = request.value(QStringLiteral("id"));
  if (!isNotification && !isValidId(id))
    return invalid(QJsonValue::Null, QStringLiteral("id must be a string, a number or null"));
  const QJsonValue replyId = isNotification ? QJsonValue(QJsonValue::Null) : id;
  for (auto it = request.constBegin(); it != request.constEnd(); ++it) {
    const QString key = it.key();
    if (key != u"jsonrpc" && key != u"id" && key != u"method" && key != u"params")
      return invalid(replyId, QStringLiteral("unknown request member '%1'").arg(key.left(64)));
  }
  if (request.value(QStringLiteral("jsonrpc")) != QJsonValue(QStringLiteral("2.0")))
    return invalid(replyId, QStringLiteral("jsonrpc must be \"2.0\""));
  const QJsonValue method = request.value(QStringLiteral("method"));
  if (!method.isString()) return invalid(replyId, QStringLiteral("method must be a string"));
  const QJsonValue params = request.value(QStringLiteral("params"));
  if (!params.isUndefined() && !params.isObject() && !params.isArray())
    return invalid(replyId, QStringLiteral("params must be an object"));

  auto answerNow = [&](ErrorCode code, const QString& why) {
    if (!isNotification) batch->responses[std::size_t(slot)] = errorResponse(id, protocolError(code, why));
  };
  const auto handler = methods_.constFind(method.toString());
  if (handler == methods_.constEnd())
    return answerNow(RpcErrc::MethodNotFound, QStringLiteral("method not found: %1").arg(method.toString().left(64)));
  if (params.isArray()) return answerNow(RpcErrc::InvalidParams, QStringLiteral("params must be an object"));

  if (!isNotification) ++batch->pending;
  RpcReply reply(inbox_, [batch, slot, id, isNotification](const QJsonValue& result, const RpcError* error) {
    if (isNotification) return;
    QJsonObject response = envelope(id);
    if (error != nullptr)
      response.insert(QStringLiteral("error"), toJson(*error));
    else
      response.insert(QStringLiteral("result"), result);
    batch->responses[std::size_t(slot)] = std::move(response);
    --batch->pending;
    batch->finishIfComplete();
  });
  // Exceptions must not cross into Qt's event loop; a throwing method is a bug
  // reported to the caller as an internal error.
  try {
    (*handler)(params.toObject(), reply);
  } catch (const std::exception&) {
    reply.reject(RpcError{kInternalError, QStringLiteral("the method failed unexpectedly"), {}});
  }
}

}  // namespace wb::rpc
