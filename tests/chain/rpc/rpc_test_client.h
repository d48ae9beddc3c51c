// Loopback clients for the RPC server suites: a started server with its cookie
// in a temporary directory, and an HTTP POST helper over QNetworkAccessManager.
#pragma once

#include <QtNetwork>
#include <QtTest>
#include <memory>

#include "chain/rpc/rpc_server.h"
#include "tests/test_util.h"

namespace wb::rpc::test {

struct HttpResult {
  int status = 0;
  QByteArray body;
  QNetworkReply::NetworkError error = QNetworkReply::NoError;
  QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
  QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
  int rpcErrorCode() const { return json().value("error").toObject().value("code").toInt(); }
  QHash<QByteArray, QByteArray> headers;  // lower-case names
};

// Sends one request and waits for the whole answer.
inline HttpResult send(QNetworkAccessManager& network, const QUrl& url, const QByteArray& body,
                       const QByteArray& authorization, const QByteArray& verb = "POST",
                       const QByteArray& contentType = "application/json", const QByteArray& origin = {}) {
  QNetworkRequest request(url);
  if (!contentType.isEmpty()) request.setRawHeader("Content-Type", contentType);
  if (!origin.isEmpty()) request.setRawHeader("Origin", origin);
  if (!authorization.isEmpty()) request.setRawHeader("Authorization", authorization);
  std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
  QSignalSpy finished(reply.get(), &QNetworkReply::finished);
  if (!reply->isFinished() && !finished.wait(15000)) qFatal("no HTTP answer");
  HttpResult result;
  result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  result.body = reply->readAll();
  result.error = reply->error();
  for (const auto& [name, value] : reply->rawHeaderPairs()) result.headers.insert(name.toLower(), value);
  return result;
}

// A started server on 127.0.0.1:0 with its cookie in a temporary directory.
struct ServerFixture {
  explicit ServerFixture(qint64 maxClientQueueBytes = 4 * 1024 * 1024) {
    RpcServerOptions options;
    options.cookiePath = dir.filePath("rpc.cookie");
    options.addressHrp = "wbl";
    options.maxClientQueueBytes = maxClientQueueBytes;
    server = std::make_unique<RpcServer>(std::move(options));
  }
  // Call after registering methods.
  void start() {
    const Status started = server->start();
    QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
    auto header = authorizationFromCookieFile(dir.filePath("rpc.cookie"));
    QVERIFY(header.ok());
    authorization = *header;
  }
  HttpResult post(const QByteArray& body) { return send(network, server->httpUrl(), body, authorization); }

  QTemporaryDir dir;
  std::unique_ptr<RpcServer> server;
  QByteArray authorization;
  QNetworkAccessManager network;
};

}  // namespace wb::rpc::test
