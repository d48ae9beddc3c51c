// Per-connection state of the RPC HTTP front end. Qt HttpServer 6.4 buffers a
// whole request before handing it over and answers synchronously, so this
// object adds what the node needs around it:
//   - a body guard that watches bytes as they arrive and answers 413 once the
//     announced Content-Length or the bytes received exceed the limit, before
//     the body is buffered (the rest is read and discarded, then the
//     connection is closed);
//   - an ordered queue of answers, so methods may finish out of order while
//     responses on one keep-alive connection still go out in request order.
// It lives as a child of its socket and dies with it.
#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QObject>
#include <QTcpSocket>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace wb::rpc {

// One HTTP answer.
struct HttpAnswer {
  QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
  QByteArray body;  // JSON, or empty (204)
  std::vector<std::pair<QByteArray, QByteArray>> headers;
};

// Writes `answer` (status, Content-Type for a body, Content-Length, headers, body).
void writeHttpAnswer(QHttpServerResponder& responder, const HttpAnswer& answer);

class HttpConnection : public QObject {
  Q_OBJECT
public:
  // Attaches to `socket` (as its child) before the HTTP server reads from it,
  // so the guard sees every byte first. `maxBody`: largest accepted body.
  HttpConnection(QTcpSocket* socket, qint64 maxBody);

  // The connection attached to `socket`, or nullptr.
  static HttpConnection* of(QTcpSocket* socket);

  // A request was fully received: reset the guard for the next one.
  void requestReceived();
  // True after the guard answered 413; later requests are ignored.
  bool isRejected() const { return rejected_; }

  // Reserves the next answer slot; returns its ticket.
  quint64 reserve(QHttpServerResponder&& responder);
  // Fills the slot of `ticket` and writes every answer that is now in order.
  void answer(quint64 ticket, HttpAnswer answer);

private:
  struct Slot {
    QHttpServerResponder responder;
    std::optional<HttpAnswer> answer;
  };

  void onReadyRead();
  void scanHeaders();
  void reject();
  void drain();

  QTcpSocket* socket_;
  qint64 maxBody_;
  // Guard state of the request being received.
  qint64 received_ = 0;
  QByteArray head_;         // the start of the request, until its blank line
  qint64 headLength_ = -1;  // bytes up to and including the blank line, once seen
  qint64 contentLength_ = -1;
  bool rejected_ = false;
  // Answers in request order.
  std::deque<Slot> slots_;
  quint64 firstTicket_ = 0;
};

}  // namespace wb::rpc
