// A real waybilld process for integration tests: started with QProcess on
// 127.0.0.1 with free ports and a temporary data directory, reached over
// JSON-RPC with its cookie.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace wb::integration {

// A TCP port nobody listens on right now.
quint16 freePort();

// The path of the waybilld built with the tests.
QString daemonPath();

// One HTTP exchange.
struct HttpAnswer {
  int status = 0;
  QByteArray body;
  QString error;  // the transport's error, when there was one
};

// POSTs `body` to 127.0.0.1:`port` with Basic credentials `userPass` ("" = none).
HttpAnswer httpPost(quint16 port, const QByteArray& body, const QByteArray& userPass,
                    const QByteArray& contentType = "application/json");

class Daemon {
public:
  // `dataDir` and `network` locate the cookie (DATADIR/<network>/rpc.cookie).
  Daemon(QString dataDir, QString network);
  ~Daemon();  // SIGTERM, then waits

  // Starts waybilld with `args` plus --datadir and --rpc PORT and waits for its
  // "ready" line. Returns false (with the output in lastOutput()) on failure.
  bool start(const QStringList& args);
  // SIGTERM and wait; returns the exit code.
  int stop();
  // SIGKILL: no chance to clean up.
  void kill();

  // A JSON-RPC call; returns the whole response object ({result} or {error}).
  QJsonObject call(const QString& method, const QJsonObject& params = {});
  // The result of a call that must succeed (fails the test otherwise: empty object).
  QJsonValue result(const QString& method, const QJsonObject& params = {});
  // The error code of a call that must fail (0 when it succeeded).
  int errorCode(const QString& method, const QJsonObject& params = {});

  quint16 rpcPort() const { return rpcPort_; }
  QByteArray cookie() const;
  QString dataDir() const { return dataDir_; }
  QString genesisPath() const;
  QString output() const { return output_; }

private:
  QString dataDir_;
  QString network_;
  quint16 rpcPort_ = 0;
  std::unique_ptr<QProcess> process_;
  QString output_;
};

// Runs waybilld to completion with `args`; returns its exit code and output.
int runDaemon(const QStringList& args, QString* output = nullptr);

}  // namespace wb::integration
