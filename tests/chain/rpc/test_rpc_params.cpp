// RpcParams accessors, the ErrorCode → JSON-RPC code mapping and endpoint parsing.
#include <QtTest>
#include <limits>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/secure_bytes.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/rpc/rpc_endpoint.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_error.h"
#include "chain/rpc/rpc_params.h"
#include "chain/state/state_errc.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"
#include "wallet/wallet_errc.h"

using namespace wb;
using namespace wb::rpc;

namespace {

QJsonObject parse(const char* json) { return QJsonDocument::fromJson(json).object(); }

// The error must be -32602 and name the parameter.
#define VERIFY_INVALID_PARAM(expr, name)                                                 \
  do {                                                                                   \
    const auto& result_ = (expr);                                                        \
    QVERIFY2(!result_.ok(), "expected a rejection");                                     \
    QCOMPARE(result_.code(), RpcErrc::InvalidParams);                                    \
    QVERIFY2(wb::test::contains(result_.error().message, std::string("'") + name + "'"), \
             result_.error().message.c_str());                                           \
  } while (false)

AccountKey key(Byte fill) {
  AccountKey out{};
  out.fill(fill);
  return out;
}

}  // namespace

class TestRpcParams : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { WB_VERIFY_OK(initCrypto()); }

  void strings() {
    RpcParams params(parse(R"({"a":"hello","b":5,"c":"\u00e9\u00e9","e":"","n":null})"));
    QCOMPARE(*params.requiredString("a"), QStringLiteral("hello"));
    VERIFY_INVALID_PARAM(params.requiredString("b"), "b");
    VERIFY_INVALID_PARAM(params.requiredString("c", 3), "c");  // 4 UTF-8 bytes
    QCOMPARE(*params.requiredString("e"), QString());
    VERIFY_INVALID_PARAM(params.requiredString("missing"), "missing");
    QVERIFY(!params.optionalString("n")->has_value());  // null reads as absent
    QVERIFY(!params.optionalString("absent")->has_value());
    WB_VERIFY_OK(params.finish());
  }

  void secret() {
    RpcParams params(parse(R"({"passphrase":"correct horse","bad":1})"));
    auto secret = params.requiredSecret("passphrase");
    WB_VERIFY_OK(secret);
    QCOMPARE(std::string(secret->asString()), std::string("correct horse"));
    VERIFY_INVALID_PARAM(params.requiredSecret("bad"), "bad");
  }

  void integers_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("max of range") << QByteArray("100") << true << qint64(100);
    QTest::newRow("negative in range") << QByteArray("-5") << true << qint64(-5);
    QTest::newRow("above range") << QByteArray("101") << false << qint64(0);
    QTest::newRow("below range") << QByteArray("-6") << false << qint64(0);
    QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    QTest::newRow("beyond int64") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("string") << QByteArray("\"5\"") << false << qint64(0);
    QTest::newRow("bool") << QByteArray("true") << false << qint64(0);
  }
  void integers() {
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QFETCH(qint64, value);
    RpcParams params(QJsonDocument::fromJson("{\"n\":" + json + "}").object());
    const auto result = params.requiredInteger("n", -5, 100);
    if (accepted) {
      WB_VERIFY_OK(result);
      QCOMPARE(*result, value);
    } else {
      VERIFY_INVALID_PARAM(result, "n");
    }
  }

  void integerExtremes() {
    RpcParams params(parse(R"({"big":9223372036854775807,"small":-9223372036854775808})"));
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    QCOMPARE(*params.requiredInteger("big", 0, kMax), kMax);
    QCOMPARE(*params.requiredInteger("small", kMin, 0), kMin);
    QVERIFY(!params.optionalInteger("none", 0, 1)->has_value());
  }

  void bools() {
    RpcParams params(parse(R"({"t":true,"f":false,"one":1,"text":"true"})"));
    QCOMPARE(*params.requiredBool("t"), true);
    QCOMPARE(*params.requiredBool("f"), false);
    VERIFY_INVALID_PARAM(params.requiredBool("one"), "one");
    VERIFY_INVALID_PARAM(params.requiredBool("text"), "text");
    QVERIFY(!params.optionalBool("absent")->has_value());
  }

  void amounts_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<quint64>("units");
    QTest::newRow("decimal string") << QByteArray("\"12.5\"") << true << quint64(1'250'000'000);
    QTest::newRow("smallest unit") << QByteArray("\"0.00000001\"") << true << quint64(1);
    QTest::newRow("json number") << QByteArray("12.5") << false << quint64(0);
    QTest::newRow("json integer") << QByteArray("12") << false << quint64(0);
    QTest::newRow("nine decimals") << QByteArray("\"0.000000001\"") << false << quint64(0);
    QTest::newRow("negative") << QByteArray("\"-1\"") << false << quint64(0);
    QTest::newRow("exponent") << QByteArray("\"1e5\"") << false << quint64(0);
    QTest::newRow("overflow") << QByteArray("\"184467440737.09551616\"") << false << quint64(0);
    QTest::newRow("zero") << QByteArray("\"0\"") << false << quint64(0);
    QTest::newRow("empty") << QByteArray("\"\"") << false << quint64(0);
  }
  void amounts() {
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QFETCH(quint64, units);
    RpcParams params(QJsonDocument::fromJson("{\"amount\":" + json + "}").object());
    const auto result = params.requiredAmount("amount");
    if (accepted) {
      WB_VERIFY_OK(result);
      QCOMPARE(quint64(*result), units);
    } else {
      VERIFY_INVALID_PARAM(result, "amount");
    }
  }

  void zeroAmountWhenAllowed() {
    RpcParams params(parse(R"({"fee":"0"})"));
    QCOMPARE(quint64(*params.requiredAmount("fee", true)), quint64(0));
  }

  void hashes() {
    const QString hex = QString::fromStdString(toHex(key(0xab)));
    RpcParams params(QJsonObject{{"lower", hex},
                                 {"upper", hex.toUpper()},
                                 {"short", hex.left(62)},
                                 {"long", hex + "00"},
                                 {"nothex", QString(64, u'g')},
                                 {"number", 5}});
    QVERIFY(*params.requiredHash("lower") == key(0xab));
    QVERIFY(*params.requiredHash("upper") == key(0xab));
    VERIFY_INVALID_PARAM(params.requiredHash("short"), "short");
    VERIFY_INVALID_PARAM(params.requiredHash("long"), "long");
    VERIFY_INVALID_PARAM(params.requiredHash("nothex"), "nothex");
    VERIFY_INVALID_PARAM(params.requiredHash("number"), "number");
    QVERIFY(!params.optionalHash("absent")->has_value());
  }

  void addresses() {
    const QString good = QString::fromStdString(encodeAddress("wbl", key(7)));
    const QString otherNetwork = QString::fromStdString(encodeAddress("twbl", key(7)));
    QString corrupted = good;
    corrupted[corrupted.size() - 1] = corrupted.back() == u'q' ? u'p' : u'q';
    RpcParams params(QJsonObject{{"good", good}, {"other", otherNetwork}, {"corrupt", corrupted}, {"number", 1}});
    QVERIFY(*params.requiredAddress("good", "wbl") == key(7));
    VERIFY_INVALID_PARAM(params.requiredAddress("other", "wbl"), "other");
    VERIFY_INVALID_PARAM(params.requiredAddress("corrupt", "wbl"), "corrupt");
    VERIFY_INVALID_PARAM(params.requiredAddress("number", "wbl"), "number");
    VERIFY_INVALID_PARAM(params.requiredAddress("absent", "wbl"), "absent");
  }

  void enums() {
    RpcParams params(parse(R"({"role":"merchant","bad":"Merchant","num":1})"));
    QCOMPARE(*params.requiredEnum("role", {"buyer", "merchant", "arbiter"}), std::size_t(1));
    VERIFY_INVALID_PARAM(params.requiredEnum("bad", {"buyer", "merchant"}), "bad");
    VERIFY_INVALID_PARAM(params.requiredEnum("num", {"buyer", "merchant"}), "num");
    QVERIFY(!params.optionalEnum("absent", {"x"})->has_value());
  }

  void stringLists() {
    RpcParams params(parse(R"({"ok":["a","b"],"empty":[],"mixed":["a",1],"many":["a","b","c"],"notarray":"a"})"));
    QCOMPARE(*params.requiredStringList("ok", 2), (QStringList{"a", "b"}));
    VERIFY_INVALID_PARAM(params.requiredStringList("empty", 2), "empty");
    VERIFY_INVALID_PARAM(params.requiredStringList("mixed", 2), "mixed");
    VERIFY_INVALID_PARAM(params.requiredStringList("many", 2), "many");
    VERIFY_INVALID_PARAM(params.requiredStringList("notarray", 2), "notarray");
  }

  void finishRejectsUnknownParams() {
    RpcParams params(parse(R"({"from":"x","form":"typo","extra":1})"));
    WB_VERIFY_OK(params.requiredString("from"));
    const Status status = params.finish();
    QCOMPARE(status.code(), RpcErrc::InvalidParams);
    QVERIFY(test::contains(status.error().message, "form"));
    QVERIFY(test::contains(status.error().message, "extra"));
    QVERIFY(!test::contains(status.error().message, "from,"));
  }

  void finishAcceptsAskedOptionalParams() {
    RpcParams params(parse(R"({"memo":null})"));
    WB_VERIFY_OK(params.optionalString("memo"));
    WB_VERIFY_OK(params.finish());
  }

  void errcMapping_data() {
    QTest::addColumn<ErrorCode>("errc");
    QTest::addColumn<int>("code");
    QTest::newRow("parse") << ErrorCode(RpcErrc::ParseError) << kParseError;
    QTest::newRow("invalid request") << ErrorCode(RpcErrc::InvalidRequest) << kInvalidRequest;
    QTest::newRow("method") << ErrorCode(RpcErrc::MethodNotFound) << kMethodNotFound;
    QTest::newRow("params") << ErrorCode(RpcErrc::InvalidParams) << kInvalidParams;
    QTest::newRow("internal") << ErrorCode(RpcErrc::Internal) << kInternalError;
    QTest::newRow("wallet locked") << ErrorCode(WalletErrc::Locked) << kWalletLocked;
    QTest::newRow("funds") << ErrorCode(StateErrc::InsufficientFunds) << kInsufficientFunds;
    QTest::newRow("stake") << ErrorCode(StateErrc::InsufficientStake) << kInsufficientFunds;
    QTest::newRow("order state") << ErrorCode(StateErrc::OrderWrongState) << kWrongOrderState;
    QTest::newRow("order missing") << ErrorCode(StateErrc::OrderNotFound) << kNotFound;
    QTest::newRow("rpc not found") << ErrorCode(RpcErrc::NotFound) << kNotFound;
    QTest::newRow("block missing") << ErrorCode(StoreErrc::ChainUnknownBlock) << kNotFound;
    QTest::newRow("wrong party") << ErrorCode(StateErrc::WrongParty) << kWrongParty;
    QTest::newRow("tx sender not a party") << ErrorCode(CoreErrc::TxSenderNotOrderParty) << kWrongParty;
    QTest::newRow("wallet account not the party") << ErrorCode(WalletErrc::NotOrderParty) << kWrongParty;
    QTest::newRow("bad nonce") << ErrorCode(StateErrc::BadNonce) << kRejected;
    QTest::newRow("fee too low") << ErrorCode(CoreErrc::TxFeeTooLow) << kRejected;
    QTest::newRow("mempool full") << ErrorCode(MempoolErrc::Full) << kRejected;
    QTest::newRow("wrong passphrase") << ErrorCode(WalletErrc::WrongPassphrase) << kRejected;
    QTest::newRow("storage") << ErrorCode(StoreErrc::Io) << kInternalError;
    QTest::newRow("corrupt state") << ErrorCode(StateErrc::Corrupt) << kInternalError;
  }
  void errcMapping() {
    QFETCH(ErrorCode, errc);
    QFETCH(int, code);
    QCOMPARE(rpcCodeFor(errc), code);
  }

  void errorCarriesMessageAndName() {
    const RpcError error = rpcErrorFrom(fail(StateErrc::InsufficientFunds, "balance 1 WBL, needs 2 WBL"));
    const QJsonObject json = toJson(error);
    QCOMPARE(json.value("code").toInt(), kInsufficientFunds);
    QCOMPARE(json.value("message").toString(), QStringLiteral("balance 1 WBL, needs 2 WBL"));
    QCOMPARE(json.value("data").toObject().value("code").toString(), QStringLiteral("state.insufficient_funds"));
  }

  void endpoints_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("port only") << "8332" << true << "127.0.0.1" << 8332;
    QTest::newRow("zero port") << "0" << true << "127.0.0.1" << 0;
    QTest::newRow("ipv4") << "0.0.0.0:9000" << true << "0.0.0.0" << 9000;
    QTest::newRow("localhost") << "localhost:1" << true << "127.0.0.1" << 1;
    QTest::newRow("ipv6") << "[::1]:65535" << true << "::1" << 65535;
    QTest::newRow("port too big") << "65536" << false << "" << 0;
    QTest::newRow("negative") << "-1" << false << "" << 0;
    QTest::newRow("plus sign") << "+80" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
    QTest::newRow("name") << "example.com:80" << false << "" << 0;
    QTest::newRow("bare ipv6") << "::1:80" << false << "" << 0;
    QTest::newRow("missing port") << "127.0.0.1:" << false << "" << 0;
  }
  void endpoints() {
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto endpoint = parseEndpoint(text);
    if (!accepted) {
      WB_VERIFY_FAILS(endpoint, RpcErrc::BadEndpoint);
      return;
    }
    WB_VERIFY_OK(endpoint);
    QCOMPARE(endpoint->host, QHostAddress(host));
    QCOMPARE(int(endpoint->port), port);
  }
};

QTEST_GUILESS_MAIN(TestRpcParams)
#include "test_rpc_params.moc"
