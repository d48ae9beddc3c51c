// One JSON-RPC call over HTTP to an in-process node, for suites that check what
// the RPC server answers (the integration suites use real processes instead).
#pragma once

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace wb::test {

// Calls `method` with `params` on 127.0.0.1:`port`, authenticated with the cookie
// in `networkDir`; the "result" object, or the "error" object (empty when the
// cookie cannot be read). Runs an event loop until the answer is in.
inline QJsonObject rpcCall(quint16 port, const QString& networkDir, const QString& method, const QJsonObject& params) {
  QFile cookie(QDir(networkDir).filePath("rpc.cookie"));
  if (!cookie.open(QIODevice::ReadOnly)) return {};
  QNetworkAccessManager manager;
  QNetworkRequest request(QUrl(QString("http://127.0.0.1:%1/").arg(port)));
  request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
  request.setRawHeader("Authorization", "Basic " + cookie.readAll().trimmed().toBase64());
  const QJsonObject body{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
  QNetworkReply* reply = manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
  const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
  reply->deleteLater();
  return answer.contains("result") ? answer["result"].toObject() : answer["error"].toObject();
}

}  // namespace wb::test
