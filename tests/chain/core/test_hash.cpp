#include <QtTest>

#include "chain/core/hash.h"
#include "chain/core/secure_bytes.h"

using namespace wb;

// Expected digests were computed independently with Python's hashlib:
// blake2b(data, digest_size=32, person=tag).
class TestHash : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void matchesIndependentBlake2bWithPersonal() {
    QCOMPARE(QString::fromStdString(toHex(taggedHash(tag::kTxid, {}))),
             QStringLiteral("e4f14b94802fc0ac4c373f817d02a40b84e7971f811af4593d5da53ee5ffdee7"));
    QCOMPARE(QString::fromStdString(toHex(taggedHash(tag::kHeader, asBytes("abc")))),
             QStringLiteral("6854f630f75b29c3ed65bc2d195c50685583c766ca72e503a2586f0d56253386"));
    Bytes data(200);
    for (int i = 0; i < 200; ++i) data[i] = Byte(i);
    QCOMPARE(QString::fromStdString(toHex(taggedHash(tag::kGenesis, data))),
             QStringLiteral("827e01c8882a5f7ac107efc6a082a0fb84e0264b0f4d07bdfdea0cbd950cd210"));
  }

  void tagsSeparateDomains() {
    const auto data = asBytes("same bytes");
    QVERIFY(taggedHash(tag::kTxid, data) != taggedHash(tag::kWtx, data));
    QVERIFY(taggedHash(tag::kSig, data) != taggedHash(tag::kHeader, data));
  }

  void incrementalEqualsOneShot() {
    Bytes data(1000);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = Byte(i * 31);
    TaggedHasher h(tag::kMerkle);
    h.update(ByteView(data).first(1)).update(ByteView(data).subspan(1, 500)).update(ByteView(data).subspan(501));
    QVERIFY(h.final() == taggedHash(tag::kMerkle, data));
  }
};

QTEST_GUILESS_MAIN(TestHash)
#include "test_hash.moc"
