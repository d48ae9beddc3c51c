#include "tests/integration/daemon_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>
#include <csignal>

namespace wb::integration {

quint16 freePort() {
  QTcpServer server;
  if (!server.listen(QHostAddress::LocalHost, 0)) return 0;
  return server.serverPort();
}

QString daemonPath() { return QString::fromLocal8Bit(qgetenv("WAYBILL_BUILD_DIR")) + "/app/waybilld"; }

HttpAnswer httpPost(quint16 port, const QByteArray& body, const QByteArray& userPass, const QByteArray& contentType) {
  QNetworkAccessManager manager;
  QNetworkRequest request(QUrl(QString("http://127.0.0.1:%1/").arg(port)));
  request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
  if (!userPass.isEmpty()) request.setRawHeader("Authorization", "Basic " + userPass.toBase64());
  request.setTransferTimeout(30000);
  QNetworkReply* reply = manager.post(request, body);
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
  HttpAnswer answer;
  answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  answer.body = reply->readAll();
  if (reply->error() != QNetworkReply::NoError) answer.error = reply->errorString();
  reply->deleteLater();
  return answer;
}

Daemon::Daemon(QString dataDir, QString network) : dataDir_(std::move(dataDir)), network_(std::move(network)) {}

Daemon::~Daemon() { stop(); }

bool Daemon::start(const QStringList& args) {
  rpcPort_ = freePort();
  process_ = std::make_unique<QProcess>();
  process_->setProcessChannelMode(QProcess::MergedChannels);
  process_->start(daemonPath(), args + QStringList{"--datadir", dataDir_, "--rpc", QString::number(rpcPort_)});
  if (!process_->waitForStarted(10000)) return false;
  // Only this run's output counts: a restarted node's earlier "ready" line does not.
  const qsizetype thisRun = output_.size();
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < 30000) {
    if (process_->state() != QProcess::Running && process_->bytesAvailable() == 0) break;
    process_->waitForReadyRead(200);
    output_ += QString::fromLocal8Bit(process_->readAll());
    if (output_.indexOf("waybilld: ready", thisRun) >= 0) return true;
  }
  output_ += QString::fromLocal8Bit(process_->readAll());
  return false;
}

int Daemon::stop() {
  if (!process_) return -1;
  if (process_->state() == QProcess::Running) {
    process_->terminate();
    if (!process_->waitForFinished(20000)) process_->kill();
  }
  process_->waitForFinished(5000);
  output_ += QString::fromLocal8Bit(process_->readAll());
  const int code = process_->exitStatus() == QProcess::NormalExit ? process_->exitCode() : -1;
  process_.reset();
  return code;
}

void Daemon::kill() {
  if (!process_) return;
  ::kill(static_cast<pid_t>(process_->processId()), SIGKILL);
  process_->waitForFinished(10000);
  process_.reset();
}

QByteArray Daemon::cookie() const {
  QFile file(QDir(dataDir_).filePath(network_ + "/rpc.cookie"));
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll().trimmed();
}

QString Daemon::genesisPath() const { return QDir(dataDir_).filePath(network_ + "/genesis.json"); }

QJsonObject Daemon::call(const QString& method, const QJsonObject& params) {
  const QJsonObject request{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
  const HttpAnswer answer = httpPost(rpcPort_, QJsonDocument(request).toJson(QJsonDocument::Compact), cookie());
  if (answer.body.isEmpty()) qWarning("%s: HTTP %d, %s", qPrintable(method), answer.status, qPrintable(answer.error));
  return QJsonDocument::fromJson(answer.body).object();
}

QJsonValue Daemon::result(const QString& method, const QJsonObject& params) {
  const QJsonObject response = call(method, params);
  if (!response.contains("result")) {
    qWarning("%s failed: %s", qPrintable(method), QJsonDocument(response).toJson(QJsonDocument::Compact).constData());
    if (response.isEmpty() && process_) {
      // No answer at all: what the node said last tells why (a crash, a sanitizer report).
      output_ += QString::fromLocal8Bit(process_->readAll());
      qWarning("node state %d, its last output:\n%s", int(process_->state()), qPrintable(output_.right(4000)));
    }
    return QJsonObject();
  }
  return response["result"];
}

int Daemon::errorCode(const QString& method, const QJsonObject& params) {
  return call(method, params)["error"].toObject()["code"].toInt();
}

int runDaemon(const QStringList& args, QString* output) {
  QProcess process;
  process.setProcessChannelMode(QProcess::MergedChannels);
  process.start(daemonPath(), args);
  process.waitForFinished(120000);
  if (output != nullptr) *output = QString::fromLocal8Bit(process.readAll());
  return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

}  // namespace wb::integration
