#include <QtTest>

#include "chain/core/bytes.h"
#include "chain/core/core_errc.h"

using namespace wb;

class TestBytes : public QObject {
  Q_OBJECT
private slots:
  void hexRoundTrip() {
    const Bytes data{0x00, 0x01, 0xab, 0xff};
    QCOMPARE(QString::fromStdString(toHex(data)), QStringLiteral("0001abff"));
    auto back = fromHex("0001ABff");
    QVERIFY(back.ok());
    QVERIFY(*back == data);
  }
  void hexRejectsOddLengthAndBadDigits() {
    QCOMPARE(fromHex("abc").code(), CoreErrc::DecodeBadHex);
    QCOMPARE(fromHex("zz").code(), CoreErrc::DecodeBadHex);
    QCOMPARE(fromHex("0g").code(), CoreErrc::DecodeBadHex);
    QVERIFY(fromHex("").ok());
  }
  void hash32NeedsExactly64Digits() {
    QCOMPARE(hash32FromHex(std::string(62, 'a')).code(), CoreErrc::DecodeBadHex);
    QCOMPARE(hash32FromHex(std::string(66, 'a')).code(), CoreErrc::DecodeBadHex);
    auto h = hash32FromHex(std::string(64, 'f'));
    QVERIFY(h.ok());
    QCOMPARE((*h)[31], Byte(0xff));
  }
  void isZeroDetectsAnyNonZeroByte() {
    Hash32 h{};
    QVERIFY(isZero(h));
    h[17] = 1;
    QVERIFY(!isZero(h));
  }
};

QTEST_GUILESS_MAIN(TestBytes)
#include "test_bytes.moc"
