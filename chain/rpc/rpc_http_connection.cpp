#include "chain/rpc/rpc_http_connection.h"

#include <QTimer>

#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

namespace {

// Request line and headers: Qt's parser refuses more than 80 KiB anyway.
constexpr qint64 kMaxHeadBytes = 80 * 1024;
// How long a rejected client may keep sending before the connection is closed.
constexpr int kDrainMilliseconds = 5000;
// Most bytes read and thrown away after a rejection.
constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;

// The value of header `name` (lower case, with colon) in a raw request head, or empty.
QByteArray headerValue(const QByteArray& head, const QByteArray& name) {
  const QByteArray lower = head.toLower();
  const auto at = lower.indexOf("\r\n" + name);
  if (at < 0) return {};
  const auto start = at + 2 + name.size();
  const auto end = lower.indexOf("\r\n", start);
  return lower.mid(start, end - start).trimmed();
}

}  // namespace

void writeHttpAnswer(QHttpServerResponder& responder, const HttpAnswer& answer) {
  responder.writeStatusLine(answer.status);
  if (!answer.body.isEmpty()) responder.writeHeader("Content-Type", "application/json");
  responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
  for (const auto& [name, value] : answer.headers) responder.writeHeader(name, value);
  responder.writeBody(answer.body);
}

HttpConnection::HttpConnection(QTcpSocket* socket, qint64 maxBody)
    : QObject(socket), socket_(socket), maxBody_(maxBody) {
  connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
}

HttpConnection* HttpConnection::of(QTcpSocket* socket) {
  return socket->findChild<HttpConnection*>(QString(), Qt::FindDirectChildrenOnly);
}

void HttpConnection::requestReceived() {
  received_ = 0;
  head_.clear();
  headLength_ = -1;
  contentLength_ = -1;
}

void HttpConnection::onReadyRead() {
  if (rejected_) return drain();
  // The HTTP server reads everything on each readyRead, so what is available
  // now is exactly what just arrived.
  const qint64 fresh = socket_->bytesAvailable();
  if (headLength_ < 0 && head_.size() < kMaxHeadBytes) {
    head_ += socket_->peek(std::min(fresh, kMaxHeadBytes - head_.size()));
    scanHeaders();
  }
  received_ += fresh;
  const qint64 bodyReceived = headLength_ < 0 ? received_ - kMaxHeadBytes : received_ - headLength_;
  if (contentLength_ > maxBody_ || bodyReceived > maxBody_) reject();
}

void HttpConnection::scanHeaders() {
  const auto end = head_.indexOf("\r\n\r\n");
  if (end < 0) return;
  headLength_ = end + 4;
  head_.truncate(headLength_);
  bool ok = false;
  const qint64 length = headerValue(head_, "content-length:").toLongLong(&ok);
  contentLength_ = ok ? length : -1;
  // curl and others wait for "100 Continue" before sending a large body; say
  // it only when the body will be accepted.
  if (contentLength_ <= maxBody_ && headerValue(head_, "expect:") == "100-continue")
    socket_->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::reject() {
  rejected_ = true;
  // Stop the HTTP server's parser: it would buffer the body we refuse.
  disconnect(socket_, &QTcpSocket::readyRead, nullptr, nullptr);
  connect(socket_, &QTcpSocket::readyRead, this, &HttpConnection::drain);
  if (socket_->isTransactionStarted()) socket_->commitTransaction();
  if (!slots_.empty()) {  // earlier answers pending on a pipelined connection
    socket_->abort();
    return;
  }
  const QByteArray body = RpcDispatcher::errorBody(
      rpcErrorFrom(fail(RpcErrc::BodyTooLarge, "request body larger than " + std::to_string(maxBody_) + " bytes")));
  socket_->write(
      "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
      "Content-Length: " +
      QByteArray::number(body.size()) + "\r\n\r\n" + body);
  QTimer::singleShot(kDrainMilliseconds, socket_, [socket = socket_] { socket->disconnectFromHost(); });
  socket_->skip(socket_->bytesAvailable());  // already counted in received_
  drain();
}

void HttpConnection::drain() {
  // Reading what the client still sends lets it see the 413 instead of a reset.
  received_ += socket_->skip(socket_->bytesAvailable());
  const bool sentAll = headLength_ >= 0 && contentLength_ >= 0 && received_ >= headLength_ + contentLength_;
  if (sentAll || received_ > kMaxDrainBytes) socket_->disconnectFromHost();
}

quint64 HttpConnection::reserve(QHttpServerResponder&& responder) {
  slots_.push_back(Slot{std::move(responder), std::nullopt});
  return firstTicket_ + slots_.size() - 1;
}

void HttpConnection::answer(quint64 ticket, HttpAnswer answer) {
  if (ticket < firstTicket_ || ticket - firstTicket_ >= slots_.size()) return;
  slots_[std::size_t(ticket - firstTicket_)].answer = std::move(answer);
  while (!slots_.empty() && slots_.front().answer) {
    writeHttpAnswer(slots_.front().responder, *slots_.front().answer);
    slots_.pop_front();
    ++firstTicket_;
  }
}

}  // namespace wb::rpc
