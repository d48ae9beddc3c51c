// The set of signatures known valid: an entry matches only the same key,
// message and signature, and the oldest are forgotten first when it is full.
#include <QtTest>

#include "chain/core/secure_bytes.h"
#include "chain/core/verified_signatures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

SignatureCheck checkNumber(std::uint8_t n) {
  SignatureCheck check;
  check.key.fill(n);
  check.message.fill(static_cast<Byte>(n + 1));
  check.sig.fill(static_cast<Byte>(n + 2));
  return check;
}

}  // namespace

class TestVerifiedSignatures : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void matchesOnlyTheSameKeyMessageAndSignature() {
    VerifiedSignatures known;
    const SignatureCheck check = checkNumber(7);
    QVERIFY(!known.contains(check));
    known.remember(check);
    QVERIFY(known.contains(check));
    known.remember(check);  // twice is once
    QCOMPARE(known.size(), std::size_t(1));

    SignatureCheck otherSig = check;
    otherSig.sig[63] ^= 1;
    SignatureCheck otherKey = check;
    otherKey.key[0] ^= 1;
    SignatureCheck otherMessage = check;
    otherMessage.message[31] ^= 1;
    // The three parts moved between each other must not match either.
    SignatureCheck swapped{XOnlyKey{check.message}, check.key.bytes(), check.sig};
    for (const SignatureCheck& other : {otherSig, otherKey, otherMessage, swapped}) QVERIFY(!known.contains(other));
  }

  void forgetsTheOldestWhenFull() {
    VerifiedSignatures known(3);
    for (std::uint8_t n = 0; n < 5; ++n) known.remember(checkNumber(n));
    QCOMPARE(known.size(), std::size_t(3));
    QVERIFY(!known.contains(checkNumber(0)));
    QVERIFY(!known.contains(checkNumber(1)));
    for (std::uint8_t n = 2; n < 5; ++n) QVERIFY(known.contains(checkNumber(n)));
  }
};

QTEST_GUILESS_MAIN(TestVerifiedSignatures)
#include "test_verified_signatures.moc"
