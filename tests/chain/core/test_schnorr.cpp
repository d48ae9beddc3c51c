#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/schnorr.h"
#include "tests/test_util.h"

using namespace wb;

namespace {
Hash32 h32(const char* hex) { return hash32FromHex(hex).value(); }
SecureBytes secret(const char* hex) { return SecureBytes::copyOf(h32(hex)); }
Sig64 sig64(const char* hex) {
  auto bytes = fromHex(hex).value();
  Sig64 out;
  std::copy(bytes.begin(), bytes.end(), out.begin());
  return out;
}
}  // namespace

class TestSchnorr : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  // BIP340 test vectors 0 and 1 (secret key, aux randomness, message → key, signature).
  void bip340SigningVectors_data() {
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<QByteArray>("pk");
    QTest::addColumn<QByteArray>("aux");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("sig");
    QTest::newRow("vector 0") << QByteArray("0000000000000000000000000000000000000000000000000000000000000003")
                              << QByteArray("f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9")
                              << QByteArray("0000000000000000000000000000000000000000000000000000000000000000")
                              << QByteArray("0000000000000000000000000000000000000000000000000000000000000000")
                              << QByteArray(
                                     "e907831f80848d1069a5371b402410364bdf1c5f8307b0084c55f1ce2dca8215"
                                     "25f66a4a85ea8b71e482a74f382d2ce5ebeee8fdb2172f477df4900d310536c0");
    QTest::newRow("vector 1") << QByteArray("b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfef")
                              << QByteArray("dff1d77f2a671c5f36183726db2341be58feae1da2deced843240f7b502ba659")
                              << QByteArray("0000000000000000000000000000000000000000000000000000000000000001")
                              << QByteArray("243f6a8885a308d313198a2e03707344a4093822299f31d0082efa98ec4e6c89")
                              << QByteArray(
                                     "6896bd60eeae296db48a229ff71dfe071bde413e6d43f917dc8dcf8c78de3341"
                                     "8906d11ac976abccb20b091292bff4ea897efcb639ea871cfa95f6de339e4b0a");
  }
  void bip340SigningVectors() {
    QFETCH(QByteArray, sk);
    QFETCH(QByteArray, pk);
    QFETCH(QByteArray, aux);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, sig);
    SecpContext ctx;
    auto key = secret(sk.constData());
    auto pub = xonlyFromSecret(ctx, key);
    QVERIFY(pub.ok());
    QCOMPARE(QByteArray::fromStdString(toHex(*pub)), pk);
    auto signature = schnorrSignWithAux(ctx, key, h32(msg.constData()), h32(aux.constData()));
    QVERIFY(signature.ok());
    QCOMPARE(QByteArray::fromStdString(toHex(*signature)), sig);
    QVERIFY(schnorrVerify(ctx, *pub, h32(msg.constData()), *signature).ok());
  }

  // BIP340 vector 5: a public key that is not on the curve.
  void rejectsKeyNotOnCurve() {
    SecpContext ctx;
    const XOnlyKey bad = XOnlyKey{h32("eefdea4cdb677750a420fee807eacf21eb9898ae79b9768766e4faa04a2d4a34")};
    QVERIFY(!isValidXOnlyKey(ctx, bad));
    const Sig64 sig = sig64(
        "6cff5c3ba86c69ea4b7376f31a9bcb4f74c1976089b2d9963da2e5543e177769"
        "69e89b4c5564d00349106b8497785dd7d1d713a8ae82b32fa79d5f7fc407d39b");
    QCOMPARE(
        schnorrVerify(ctx, bad, h32("243f6a8885a308d313198a2e03707344a4093822299f31d0082efa98ec4e6c89"), sig).code(),
        CoreErrc::CryptoBadPublicKey);
  }

  void signVerifyAndTampering() {
    SecpContext ctx;
    auto alice = secret("1111111111111111111111111111111111111111111111111111111111111111");
    auto bob = secret("2222222222222222222222222222222222222222222222222222222222222222");
    auto alicePub = xonlyFromSecret(ctx, alice).value();
    auto bobPub = xonlyFromSecret(ctx, bob).value();
    Hash32 message{};
    message[0] = 0x5a;
    auto signature = schnorrSign(ctx, alice, message);
    QVERIFY(signature.ok());
    QVERIFY(schnorrVerify(ctx, alicePub, message, *signature).ok());

    Hash32 tampered = message;
    tampered[31] ^= 1;
    QCOMPARE(schnorrVerify(ctx, alicePub, tampered, *signature).code(), CoreErrc::CryptoBadSignature);
    QCOMPARE(schnorrVerify(ctx, bobPub, message, *signature).code(), CoreErrc::CryptoBadSignature);
    Sig64 flipped = *signature;
    flipped[40] ^= 0x80;
    QCOMPARE(schnorrVerify(ctx, alicePub, message, flipped).code(), CoreErrc::CryptoBadSignature);
  }

  // One keypair gives the signature and its signer: the same key xonlyFromSecret
  // derives, and a signature that verifies for it (and only for it).
  void keyedSignatureNamesItsSigner() {
    SecpContext ctx;
    auto alice = secret("1111111111111111111111111111111111111111111111111111111111111111");
    auto bob = secret("2222222222222222222222222222222222222222222222222222222222222222");
    Hash32 message{};
    message[3] = 0x77;
    auto keyed = schnorrSignKeyed(ctx, alice, message);
    WB_VERIFY_OK(keyed);
    QVERIFY(keyed->signer == xonlyFromSecret(ctx, alice).value());
    QVERIFY(schnorrVerify(ctx, keyed->signer, message, keyed->sig).ok());
    QCOMPARE(schnorrVerify(ctx, xonlyFromSecret(ctx, bob).value(), message, keyed->sig).code(),
             CoreErrc::CryptoBadSignature);
    QCOMPARE(schnorrSignKeyed(ctx, SecureBytes(32), message).code(), CoreErrc::CryptoBadSecretKey);
  }

  void rejectsInvalidSecretKeys() {
    SecpContext ctx;
    QCOMPARE(xonlyFromSecret(ctx, SecureBytes(32)).code(), CoreErrc::CryptoBadSecretKey);  // zero
    QCOMPARE(xonlyFromSecret(ctx, SecureBytes(31)).code(), CoreErrc::CryptoBadSecretKey);  // wrong size
    // The group order n itself is not a valid key.
    auto order = secret("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QVERIFY(!isValidSecretKey(ctx, order.view()));
    QCOMPARE(schnorrSign(ctx, order, Hash32{}).code(), CoreErrc::CryptoBadSecretKey);
  }
};

QTEST_GUILESS_MAIN(TestSchnorr)
#include "test_schnorr.moc"
