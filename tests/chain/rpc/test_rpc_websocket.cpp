// WebSocket subscriptions over loopback: auth on the upgrade, subscribe with
// and without filters, publish, unsubscribe, and slow clients dropped.
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include "chain/core/bech32m.h"
#include "chain/core/secure_bytes.h"
#include "tests/chain/rpc/rpc_test_client.h"

using namespace wb;
using namespace wb::rpc;
using namespace wb::rpc::test;

namespace {

// A WebSocket client that records every message it receives.
struct WsClient {
  WsClient() {
    QObject::connect(&socket, &QWebSocket::textMessageReceived,
                     [this](const QString& text) { messages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    QObject::connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error),
                     [this](QAbstractSocket::SocketError) { failed = true; });
  }
  bool open(const QUrl& url, const QByteArray& authorization, const QByteArray& origin = {}) {
    QNetworkRequest request(url);
    if (!authorization.isEmpty()) request.setRawHeader("Authorization", authorization);
    if (!origin.isEmpty()) request.setRawHeader("Origin", origin);
    socket.open(request);
    (void)QTest::qWaitFor([&] { return failed || socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    return !failed && socket.state() == QAbstractSocket::ConnectedState;
  }
  // Sends a request and returns its response.
  QJsonObject request(const QByteArray& json) {
    const auto before = messages.size();
    socket.sendTextMessage(QString::fromUtf8(json));
    if (!QTest::qWaitFor([&] { return messages.size() > before; }, 5000)) return {};
    return messages.takeLast();
  }
  QJsonObject call(const char* method, const QJsonObject& params) {
    const QJsonObject body{{"jsonrpc", "2.0"}, {"id", 1}, {"method", method}, {"params", params}};
    return request(QJsonDocument(body).toJson(QJsonDocument::Compact));
  }
  qint64 subscribe(const QJsonObject& params) {
    return call("subscribe", params).value("result").toObject().value("subscription").toInteger();
  }
  QWebSocket socket;
  QList<QJsonObject> messages;
  bool failed = false;
};

// 64 hex digits: a 32-byte id filled with `fill`.
QString hex(Byte fill) {
  Hash32 id{};
  id.fill(fill);
  return QString::fromStdString(toHex(id));
}

}  // namespace

class TestRpcWebSocket : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { WB_VERIFY_OK(initCrypto()); }
  void init() {
    fixture_ = std::make_unique<ServerFixture>();
    fixture_->start();
  }
  void cleanup() { fixture_.reset(); }

  void refusesMissingOrWrongCredentials() {
    for (const QByteArray& header : {QByteArray(), QByteArray("Basic ") + QByteArray("__cookie__:x").toBase64()}) {
      WsClient client;
      QSignalSpy failed(&client.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
      QVERIFY(!client.open(fixture_->server->webSocketUrl(), header));
      QVERIFY(failed.count() > 0);
    }
    QCOMPARE(fixture_->server->findChild<RpcSubscriptions*>()->clientCount(), 0);
  }

  // Issue 14: a web page cannot subscribe either, even with the cookie.
  void refusesWebPages() {
    WsClient client;
    QVERIFY(!client.open(fixture_->server->webSocketUrl(), fixture_->authorization, "http://evil.example"));
    QCOMPARE(fixture_->server->findChild<RpcSubscriptions*>()->clientCount(), 0);
    WsClient program;
    QVERIFY(program.open(fixture_->server->webSocketUrl(), fixture_->authorization));
  }

  void refusesOtherPaths() {
    WsClient client;
    QUrl url = fixture_->server->webSocketUrl();
    url.setPath("/elsewhere");
    QVERIFY(!client.open(url, fixture_->authorization));
    QCOMPARE(fixture_->server->findChild<RpcSubscriptions*>()->clientCount(), 0);
  }

  void hubClosesUnauthorizedSocketsItself() {
    // Defence in depth: the hub refuses a socket that reached it without credentials.
    QWebSocketServer plain(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    RpcSubscriptions hub([](const QByteArray&) { return false; }, "wbl", 1024 * 1024);
    connect(&plain, &QWebSocketServer::newConnection, &hub,
            [&] { hub.addClient(std::unique_ptr<QWebSocket>(plain.nextPendingConnection())); });
    WsClient client;
    QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
    client.socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(plain.serverPort())));
    QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 5000);
    QCOMPARE(client.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    QCOMPARE(hub.clientCount(), 0);
  }

  void subscribePublishUnsubscribe() {
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    const qint64 id = client.subscribe({{"topic", "new_block"}});
    QVERIFY(id > 0);
    fixture_->server->publish(RpcTopic::NewBlock, QJsonObject{{"height", 5}});
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, 5000);
    const QJsonObject event = client.messages.takeFirst();
    QCOMPARE(event.value("jsonrpc").toString(), QStringLiteral("2.0"));
    QCOMPARE(event.value("method").toString(), QStringLiteral("new_block"));
    QCOMPARE(event.value("params").toObject().value("height").toInt(), 5);
    QVERIFY(!event.contains("id"));

    fixture_->server->publish(RpcTopic::TxStatus, QJsonObject{{"txid", hex(1)}});  // not subscribed
    const QJsonObject done = client.call("unsubscribe", {{"subscription", id}});
    QCOMPARE(done.value("result").toBool(), true);
    QVERIFY(client.messages.isEmpty());
    fixture_->server->publish(RpcTopic::NewBlock, QJsonObject{{"height", 6}});
    QTest::qWait(100);
    QVERIFY(client.messages.isEmpty());
    const QJsonObject again = client.call("unsubscribe", {{"subscription", id}});
    QCOMPARE(again.value("error").toObject().value("code").toInt(), kNotFound);
  }

  void filtersSelectEvents() {
    AccountKey key{};
    key.fill(9);
    const QString address = QString::fromStdString(encodeAddress("wbl", key));
    WsClient orders, byTx, byAddress, everything;
    for (WsClient* client : {&orders, &byTx, &byAddress, &everything})
      QVERIFY(client->open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QVERIFY(orders.subscribe({{"topic", "order_update"}, {"id", hex(1).toUpper()}}) > 0);
    QVERIFY(byTx.subscribe({{"topic", "tx_status"}, {"txid", hex(2)}}) > 0);
    QVERIFY(byAddress.subscribe({{"topic", "tx_status"}, {"address", address}}) > 0);
    QVERIFY(everything.subscribe({{"topic", "tx_status"}}) > 0);
    QVERIFY(everything.subscribe({{"topic", "order_update"}}) > 0);

    fixture_->server->publish(RpcTopic::OrderUpdate, QJsonObject{{"id", hex(3)}}, {hex(3)});
    fixture_->server->publish(RpcTopic::OrderUpdate, QJsonObject{{"id", hex(1)}}, {hex(1)});
    fixture_->server->publish(RpcTopic::TxStatus, QJsonObject{{"txid", hex(2)}}, {hex(2), address});
    fixture_->server->publish(RpcTopic::TxStatus, QJsonObject{{"txid", hex(4)}}, {hex(4)});
    QTRY_COMPARE_WITH_TIMEOUT(everything.messages.size(), 4, 5000);
    QTest::qWait(100);
    QCOMPARE(orders.messages.size(), 1);
    QCOMPARE(orders.messages.at(0).value("params").toObject().value("id").toString(), hex(1));
    QCOMPARE(byTx.messages.size(), 1);
    QCOMPARE(byTx.messages.at(0).value("params").toObject().value("txid").toString(), hex(2));
    QCOMPARE(byAddress.messages.size(), 1);
  }

  void oneEventPerClientEvenWithOverlappingSubscriptions() {
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QVERIFY(client.subscribe({{"topic", "tx_status"}}) > 0);
    QVERIFY(client.subscribe({{"topic", "tx_status"}, {"txid", hex(2)}}) > 0);
    fixture_->server->publish(RpcTopic::TxStatus, QJsonObject{{"txid", hex(2)}}, {hex(2)});
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, 5000);
    QTest::qWait(100);
    QCOMPARE(client.messages.size(), 1);
  }

  void badSubscriptionsAreRejected_data() {
    QTest::addColumn<QJsonObject>("params");
    const QString otherNetwork = QString::fromStdString(encodeAddress("xyz", AccountKey{}));
    const QString ours = QString::fromStdString(encodeAddress("wbl", AccountKey{}));
    QTest::newRow("unknown topic") << QJsonObject{{"topic", "mempool"}};
    QTest::newRow("no topic") << QJsonObject{};
    QTest::newRow("filter on new_block") << QJsonObject{{"topic", "new_block"}, {"id", hex(1)}};
    QTest::newRow("short order id") << QJsonObject{{"topic", "order_update"}, {"id", "abcd"}};
    QTest::newRow("address of another network") << QJsonObject{{"topic", "tx_status"}, {"address", otherNetwork}};
    QTest::newRow("txid and address") << QJsonObject{{"topic", "tx_status"}, {"txid", hex(1)}, {"address", ours}};
  }
  void badSubscriptionsAreRejected() {
    QFETCH(QJsonObject, params);
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    const QJsonObject response = client.call("subscribe", params);
    QCOMPARE(response.value("error").toObject().value("code").toInt(), kInvalidParams);
    fixture_->server->publish(RpcTopic::TxStatus, QJsonObject{}, {});
    fixture_->server->publish(RpcTopic::NewBlock, QJsonObject{}, {});
    QTest::qWait(50);
    QVERIFY(client.messages.isEmpty());  // the failed subscribe left nothing behind
  }

  void malformedMessagesGetJsonRpcErrors() {
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QCOMPARE(client.request("{nope").value("error").toObject().value("code").toInt(), kParseError);
    QCOMPARE(client.call("node_info", {}).value("error").toObject().value("code").toInt(), kMethodNotFound);
  }

  void publishFromAnotherThread() {
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QVERIFY(client.subscribe({{"topic", "new_block"}}) > 0);
    RpcServer* server = fixture_->server.get();
    std::unique_ptr<QThread> thread(QThread::create([server] {
      server->publish(RpcTopic::NewBlock, {{"height", 1}});
    }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.messages.size(), 1, 5000);
  }

  void slowClientIsDropped() {
    fixture_ = std::make_unique<ServerFixture>(64 * 1024);
    fixture_->start();
    WsClient fast, slow;
    QVERIFY(fast.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QVERIFY(slow.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QVERIFY(fast.subscribe({{"topic", "new_block"}}) > 0);
    QVERIFY(slow.subscribe({{"topic", "new_block"}}) > 0);
    auto* subscriptions = fixture_->server->findChild<RpcSubscriptions*>();
    QCOMPARE(subscriptions->clientCount(), 2);
    const QJsonObject big{{"padding", QString(8 * 1024, u'x')}};
    // Events the clients read as they come keep both connected...
    for (int i = 0; i < 20; ++i) {
      fixture_->server->publish(RpcTopic::NewBlock, big);
      QTRY_COMPARE_WITH_TIMEOUT(slow.messages.size(), i + 1, 5000);
    }
    QCOMPARE(subscriptions->clientCount(), 2);
    // ...but a burst larger than the queue, unsent, drops the clients behind it.
    QSignalSpy dropped(&slow.socket, &QWebSocket::disconnected);
    for (int i = 0; i < 20; ++i) fixture_->server->publish(RpcTopic::NewBlock, big);
    QCOMPARE(subscriptions->clientCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(dropped.count() > 0, 5000);
  }

  void stopClosesClients() {
    WsClient client;
    QVERIFY(client.open(fixture_->server->webSocketUrl(), fixture_->authorization));
    QSignalSpy closed(&client.socket, &QWebSocket::disconnected);
    fixture_->server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(closed.count() > 0, 5000);
  }

private:
  std::unique_ptr<ServerFixture> fixture_;
};

QTEST_GUILESS_MAIN(TestRpcWebSocket)
#include "test_rpc_websocket.moc"
