// Keys parsed once: a parsed key verifies exactly what the unparsed one does,
// a point off the curve is refused, and the cache gives back the same key.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/parsed_key.h"
#include "chain/core/secure_bytes.h"
#include "tests/test_util.h"

using namespace wb;

class TestParsedKey : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void verifiesExactlyWhatSchnorrVerifyDoes() {
    SecpContext ctx;
    Hash32 seed{};
    seed[31] = 7;
    const SecureBytes secret = SecureBytes::copyOf(seed);
    const XOnlyKey key = xonlyFromSecret(ctx, secret).value();
    Hash32 message{};
    message[0] = 0x42;
    const Sig64 sig = schnorrSign(ctx, secret, message).value();
    auto parsed = parseXOnlyKey(ctx, key);
    WB_VERIFY_OK(parsed);
    WB_VERIFY_OK(schnorrVerifyParsed(ctx, *parsed, message, sig));

    Sig64 altered = sig;
    altered[40] ^= 1;
    Hash32 otherMessage = message;
    otherMessage[5] ^= 1;
    WB_VERIFY_FAILS(schnorrVerifyParsed(ctx, *parsed, message, altered), CoreErrc::CryptoBadSignature);
    WB_VERIFY_FAILS(schnorrVerifyParsed(ctx, *parsed, otherMessage, sig), CoreErrc::CryptoBadSignature);
    QVERIFY(!schnorrVerify(ctx, key, message, altered).ok());
    QVERIFY(!schnorrVerify(ctx, key, otherMessage, sig).ok());
  }

  void aPointOffTheCurveIsRefused() {
    SecpContext ctx;
    // x = 5 is not the x coordinate of a secp256k1 point (5³ + 7 = 132 is not a square mod p).
    XOnlyKey off{};
    off[31] = 5;
    WB_VERIFY_FAILS(parseXOnlyKey(ctx, off), CoreErrc::CryptoBadPublicKey);
    ParsedKeyCache cache;
    WB_VERIFY_FAILS(cache.get(ctx, off), CoreErrc::CryptoBadPublicKey);
    QCOMPARE(cache.size(), std::size_t(0));
  }

  void theCacheKeepsEachKeyOnceAndStaysBounded() {
    SecpContext ctx;
    ParsedKeyCache cache(3);
    std::vector<XOnlyKey> keys;
    for (Byte n = 1; n <= 4; ++n) {
      Hash32 seed{};
      seed[31] = n;
      keys.push_back(xonlyFromSecret(ctx, SecureBytes::copyOf(seed)).value());
    }
    Hash32 message{};
    Hash32 seed{};
    seed[31] = 1;
    const Sig64 sig = schnorrSign(ctx, SecureBytes::copyOf(seed), message).value();
    for (int round = 0; round < 2; ++round) {
      auto got = cache.get(ctx, keys[0]);
      WB_VERIFY_OK(got);
      WB_VERIFY_OK(schnorrVerifyParsed(ctx, *got, message, sig));
      QCOMPARE(cache.size(), std::size_t(1));
    }
    for (const XOnlyKey& key : keys) WB_VERIFY_OK(cache.get(ctx, key));
    QVERIFY(cache.size() <= 3);
    WB_VERIFY_OK(schnorrVerifyParsed(ctx, cache.get(ctx, keys[0]).value(), message, sig));
  }
};

QTEST_GUILESS_MAIN(TestParsedKey)
#include "test_parsed_key.moc"
