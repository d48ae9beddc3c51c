// The HTTP front end over real loopback sockets: cookie auth and file, body
// limit, HTTP rules, JSON-RPC errors, batches, and methods that take time.
#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>

#include "chain/core/secure_bytes.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/state_errc.h"
#include "tests/chain/rpc/rpc_test_client.h"

using namespace wb;
using namespace wb::rpc;
using namespace wb::rpc::test;

namespace {

QByteArray call(const char* method, const char* params = "{}", int id = 1) {
  return QByteArray(R"({"jsonrpc":"2.0","id":)") + QByteArray::number(id) + R"(,"method":")" + method +
         R"(","params":)" + params + "}";
}

}  // namespace

class TestRpcServer : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { WB_VERIFY_OK(initCrypto()); }

  void init() {
    fixture_ = std::make_unique<ServerFixture>();
    balance_ = 100;
    RpcDispatcher& dispatcher = fixture_->server->dispatcher();
    WB_VERIFY_OK(dispatcher.registerSyncMethod(
        "echo", [](const QJsonObject& params) -> Result<QJsonValue> { return QJsonValue(params); }));
    // Spends from a balance: every check comes before the change.
    WB_VERIFY_OK(dispatcher.registerSyncMethod("spend", [this](const QJsonObject& object) -> Result<QJsonValue> {
      RpcParams params(object);
      const auto amount = params.requiredInteger("amount", 1, 1'000'000);
      WB_TRY(amount);
      WB_TRY(params.finish());
      if (*amount > balance_) return fail(StateErrc::InsufficientFunds, "not enough");
      balance_ -= *amount;
      return QJsonValue(balance_);
    }));
    // Answers from a worker thread once the test releases it.
    WB_VERIFY_OK(dispatcher.registerMethod("slow", [this](const QJsonObject&, RpcReply reply) {
      QThreadPool::globalInstance()->start([this, reply] {
        release_.acquire();
        reply.resolve(QStringLiteral("slow done"));
      });
    }));
    fixture_->start();
  }
  void cleanup() {
    release_.release(8);  // never leave a worker waiting
    QThreadPool::globalInstance()->waitForDone();
    release_.acquire(release_.available());
    fixture_.reset();
  }

  void cookieFileIsPrivateAndWellFormed() {
    QFile file(fixture_->dir.filePath("rpc.cookie"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(QRegularExpression("^__cookie__:[0-9a-f]{64}$").match(QString::fromLatin1(content)).hasMatch());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file.permissions() & QFile::ReadOwner);
  }

  void eachStartWritesANewCookieAndStopDeletesIt() {
    const QString path = fixture_->dir.filePath("rpc.cookie");
    const QByteArray first = fixture_->authorization;
    fixture_->server->stop();
    QVERIFY(!QFile::exists(path));
    QVERIFY(!fixture_->server->isListening());
    QCOMPARE(fixture_->server->port(), quint16(0));
    WB_VERIFY_OK(fixture_->server->start());
    QVERIFY(QFile::exists(path));
    QVERIFY(*authorizationFromCookieFile(path) != first);
  }

  void boundToLoopbackWithAChosenPort() {
    QVERIFY(fixture_->server->port() != 0);
    QCOMPARE(fixture_->server->address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(fixture_->server->httpUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/").arg(fixture_->server->port()));
    QCOMPARE(fixture_->server->webSocketUrl().toString(),
             QStringLiteral("ws://127.0.0.1:%1/ws").arg(fixture_->server->port()));
  }

  void portInUseFailsCleanly() {
    RpcServerOptions options;
    options.endpoint.port = fixture_->server->port();
    options.cookiePath = fixture_->dir.filePath("second.cookie");
    RpcServer second(options);
    WB_VERIFY_FAILS(second.start(), RpcErrc::ListenFailed);
    QVERIFY(!QFile::exists(options.cookiePath));
  }

  void unwritableCookieFailsCleanly() {
    RpcServerOptions options;
    options.cookiePath = fixture_->dir.filePath("missing-dir/rpc.cookie");
    RpcServer other(options);
    WB_VERIFY_FAILS(other.start(), RpcErrc::CookieIo);
    QVERIFY(!other.isListening());
  }

  void authorization_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("wrong secret") << QByteArray("Basic ") + QByteArray("__cookie__:" + QByteArray(64, 'a')).toBase64();
    QTest::newRow("wrong user") << QByteArray("Basic ") + QByteArray("user:pass").toBase64();
    QTest::newRow("bearer") << QByteArray("Bearer abc");
    QTest::newRow("bad base64") << QByteArray("Basic !!!!");
  }
  void authorization() {
    QFETCH(QByteArray, header);
    const int before = balance_;
    const HttpResult result =
        send(fixture_->network, fixture_->server->httpUrl(), call("spend", R"({"amount":1})"), header);
    QCOMPARE(result.status, 401);
    // Issue 14: no Basic challenge, so a web page cannot make the browser ask for the node's password.
    QVERIFY(result.header("WWW-Authenticate").isEmpty());
    QCOMPARE(result.json().value("error").toObject().value("data").toObject().value("code").toString(),
             QStringLiteral("rpc.unauthorized"));
    QCOMPARE(balance_, before);
  }

  // Issue 14: a web page (the browser sends its Origin) cannot call the node, even
  // with the right cookie; programs (no Origin) and allowed origins can.
  void webPagesAreRefused() {
    const int before = balance_;
    auto& network = fixture_->network;
    const QUrl url = fixture_->server->httpUrl();
    const HttpResult page = send(network, url, call("spend", R"({"amount":1})"), fixture_->authorization, "POST",
                                 "application/json", "http://evil.example");
    QCOMPARE(page.status, 403);
    QCOMPARE(page.json().value("error").toObject().value("data").toObject().value("code").toString(),
             QStringLiteral("rpc.not_allowed"));
    QCOMPARE(balance_, before);
    const HttpResult anonymous =
        send(network, url, call("spend", R"({"amount":1})"), {}, "POST", "application/json", "http://evil.example");
    QCOMPARE(anonymous.status, 403);  // not even told whether a cookie would do
  }

  void allowedOriginIsServed() {
    RpcServerOptions options;
    options.cookiePath = fixture_->dir.filePath("other.cookie");
    options.allowedOrigins = {QStringLiteral("http://localhost:3000")};
    RpcServer server(options);
    WB_VERIFY_OK(server.dispatcher().registerSyncMethod(
        QStringLiteral("echo"), [](const QJsonObject&) -> Result<QJsonValue> { return QJsonValue(1); }));
    WB_VERIFY_OK(server.start());
    auto auth = authorizationFromCookieFile(fixture_->dir.filePath("other.cookie"));
    QVERIFY(auth.ok());
    QCOMPARE(send(fixture_->network, server.httpUrl(), call("echo"), *auth, "POST", "application/json",
                  "http://localhost:3000")
                 .status,
             200);
    QCOMPARE(send(fixture_->network, server.httpUrl(), call("echo"), *auth, "POST", "application/json",
                  "http://localhost:3001")
                 .status,
             403);
  }

  void rightCookieIsAccepted() {
    const HttpResult result = fixture_->post(call("spend", R"({"amount":30})"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QCOMPARE(result.json().value("result").toInt(), 70);
    QCOMPARE(balance_, 70);
  }

  void httpRules() {
    auto& network = fixture_->network;
    const QUrl url = fixture_->server->httpUrl();
    const QByteArray auth = fixture_->authorization;
    HttpResult get = send(network, url, {}, auth, "GET");
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    QCOMPARE(send(network, url.resolved(QUrl("/other")), call("echo"), auth).status, 404);
    const HttpResult form = send(network, url, call("echo"), auth, "POST", "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 415);
    QCOMPARE(form.rpcErrorCode(), kInvalidRequest);
    QCOMPARE(send(network, url, call("echo"), auth, "POST", "application/json; charset=utf-8").status, 200);
  }

  void oversizedBodyIsRefusedWith413() {
    const int before = balance_;
    // A valid request padded to 2 MiB with whitespace.
    QByteArray body = call("spend", R"({"amount":1})");
    body += QByteArray(2 * 1024 * 1024, ' ');
    const HttpResult result = fixture_->post(body);
    QCOMPARE(result.status, 413);
    QCOMPARE(result.header("Connection"), QByteArray("close"));  // the guard answered, before buffering
    QCOMPARE(result.rpcErrorCode(), kInvalidRequest);
    QCOMPARE(result.json().value("error").toObject().value("data").toObject().value("code").toString(),
             QStringLiteral("rpc.body_too_large"));
    QCOMPARE(balance_, before);
    // The server keeps serving.
    QCOMPARE(fixture_->post(call("echo")).status, 200);
  }

  void bodyJustUnderTheLimitIsServed() {
    QByteArray body = call("spend", R"({"amount":1})");
    body += QByteArray(1024 * 1024 - body.size(), ' ');
    QCOMPARE(body.size(), 1024 * 1024);
    const HttpResult result = fixture_->post(body);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value("result").toInt(), 99);
  }

  void chunkedOversizedBodyIsRefused() {
    // No Content-Length: the guard counts the bytes as they arrive.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fixture_->server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: " +
                 fixture_->authorization + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk(64 * 1024, ' ');
    for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
      socket.write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
      QTest::qWait(5);
    }
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\r\n\r\n"), 10000);
    QVERIFY2(received.startsWith("HTTP/1.1 413"), received.left(100).constData());
  }

  void malformedJsonIsParseError() {
    const HttpResult result = fixture_->post(R"({"jsonrpc":"2.0","id":1,"method":)");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.rpcErrorCode(), kParseError);
    QVERIFY(result.json().value("id").isNull());
  }

  void protocolErrors() {
    QCOMPARE(fixture_->post(R"({"jsonrpc":"2.0","id":1,"method":"nope"})").rpcErrorCode(), kMethodNotFound);
    QCOMPARE(fixture_->post(R"({"jsonrpc":"2.0","id":1,"method":7})").rpcErrorCode(), kInvalidRequest);
    QCOMPARE(fixture_->post(R"({"jsonrpc":"2.0","id":1,"method":"spend","params":[5]})").rpcErrorCode(),
             kInvalidParams);
    QCOMPARE(fixture_->post(call("spend", R"({"amount":"5"})")).rpcErrorCode(), kInvalidParams);
    QCOMPARE(fixture_->post(call("spend", R"({"amount":5,"memo":"x"})")).rpcErrorCode(), kInvalidParams);
    const HttpResult poor = fixture_->post(call("spend", R"({"amount":500})"));
    QCOMPARE(poor.rpcErrorCode(), kInsufficientFunds);
    QCOMPARE(balance_, 100);  // nothing changed by the failing calls
  }

  void batchOverHttp() {
    const HttpResult result = fixture_->post(R"([
      {"jsonrpc":"2.0","id":1,"method":"spend","params":{"amount":10}},
      {"jsonrpc":"2.0","method":"spend","params":{"amount":5}},
      {"jsonrpc":"2.0","id":2,"method":"spend","params":{"amount":1000}},
      {"jsonrpc":"2.0","id":3,"method":"nope"},
      {"foo":"bar"}
    ])");
    QCOMPARE(result.status, 200);
    const QJsonArray array = QJsonDocument::fromJson(result.body).array();
    QCOMPARE(array.size(), 4);
    QCOMPARE(array.at(0).toObject().value("result").toInt(), 90);
    QCOMPARE(array.at(1).toObject().value("error").toObject().value("code").toInt(), kInsufficientFunds);
    QCOMPARE(array.at(2).toObject().value("error").toObject().value("code").toInt(), kMethodNotFound);
    QCOMPARE(array.at(3).toObject().value("error").toObject().value("code").toInt(), kInvalidRequest);
    QCOMPARE(balance_, 85);  // the notification spent too
  }

  void notificationsOnlyGet204() {
    const HttpResult result = fixture_->post(R"({"jsonrpc":"2.0","method":"spend","params":{"amount":1}})");
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(balance_, 99);
  }

  void slowMethodDoesNotBlockOthers() {
    QNetworkRequest request(fixture_->server->httpUrl());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Authorization", fixture_->authorization);
    std::unique_ptr<QNetworkReply> slow(fixture_->network.post(request, call("slow")));
    QTest::qWait(50);
    // Another connection is served while the slow call waits on its worker.
    const HttpResult fast = fixture_->post(call("echo", R"({"x":1})"));
    QCOMPARE(fast.json().value("result").toObject().value("x").toInt(), 1);
    QVERIFY(!slow->isFinished());
    release_.release();
    QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
    QCOMPARE(QJsonDocument::fromJson(slow->readAll()).object().value("result").toString(), QStringLiteral("slow done"));
  }

  void pipelinedAnswersKeepRequestOrder() {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fixture_->server->port());
    QVERIFY(socket.waitForConnected(5000));
    auto request = [&](const QByteArray& body) {
      return "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: " +
             fixture_->authorization + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    socket.write(request(call("slow", "{}", 1)) + request(call("echo", R"({"n":2})", 2)));
    QTest::qWait(200);
    QCOMPARE(socket.bytesAvailable(), qint64(0));  // the fast answer waits for the slow one
    release_.release();
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 200") == 2, 10000);
    QVERIFY(received.indexOf("slow done") < received.indexOf(R"("n":2)"));
  }

  void clientLeavingDuringASlowCallIsHarmless() {
    {
      QTcpSocket socket;
      socket.connectToHost(QHostAddress::LocalHost, fixture_->server->port());
      QVERIFY(socket.waitForConnected(5000));
      const QByteArray body = call("slow");
      socket.write(
          "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: " + fixture_->authorization +
          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
      QVERIFY(socket.waitForBytesWritten(5000));
      QTest::qWait(100);
      socket.abort();
    }
    QTest::qWait(100);
    release_.release();
    QTest::qWait(100);
    QCOMPARE(fixture_->post(call("echo")).status, 200);
  }

private:
  std::unique_ptr<ServerFixture> fixture_;
  int balance_ = 100;
  QSemaphore release_;
};

QTEST_GUILESS_MAIN(TestRpcServer)
#include "test_rpc_server.moc"
