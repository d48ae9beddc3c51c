#include "tests/integration/rpc_connection.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace wb::integration {
namespace {

constexpr int kTimeoutMs = 60000;

}  // namespace

RpcConnection::RpcConnection(quint16 port, QByteArray cookie)
    : port_(port), authorization_("Basic " + cookie.toBase64()) {}

RpcConnection::~RpcConnection() = default;

bool RpcConnection::ensureConnected() {
  if (socket_ && socket_->state() == QAbstractSocket::ConnectedState) return true;
  socket_ = std::make_unique<QTcpSocket>();
  buffer_.clear();
  socket_->connectToHost(QHostAddress::LocalHost, port_);
  if (!socket_->waitForConnected(kTimeoutMs)) {
    lastError_ = socket_->errorString();
    return false;
  }
  // Small requests go out at once (no Nagle delay waiting for the last ACK).
  socket_->setSocketOption(QAbstractSocket::LowDelayOption, 1);
  return true;
}

QByteArray RpcConnection::post(const QByteArray& body) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!ensureConnected()) return {};
    QByteArray request =
        "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: " + authorization_ +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket_->write(request);
    while (socket_->bytesToWrite() > 0) {
      if (!socket_->waitForBytesWritten(kTimeoutMs)) break;
    }
    QByteArray response;
    if (readResponse(response)) return response;
    socket_.reset();  // closed by the server (keep-alive ended): once more on a new connection
  }
  return {};
}

bool RpcConnection::readResponse(QByteArray& body) {
  qsizetype headerEnd = -1;
  while ((headerEnd = buffer_.indexOf("\r\n\r\n")) < 0) {
    if (!socket_->waitForReadyRead(kTimeoutMs)) {
      lastError_ = socket_->errorString();
      return false;
    }
    buffer_ += socket_->readAll();
  }
  const QByteArray headers = buffer_.left(headerEnd).toLower();
  qsizetype length = 0;
  if (const qsizetype at = headers.indexOf("content-length:"); at >= 0) {
    const qsizetype end = headers.indexOf("\r\n", at);
    length = headers.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toLongLong();
  }
  const qsizetype total = headerEnd + 4 + length;
  while (buffer_.size() < total) {
    if (!socket_->waitForReadyRead(kTimeoutMs)) {
      lastError_ = socket_->errorString();
      return false;
    }
    buffer_ += socket_->readAll();
  }
  body = buffer_.mid(headerEnd + 4, length);
  buffer_.remove(0, total);
  if (headers.contains("connection: close")) socket_.reset();
  return true;
}

QJsonObject RpcConnection::call(const QString& method, const QJsonObject& params) {
  const QJsonObject request{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
  return QJsonDocument::fromJson(post(QJsonDocument(request).toJson(QJsonDocument::Compact))).object();
}

QJsonArray RpcConnection::batch(const QJsonArray& requests) {
  QJsonArray body;
  for (int i = 0; i < requests.size(); ++i) {
    QJsonObject request = requests[i].toObject();
    request["jsonrpc"] = "2.0";
    request["id"] = i;
    body.append(request);
  }
  const QJsonArray answers = QJsonDocument::fromJson(post(QJsonDocument(body).toJson(QJsonDocument::Compact))).array();
  QJsonArray ordered;
  for (int i = 0; i < requests.size(); ++i) ordered.append(QJsonObject());
  for (const QJsonValue& answer : answers) {
    const int id = answer["id"].toInt(-1);
    if (id >= 0 && id < ordered.size()) ordered[id] = answer;
  }
  return ordered;
}

}  // namespace wb::integration
