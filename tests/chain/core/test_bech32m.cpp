#include <QtTest>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "tests/test_util.h"

using namespace wb;

class TestBech32m : public QObject {
  Q_OBJECT
private slots:
  // BIP350: valid bech32m strings.
  void acceptsBip350Valid_data() {
    QTest::addColumn<QByteArray>("text");
    for (const char* s : {"A1LQFN3A", "a1lqfn3a",
                          "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
                          "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
                          "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
                          "split1checkupstagehandshakeupstreamerranterredcaperredlc445v", "?1v759aa"}) {
      QTest::newRow(s) << QByteArray(s);
    }
  }
  void acceptsBip350Valid() {
    QFETCH(QByteArray, text);
    auto decoded = bech32mDecode(text.toStdString());
    QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
    // Re-encoding gives the lower-case form back.
    QCOMPARE(QByteArray::fromStdString(bech32mEncode(decoded->hrp, decoded->values)), text.toLower());
  }

  // BIP350: invalid bech32m strings, with the kind of failure each must give.
  void rejectsBip350Invalid_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<wb::ErrorCode>("code");
    const wb::ErrorCode syntax = CoreErrc::AddressSyntax, checksum = CoreErrc::AddressChecksum;
    QTest::newRow("hrp char 0x20") << QByteArray(
                                          "\x20"
                                          "1xj0phk")
                                   << syntax;
    QTest::newRow("hrp char 0x7f") << QByteArray(
                                          "\x7f"
                                          "1g6xzxy")
                                   << syntax;
    QTest::newRow("hrp char 0x80") << QByteArray(
                                          "\x80"
                                          "1vctc34")
                                   << syntax;
    QTest::newRow("too long")
        << QByteArray("an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4")
        << syntax;
    QTest::newRow("no separator") << QByteArray("qyrz8wqd2c9m") << syntax;
    QTest::newRow("empty hrp") << QByteArray("1qyrz8wqd2c9m") << syntax;
    QTest::newRow("invalid data char b") << QByteArray("y1b0jsk6g") << syntax;
    QTest::newRow("invalid data char i") << QByteArray("lt1igcx5c0") << syntax;
    QTest::newRow("short checksum") << QByteArray("in1muywd") << syntax;
    QTest::newRow("invalid checksum char i") << QByteArray("mm1crxm3i") << syntax;
    QTest::newRow("invalid checksum char o") << QByteArray("au1s5cgom") << syntax;
    QTest::newRow("upper-case hrp checksum") << QByteArray("M1VUXWEZ") << checksum;
    QTest::newRow("empty hrp 2") << QByteArray("16plkw9") << syntax;
    QTest::newRow("empty hrp 3") << QByteArray("1p2gdwpf") << syntax;
    // A valid BIP173 (bech32) string is not bech32m.
    QTest::newRow("bech32 not bech32m") << QByteArray("a12uel5l") << wb::ErrorCode(CoreErrc::AddressWrongVariant);
    QTest::newRow("mixed case") << QByteArray("A1lqfn3a") << syntax;
  }
  void rejectsBip350Invalid() {
    QFETCH(QByteArray, text);
    QFETCH(wb::ErrorCode, code);
    auto decoded = bech32mDecode(std::string_view(text.constData(), size_t(text.size())));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.code(), code);
  }

  void addressRoundTrip() {
    AccountKey key;
    for (int i = 0; i < 32; ++i) key[i] = Byte(i * 7 + 3);
    const std::string address = encodeAddress("wbd", key);
    QVERIFY(address.rfind("wbd1", 0) == 0);
    auto back = decodeAddress("wbd", address);
    QVERIFY(back.ok());
    QVERIFY(*back == key);
  }

  void addressChecksNetworkLengthAndTypos() {
    AccountKey key{};
    key[0] = 0x42;
    const std::string address = encodeAddress("wb", key);
    QCOMPARE(decodeAddress("wbd", address).code(), CoreErrc::AddressWrongHrp);
    // One character changed anywhere is caught by the checksum.
    std::string typo = address;
    typo[10] = typo[10] == 'q' ? 'p' : 'q';
    QCOMPARE(decodeAddress("wb", typo).code(), CoreErrc::AddressChecksum);
    // 20 bytes of data under the right hrp: the wrong length for an account.
    Bytes shortKey(20, 1);
    auto values = convertBits(shortKey, 8, 5, true);
    QVERIFY(values.ok());
    QCOMPARE(decodeAddress("wb", bech32mEncode("wb", *values)).code(), CoreErrc::AddressWrongLength);
    QCOMPARE(decodeAddress("wb", "").code(), CoreErrc::AddressSyntax);
  }
};

QTEST_GUILESS_MAIN(TestBech32m)
#include "test_bech32m.moc"
