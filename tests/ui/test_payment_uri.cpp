// waybill: URIs: build/parse round trips and hostile input rejected with its code.
#include <QtTest>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/secure_bytes.h"
#include "tests/test_util.h"
#include "ui/payment_uri.h"

using namespace wb;
using namespace wb::ui;

namespace {
Hash32 key(Byte fill) {
  Hash32 k;
  k.fill(fill);
  return k;
}
}  // namespace

class TestPaymentUri : public QObject {
  Q_OBJECT
  std::string address_ = encodeAddress("wb", AccountKey{key(7)});

private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void roundTripsEveryField() {
    PaymentRequest request;
    request.address = address_;
    request.amount = 1'250'000'001;  // 12.50000001 WBL: every decimal matters
    request.order = OrderId{key(0xab)};
    request.label = QStringLiteral("Tea & Co 茶店 100%");
    const QString uri = buildPaymentUri(request);
    QVERIFY(uri.startsWith(QStringLiteral("waybill:") + QString::fromStdString(address_) +
                           "?amount=12.50000001&order=abab"));
    QVERIFY(!uri.contains(QLatin1Char(' ')));
    auto parsed = parsePaymentUri(uri, "wb");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(parsed->address, address_);
    QCOMPARE(parsed->amount.value(), Amount(1'250'000'001));
    QVERIFY(parsed->order.value() == key(0xab));
    QCOMPARE(parsed->label, request.label);
  }

  void addressAloneIsAUri() {
    PaymentRequest request;
    request.address = address_;
    const QString uri = buildPaymentUri(request);
    QCOMPARE(uri, QStringLiteral("waybill:") + QString::fromStdString(address_));
    auto parsed = parsePaymentUri(uri, "wb");
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->amount && !parsed->order && parsed->label.isEmpty());
    // Scheme case does not matter; unknown optional parameters are ignored (BIP21).
    QVERIFY(parsePaymentUri(QStringLiteral("WAYBILL:") + QString::fromStdString(address_) + "?message=hi", "wb").ok());
  }

  void badUrisAreRejected_data() {
    QTest::addColumn<QString>("uri");
    QTest::addColumn<wb::ErrorCode>("code");
    const QString a = QString::fromStdString(address_);
    const QString order = QString(64, QLatin1Char('a'));
    QTest::newRow("no scheme") << a << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("other scheme") << "bitcoin:" + a << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("empty") << QString() << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("wrong network") << "waybill:" + QString::fromStdString(encodeAddress("wbd", AccountKey{key(7)}))
                                   << wb::ErrorCode(CoreErrc::AddressWrongHrp);
    QTest::newRow("bad checksum") << "waybill:" + a.left(a.size() - 1) + (a.endsWith('q') ? "p" : "q")
                                  << wb::ErrorCode(CoreErrc::AddressChecksum);
    QTest::newRow("no address") << QStringLiteral("waybill:?amount=1") << wb::ErrorCode(CoreErrc::AddressSyntax);
    QTest::newRow("9 decimals") << "waybill:" + a + "?amount=1.000000001"
                                << wb::ErrorCode(CoreErrc::AmountTooManyDecimals);
    QTest::newRow("negative") << "waybill:" + a + "?amount=-1" << wb::ErrorCode(CoreErrc::AmountNegative);
    QTest::newRow("exponent") << "waybill:" + a + "?amount=1e3" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("zero") << "waybill:" + a + "?amount=0" << wb::ErrorCode(CoreErrc::AmountZero);
    QTest::newRow("overflow") << "waybill:" + a + "?amount=999999999999" << wb::ErrorCode(CoreErrc::AmountOverflow);
    QTest::newRow("short order") << "waybill:" + a + "?order=abcd" << wb::ErrorCode(CoreErrc::DecodeBadHex);
    QTest::newRow("non-hex order") << "waybill:" + a + "?order=" + QString(64, 'g')
                                   << wb::ErrorCode(CoreErrc::DecodeBadHex);
    QTest::newRow("repeated") << "waybill:" + a + "?order=" + order + "&order=" + order
                              << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("no value") << "waybill:" + a + "?amount" << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("empty parameter") << "waybill:" + a + "?amount=1&&label=x"
                                     << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("required unknown") << "waybill:" + a + "?req-escrow=1" << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("raw space") << "waybill:" + a + "?label=a b" << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("raw unicode") << "waybill:" + a + "?label=茶" << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("invalid utf8") << "waybill:" + a + "?label=%ff%fe" << wb::ErrorCode(CoreErrc::DecodeBadValue);
    QTest::newRow("long label") << "waybill:" + a + "?label=" + QString(129, 'x')
                                << wb::ErrorCode(CoreErrc::DecodeBadValue);
  }

  void badUrisAreRejected() {
    QFETCH(QString, uri);
    QFETCH(wb::ErrorCode, code);
    auto parsed = parsePaymentUri(uri, "wb");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), code);
    QVERIFY(!parsed.error().message.empty());
  }
};

QTEST_GUILESS_MAIN(TestPaymentUri)
#include "test_payment_uri.moc"
