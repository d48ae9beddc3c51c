// The JSON-RPC 2.0 dispatcher without transport: request checks, batches,
// notifications, answers from other threads, and methods that never answer.
#include <QtTest>
#include <optional>
#include <thread>

#include "chain/core/secure_bytes.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/state_errc.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::rpc;

namespace {

// Dispatches `body` and waits for the response (nullopt: nothing to send).
std::optional<QJsonDocument> call(RpcDispatcher& dispatcher, const QByteArray& body) {
  bool done = false;
  std::optional<QByteArray> response;
  dispatcher.dispatch(body, [&](std::optional<QByteArray> out) {
    response = std::move(out);
    done = true;
  });
  if (!QTest::qWaitFor([&] { return done; }, 5000)) qFatal("no response to %s", body.constData());
  if (!response) return std::nullopt;
  return QJsonDocument::fromJson(*response);
}

int errorCode(const QJsonObject& response) { return response.value("error").toObject().value("code").toInt(); }

}  // namespace

class TestRpcDispatcher : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    WB_VERIFY_OK(dispatcher_.registerSyncMethod("add", [this](const QJsonObject& object) -> Result<QJsonValue> {
      RpcParams params(object);
      const auto a = params.requiredInteger("a", -1000, 1000);
      WB_TRY(a);
      const auto b = params.requiredInteger("b", -1000, 1000);
      WB_TRY(b);
      WB_TRY(params.finish());
      ++calls_;  // only after every param was checked
      return QJsonValue(qint64(*a + *b));
    }));
    WB_VERIFY_OK(dispatcher_.registerSyncMethod("fail", [](const QJsonObject&) -> Result<QJsonValue> {
      return fail(StateErrc::OrderWrongState, "order is already shipped");
    }));
    WB_VERIFY_OK(dispatcher_.registerMethod("threaded", [](const QJsonObject& params, RpcReply reply) {
      std::thread([params, reply] { reply.resolve(params.value("echo")); }).detach();
    }));
    WB_VERIFY_OK(dispatcher_.registerMethod("silent", [](const QJsonObject&, RpcReply) {}));
    WB_VERIFY_OK(dispatcher_.registerMethod("twice", [](const QJsonObject&, RpcReply reply) {
      reply.resolve(1);
      reply.resolve(2);
      reply.reject(fail(RpcErrc::Internal, "late"));
    }));
    WB_VERIFY_OK(
        dispatcher_.registerMethod("throws", [](const QJsonObject&, RpcReply) { throw std::runtime_error("bug"); }));
  }

  void registrationRejectsDuplicatesAndEmptyNames() {
    WB_VERIFY_FAILS(dispatcher_.registerSyncMethod("add", [](const QJsonObject&) { return Result<QJsonValue>(1); }),
                    RpcErrc::MethodExists);
    WB_VERIFY_FAILS(dispatcher_.registerMethod("", [](const QJsonObject&, RpcReply) {}), RpcErrc::InvalidRequest);
  }

  void answersACall() {
    const auto response = call(dispatcher_, R"({"jsonrpc":"2.0","id":7,"method":"add","params":{"a":2,"b":3}})");
    QVERIFY(response);
    const QJsonObject object = response->object();
    QCOMPARE(object.value("jsonrpc").toString(), QStringLiteral("2.0"));
    QCOMPARE(object.value("id").toInt(), 7);
    QCOMPARE(object.value("result").toInt(), 5);
    QVERIFY(!object.contains("error"));
  }

  void keepsStringAndNullIds() {
    QCOMPARE(call(dispatcher_, R"({"jsonrpc":"2.0","id":"abc","method":"add","params":{"a":1,"b":1}})")
                 ->object()
                 .value("id")
                 .toString(),
             QStringLiteral("abc"));
    const auto response = call(dispatcher_, R"({"jsonrpc":"2.0","id":null,"method":"add","params":{"a":1,"b":1}})");
    QVERIFY(response->object().value("id").isNull());
    QCOMPARE(response->object().value("result").toInt(), 2);
  }

  void malformedJsonIsParseError() {
    for (const QByteArray& body : {QByteArray("{"), QByteArray("{\"jsonrpc\":\"2.0\",}"), QByteArray(""),
                                   QByteArray("\xff\xfe"), QByteArray("nul")}) {
      const auto response = call(dispatcher_, body);
      QCOMPARE(errorCode(response->object()), kParseError);
      QVERIFY(response->object().value("id").isNull());
    }
  }

  void invalidRequests_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("not an object") << QByteArray("5") << kInvalidRequest;
    QTest::newRow("string") << QByteArray("\"x\"") << kInvalidRequest;
    QTest::newRow("no version") << QByteArray(R"({"id":1,"method":"add"})") << kInvalidRequest;
    QTest::newRow("old version") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"add"})") << kInvalidRequest;
    QTest::newRow("method number") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << kInvalidRequest;
    QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"add"})") << kInvalidRequest;
    QTest::newRow("params string") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"add","params":"x"})")
                                   << kInvalidRequest;
    QTest::newRow("unknown member") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"add","extra":1})")
                                    << kInvalidRequest;
    QTest::newRow("empty batch") << QByteArray("[]") << kInvalidRequest;
    QTest::newRow("positional params") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"add","params":[1,2]})")
                                       << kInvalidParams;
    QTest::newRow("wrong param type") << QByteArray(
                                             R"({"jsonrpc":"2.0","id":1,"method":"add","params":{"a":"1","b":2}})")
                                      << kInvalidParams;
    QTest::newRow("unknown param") << QByteArray(
                                          R"({"jsonrpc":"2.0","id":1,"method":"add","params":{"a":1,"b":2,"c":3}})")
                                   << kInvalidParams;
    QTest::newRow("unknown method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"nope"})") << kMethodNotFound;
    QTest::newRow("rule violation") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"fail"})") << kWrongOrderState;
    QTest::newRow("throwing method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"throws"})") << kInternalError;
    QTest::newRow("silent method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"silent"})") << kInternalError;
  }
  void invalidRequests() {
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    const int before = calls_;
    const auto response = call(dispatcher_, body);
    QVERIFY(response && response->isObject());
    QCOMPARE(errorCode(response->object()), code);
    QVERIFY(!response->object().value("error").toObject().value("message").toString().isEmpty());
    QCOMPARE(calls_, before);  // a failing call changes nothing
  }

  void errorsCarryTheErrcName() {
    const auto response = call(dispatcher_, R"({"jsonrpc":"2.0","id":1,"method":"fail"})");
    const QJsonObject error = response->object().value("error").toObject();
    QCOMPARE(error.value("message").toString(), QStringLiteral("order is already shipped"));
    QCOMPARE(error.value("data").toObject().value("code").toString(), QStringLiteral("state.order_wrong_state"));
  }

  void batchMixesGoodBadAndNotifications() {
    const int before = calls_;
    const auto response = call(dispatcher_, R"([
      {"jsonrpc":"2.0","id":1,"method":"add","params":{"a":1,"b":2}},
      {"jsonrpc":"2.0","method":"add","params":{"a":5,"b":5}},
      {"jsonrpc":"2.0","id":2,"method":"nope"},
      7,
      {"jsonrpc":"2.0","id":3,"method":"threaded","params":{"echo":"hi"}},
      {"jsonrpc":"2.0","method":"nope"}
    ])");
    QVERIFY(response && response->isArray());
    const QJsonArray array = response->array();
    QCOMPARE(array.size(), 4);  // the two notifications get no response
    QCOMPARE(array.at(0).toObject().value("result").toInt(), 3);
    QCOMPARE(errorCode(array.at(1).toObject()), kMethodNotFound);
    QCOMPARE(array.at(1).toObject().value("id").toInt(), 2);
    QCOMPARE(errorCode(array.at(2).toObject()), kInvalidRequest);
    QVERIFY(array.at(2).toObject().value("id").isNull());
    QCOMPARE(array.at(3).toObject().value("result").toString(), QStringLiteral("hi"));
    QCOMPARE(calls_, before + 2);  // the notification ran too
  }

  void onlyNotificationsSendNothing() {
    const int before = calls_;
    QVERIFY(!call(dispatcher_, R"({"jsonrpc":"2.0","method":"add","params":{"a":1,"b":1}})"));
    QVERIFY(!call(dispatcher_,
                  R"([{"jsonrpc":"2.0","method":"add","params":{"a":1,"b":1}},{"jsonrpc":"2.0","method":"nope"}])"));
    QCOMPARE(calls_, before + 2);
  }

  void oversizedBatchIsRejected() {
    QByteArray body = "[";
    for (int i = 0; i <= kMaxBatchSize; ++i) body += QByteArray(i ? "," : "") + R"({"jsonrpc":"2.0","method":"add"})";
    body += "]";
    QCOMPARE(errorCode(call(dispatcher_, body)->object()), kInvalidRequest);
  }

  void answerFromAnotherThread() {
    const auto response = call(dispatcher_, R"({"jsonrpc":"2.0","id":9,"method":"threaded","params":{"echo":[1,2]}})");
    QCOMPARE(response->object().value("result").toArray(), (QJsonArray{1, 2}));
  }

  void firstAnswerWins() {
    QCOMPARE(call(dispatcher_, R"({"jsonrpc":"2.0","id":1,"method":"twice"})")->object().value("result").toInt(), 1);
  }

  void answersAfterTheDispatcherIsGoneAreDropped() {
    std::optional<RpcReply> kept;
    bool done = false;
    {
      RpcDispatcher dispatcher;
      WB_VERIFY_OK(dispatcher.registerMethod("keep", [&](const QJsonObject&, RpcReply reply) { kept = reply; }));
      dispatcher.dispatch(R"({"jsonrpc":"2.0","id":1,"method":"keep"})",
                          [&](std::optional<QByteArray>) { done = true; });
    }
    kept->resolve(1);  // must not touch the destroyed dispatcher
    QTest::qWait(20);
    QVERIFY(!done);
  }

private:
  RpcDispatcher dispatcher_;
  int calls_ = 0;
};

QTEST_GUILESS_MAIN(TestRpcDispatcher)
#include "test_rpc_dispatcher.moc"
