#include "chain/rpc/rpc_server.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_http_connection.h"

namespace wb::rpc {

namespace {

using HttpStatus = QHttpServerResponder::StatusCode;

// A QTcpServer that attaches an HttpConnection to each socket before the HTTP
// server connects its parser, so the body guard reads every byte first.
class GuardedTcpServer : public QTcpServer {
public:
  GuardedTcpServer(qint64 maxBody, QObject* parent) : QTcpServer(parent), maxBody_(maxBody) {}

protected:
  void incomingConnection(qintptr descriptor) override {
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
      delete socket;
      return;
    }
    new HttpConnection(socket, maxBody_);
    addPendingConnection(socket);
  }

private:
  qint64 maxBody_;
};

HttpAnswer errorAnswer(HttpStatus status, ErrorCode code, const std::string& message) {
  return HttpAnswer{status, RpcDispatcher::errorBody(rpcErrorFrom(fail(code, message))), {}};
}

bool isWebSocketUpgrade(const QHttpServerRequest& request) {
  return request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

// No `WWW-Authenticate: Basic` challenge: it would let any web page make the browser
// ask its user for the node's credentials. Clients send the cookie unasked.
HttpAnswer unauthorizedAnswer() {
  return errorAnswer(HttpStatus::Unauthorized, RpcErrc::Unauthorized, "authorization required (cookie)");
}

HttpAnswer foreignOriginAnswer() {
  return errorAnswer(HttpStatus::Forbidden, RpcErrc::NotAllowed,
                     "requests from web pages are refused (their Origin is not in the allowed list)");
}

}  // namespace

// Qt HttpServer's low-level API: hands every complete request to the RpcServer.
class RpcServer::Frontend : public QAbstractHttpServer {
public:
  Frontend(RpcServer* server) : QAbstractHttpServer(server), server_(server) {}

protected:
  // Qt HttpServer 6.4 also calls this for a WebSocket upgrade request: true
  // hands the socket to its WebSocket server, false refuses the upgrade
  // through missingHandler() and closes the connection.
  bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override {
    if (isWebSocketUpgrade(request)) return server_->acceptsUpgrade(request, socket);
    server_->handle(request, socket, makeResponder(request, socket));
    return true;
  }
  void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override {
    server_->refuseUpgrade(request, makeResponder(request, socket));
  }

private:
  RpcServer* server_;
};

RpcServer::RpcServer(RpcServerOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)), dispatcher_(this) {}

RpcServer::~RpcServer() { stop(); }

Status RpcServer::start() {
  if (http_ != nullptr) return {};
  auto* tcp = new GuardedTcpServer(options_.maxBodyBytes, this);
  if (!tcp->listen(options_.endpoint.host, options_.endpoint.port)) {
    const std::string why = tcp->errorString().toStdString();
    delete tcp;
    return fail(RpcErrc::ListenFailed, "cannot listen for RPC on " + options_.endpoint.host.toString().toStdString() +
                                           ":" + std::to_string(options_.endpoint.port) + ": " + why);
  }
  auto cookie = RpcCookie::create(options_.cookiePath);
  if (!cookie.ok()) {
    delete tcp;
    return cookie.error();
  }
  cookie_.emplace(std::move(*cookie));
  port_ = tcp->serverPort();
  auto* frontend = new Frontend(this);
  frontend->bind(tcp);
  http_ = frontend;
  subscriptions_ =
      new RpcSubscriptions([this](const QByteArray& authorization) { return cookie_->accepts(authorization); },
                           options_.addressHrp, options_.maxClientQueueBytes, this);
  connect(frontend, &QAbstractHttpServer::newWebSocketConnection, subscriptions_,
          [frontend, subscriptions = subscriptions_] {
            while (frontend->hasPendingWebSocketConnections())
              subscriptions->addClient(frontend->nextPendingWebSocketConnection());
          });
  return {};
}

void RpcServer::stop() {
  if (http_ == nullptr) return;
  subscriptions_->closeAll();
  delete subscriptions_;
  subscriptions_ = nullptr;
  // Deleting the HTTP server deletes its listening socket and, through it, the
  // connections (they are its children).
  delete http_;
  http_ = nullptr;
  port_ = 0;
  cookie_->removeFile();
  cookie_.reset();
}

QUrl RpcServer::httpUrl() const {
  if (!isListening()) return {};
  QUrl url;
  url.setScheme(QStringLiteral("http"));
  url.setHost(address().toString());
  url.setPort(port_);
  url.setPath(QStringLiteral("/"));
  return url;
}

QUrl RpcServer::webSocketUrl() const {
  QUrl url = httpUrl();
  if (url.isEmpty()) return url;
  url.setScheme(QStringLiteral("ws"));
  url.setPath(QStringLiteral("/ws"));
  return url;
}

void RpcServer::publish(RpcTopic topic, const QJsonObject& params, const QStringList& filterKeys) {
  if (QThread::currentThread() != thread()) {
    QMetaObject::invokeMethod(
        this, [this, topic, params, filterKeys] { publish(topic, params, filterKeys); }, Qt::QueuedConnection);
    return;
  }
  if (subscriptions_ != nullptr) subscriptions_->publish(topic, params, filterKeys);
}

void RpcServer::handle(const QHttpServerRequest& request, QTcpSocket* socket, QHttpServerResponder&& responder) {
  HttpConnection* connection = HttpConnection::of(socket);
  if (connection == nullptr) return;  // not one of ours: cannot happen with GuardedTcpServer
  connection->requestReceived();
  if (connection->isRejected()) return;
  const quint64 ticket = connection->reserve(std::move(responder));

  std::optional<HttpAnswer> refusal;
  if (!originAllowed(request.value("Origin"))) {
    refusal = foreignOriginAnswer();  // before the cookie: a page learns nothing, not even whether it is right
  } else if (!cookie_->accepts(request.value("Authorization"))) {
    refusal = unauthorizedAnswer();
  } else if (request.url().path() != QStringLiteral("/")) {
    refusal = errorAnswer(HttpStatus::NotFound, RpcErrc::NotAllowed, "JSON-RPC is served on / and events on /ws");
  } else if (request.method() != QHttpServerRequest::Method::Post) {
    refusal = errorAnswer(HttpStatus::MethodNotAllowed, RpcErrc::NotAllowed, "JSON-RPC calls use POST");
    refusal->headers.emplace_back("Allow", "POST");
  } else if (!request.value("Content-Type").trimmed().toLower().startsWith("application/json")) {
    refusal =
        errorAnswer(HttpStatus::UnsupportedMediaType, RpcErrc::NotAllowed, "Content-Type must be application/json");
  } else if (request.body().size() > options_.maxBodyBytes) {
    refusal = errorAnswer(HttpStatus::PayloadTooLarge, RpcErrc::BodyTooLarge, "request body too large");
  }
  if (refusal) return connection->answer(ticket, std::move(*refusal));

  QPointer<HttpConnection> alive(connection);
  dispatcher_.dispatch(request.body(), [alive, ticket](std::optional<QByteArray> response) {
    if (alive.isNull()) return;  // the client went away while the call ran
    if (response)
      alive->answer(ticket, HttpAnswer{HttpStatus::Ok, std::move(*response), {}});
    else
      alive->answer(ticket, HttpAnswer{HttpStatus::NoContent, {}, {}});
  });
}

}  // namespace wb::rpc

namespace wb::rpc {

bool RpcServer::originAllowed(const QByteArray& origin) const {
  return origin.isEmpty() || options_.allowedOrigins.contains(QString::fromUtf8(origin));
}

bool RpcServer::acceptsUpgrade(const QHttpServerRequest& request, QTcpSocket* socket) {
  if (!originAllowed(request.value("Origin"))) return false;
  if (!cookie_->accepts(request.value("Authorization")) || request.url().path() != QStringLiteral("/ws")) return false;
  // From here the socket speaks WebSocket: the HTTP body guard steps aside.
  if (HttpConnection* connection = HttpConnection::of(socket)) delete connection;
  return true;
}

void RpcServer::refuseUpgrade(const QHttpServerRequest& request, QHttpServerResponder&& responder) {
  HttpAnswer answer = !originAllowed(request.value("Origin")) ? foreignOriginAnswer()
                      : cookie_->accepts(request.value("Authorization"))
                          ? errorAnswer(HttpStatus::NotFound, RpcErrc::NotAllowed, "WebSocket events are served on /ws")
                          : unauthorizedAnswer();
  writeHttpAnswer(responder, answer);
}

}  // namespace wb::rpc
