// One keep-alive HTTP/1.1 connection to a waybilld's JSON-RPC port, used the
// way a shop back-end uses it: many calls, one TCP connection, no event loop
// (blocking waits, so each thread can own one). Daemon::call opens a new
// connection per call; this measures and loads the node, not the client.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <memory>

class QTcpSocket;

namespace wb::integration {

class RpcConnection {
public:
  // `cookie` is "user:password" from the node's rpc.cookie.
  RpcConnection(quint16 port, QByteArray cookie);
  ~RpcConnection();
  RpcConnection(const RpcConnection&) = delete;
  RpcConnection& operator=(const RpcConnection&) = delete;

  // POSTs `body` and returns the response body; empty on a transport failure
  // (see lastError()). Reconnects when the server closed the connection.
  QByteArray post(const QByteArray& body);

  // One request: the whole response object ({result} or {error}).
  QJsonObject call(const QString& method, const QJsonObject& params = {});
  // A JSON-RPC batch of `requests` ({method, params} objects; ids are their
  // positions): the responses in request order (missing ones are empty objects).
  QJsonArray batch(const QJsonArray& requests);

  QString lastError() const { return lastError_; }

private:
  bool ensureConnected();
  // Reads one response (headers and Content-Length body) from the socket.
  bool readResponse(QByteArray& body);

  quint16 port_;
  QByteArray authorization_;
  std::unique_ptr<QTcpSocket> socket_;
  QByteArray buffer_;  // bytes read past the last response
  QString lastError_;
};

}  // namespace wb::integration
