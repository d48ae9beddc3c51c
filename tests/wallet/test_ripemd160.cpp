// RIPEMD-160 against the published test vectors of its authors (Dobbertin, Bosselaers,
// Preneel). HASH160 is covered by the BIP32 vectors (parent fingerprints in every xpub).
#include <QtTest>
#include <string>

#include "wallet/ripemd160.h"

using namespace wb;

class TestRipemd160 : public QObject {
  Q_OBJECT
private slots:
  void publishedVectors_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray("") << QByteArray("9c1185a5c5e9fc54612808977ee8f548b2258d31");
    QTest::newRow("a") << QByteArray("a") << QByteArray("0bdc9d2d256b3ee9daae347be6f4dc835a467ffe");
    QTest::newRow("abc") << QByteArray("abc") << QByteArray("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
    QTest::newRow("message digest") << QByteArray("message digest")
                                    << QByteArray("5d0689ef49d2fae572b881b123a85ffa21595f36");
    QTest::newRow("a-z") << QByteArray("abcdefghijklmnopqrstuvwxyz")
                         << QByteArray("f71c27109c692c1b56bbdceb5b9d2865b3708dbc");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("12a053384a9c0c88e405a06c27dcf49ada62eb2b");
    QTest::newRow("A-Za-z0-9") << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                               << QByteArray("b0e20b6e3116640286ed3a87a5713079b21f5189");
    QTest::newRow("8x1234567890") << QByteArray("1234567890").repeated(8)
                                  << QByteArray("9b752e45573d4b39f4dbd3323cab82bf63326bfb");
    QTest::newRow("million a") << QByteArray(1000000, 'a') << QByteArray("52783243c1697bdbe16d37f97f68f08325dc1528");
  }
  void publishedVectors() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    const auto hash = ripemd160(asBytes(std::string_view(input.constData(), std::size_t(input.size()))));
    QCOMPARE(QByteArray::fromStdString(toHex(hash)), digest);
  }
};

QTEST_GUILESS_MAIN(TestRipemd160)
#include "test_ripemd160.moc"
