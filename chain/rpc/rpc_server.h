// The node's JSON-RPC server (DESIGN §7): JSON-RPC 2.0 over HTTP POST "/" and
// event subscriptions over WebSocket "/ws", on one port, bound to 127.0.0.1
// unless configured otherwise, with cookie authentication.
//
// HTTP rules, in the order they are checked:
//   body over the limit            → 413 (before it is buffered; see HttpConnection)
//   an Origin not allowed          → 403 (a web page; programs send no Origin)
//   missing or wrong credentials   → 401 (no Basic challenge: no browser login prompt)
//   path other than "/"            → 404
//   method other than POST         → 405 with Allow: POST
//   Content-Type not application/json → 415 (a browser cannot send this type
//                                     cross-site without a preflight)
//   otherwise                      → 200 with the JSON-RPC response, or 204
//                                     when only notifications were sent.
// Every error response carries a JSON-RPC error body with a null id.
//
// Methods are registered on dispatcher() before start(). The server lives on
// one thread; methods may answer from any thread, and publish() may be called
// from any thread.
#pragma once

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>
#include <string>

#include "chain/core/error.h"
#include "chain/rpc/rpc_cookie.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_endpoint.h"
#include "chain/rpc/rpc_subscriptions.h"

class QAbstractHttpServer;
class QTcpSocket;

namespace wb::rpc {

struct RpcServerOptions {
  RpcEndpoint endpoint;                          // default 127.0.0.1, port chosen by the system
  QString cookiePath;                            // DATADIR/<network>/rpc.cookie
  std::string addressHrp;                        // network address prefix, for subscription filters
  qint64 maxBodyBytes = 1024 * 1024;             // DESIGN §7: bodies ≤ 1 MiB
  qint64 maxClientQueueBytes = 4 * 1024 * 1024;  // unsent WebSocket bytes before a client is dropped
  // Web pages that may call the node (exact `Origin` values, e.g. "http://localhost:3000"). A browser sends
  // `Origin` with every cross-site request; programs (curl, back-ends) send none. Default: no web page.
  QStringList allowedOrigins;
};

class RpcServer : public QObject {
  Q_OBJECT
public:
  explicit RpcServer(RpcServerOptions options, QObject* parent = nullptr);
  ~RpcServer() override;  // stops

  // Where methods are registered (before start()).
  RpcDispatcher& dispatcher() { return dispatcher_; }

  // Listens on the endpoint and writes the cookie file. Fails with
  // RpcErrc::ListenFailed (port taken, bad address) or RpcErrc::CookieIo; then nothing is
  // left listening and no cookie file is written.
  [[nodiscard]] Status start();

  // Stops listening, closes every connection and deletes the cookie file.
  // Calls still running are answered into the void.
  void stop();

  bool isListening() const { return http_ != nullptr; }
  // The bound port (useful with port 0); 0 when not listening.
  quint16 port() const { return port_; }
  QHostAddress address() const { return options_.endpoint.host; }
  // "http://HOST:PORT/" and "ws://HOST:PORT/ws" (empty when not listening).
  QUrl httpUrl() const;
  QUrl webSocketUrl() const;

  // Sends an event to WebSocket subscribers (see RpcSubscriptions::publish).
  // Thread-safe: from another thread it is queued to the server's thread.
  void publish(RpcTopic topic, const QJsonObject& params, const QStringList& filterKeys = {});

private:
  class Frontend;
  // One complete HTTP request (called by Frontend).
  void handle(const QHttpServerRequest& request, QTcpSocket* socket, QHttpServerResponder&& responder);
  // No `Origin` (not a browser) or one of options_.allowedOrigins.
  bool originAllowed(const QByteArray& origin) const;
  // A WebSocket upgrade: true when from an allowed origin, authorized and on /ws.
  bool acceptsUpgrade(const QHttpServerRequest& request, QTcpSocket* socket);
  // Answers a refused upgrade with 403, 401 or 404.
  void refuseUpgrade(const QHttpServerRequest& request, QHttpServerResponder&& responder);

  RpcServerOptions options_;
  RpcDispatcher dispatcher_;
  std::optional<RpcCookie> cookie_;
  QAbstractHttpServer* http_ = nullptr;
  RpcSubscriptions* subscriptions_ = nullptr;
  quint16 port_ = 0;
};

}  // namespace wb::rpc
