#include <QtTest>

#include "chain/consensus/uint256.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

U256 hex(std::string_view text) { return U256::fromBigEndian(hash32FromHex(text).value()); }

}  // namespace

class TestUint256 : public QObject {
  Q_OBJECT

private slots:
  void bigEndianRoundTrip() {
    const std::string text = "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20";
    const U256 v = hex(text);
    QCOMPARE(v.toHex(), text);
    QCOMPARE(v.low64(), 0x191a1b1c1d1e1f20ULL);
    QCOMPARE(v.limb(3), 0x0102030405060708ULL);
    QCOMPARE(U256(0x1234).toBigEndian()[31], Byte{0x34});
    QCOMPARE(U256(0x1234).toBigEndian()[30], Byte{0x12});
  }

  void comparesAsNumbers() {
    QVERIFY(U256(1) < U256(2));
    QVERIFY(U256(1) << 64 > U256(~0ULL));
    QVERIFY(U256::max() > (U256(1) << 255));
    QVERIFY(U256() == U256(0));
    QVERIFY(hex("8000000000000000000000000000000000000000000000000000000000000000") >
            hex("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"));
  }

  void bitsCounts() {
    QCOMPARE(U256().bits(), 0u);
    QCOMPARE(U256(1).bits(), 1u);
    QCOMPARE((U256(1) << 200).bits(), 201u);
    QCOMPARE(U256::max().bits(), 256u);
  }

  void addAndSubCarryAcrossLimbs() {
    const U256 a(~0ULL);
    QCOMPARE(a + U256(1), U256(1) << 64);
    QCOMPARE((U256(1) << 64) - U256(1), a);
    QCOMPARE((U256(1) << 192) - U256(1) + U256(1), U256(1) << 192);
  }

  void wrappingIsModulo2To256() {
    QCOMPARE(U256::max() + U256(1), U256());
    QCOMPARE(U256() - U256(1), U256::max());
    QVERIFY(!checkedAdd(U256::max(), U256(1)).has_value());
    QCOMPARE(checkedAdd(U256(2), U256(3)).value(), U256(5));
    QCOMPARE(saturatingAdd(U256::max(), U256(7)), U256::max());
  }

  void multiplication() {
    // (2^128 − 1)^2 = 2^256 − 2^129 + 1.
    const U256 m = (U256(1) << 128) - U256(1);
    QCOMPARE(m * m, U256() - (U256(1) << 129) + U256(1));
    QCOMPARE(checkedMul(m, m).value(), m * m);
    QVERIFY(!checkedMul(U256(1) << 128, U256(1) << 128).has_value());
    QVERIFY(!checkedMul(U256::max(), U256(2)).has_value());
    QVERIFY(!checkedMul((U256(1) << 255) + U256(1), U256(2)).has_value());  // bits 256+2 = 258
    QVERIFY(!checkedMul(U256(3) << 254, U256(2)).has_value());              // 257 bits total: the ambiguous case
    QCOMPARE(checkedMul(U256(1) << 254, U256(2)).value(), U256(1) << 255);  // also 257 bits, but fits
    QCOMPARE(saturatingMul(U256::max(), U256::max()), U256::max());
    QCOMPARE(checkedMul(U256(), U256::max()).value(), U256());
  }

  void mulU64ReportsTheCarry() {
    std::uint64_t carry = 0;
    QCOMPARE(U256::max().mulU64(2, carry), U256::max() - U256(1));
    QCOMPARE(carry, 1ULL);
    QCOMPARE(U256(7).mulU64(6, carry), U256(42));
    QCOMPARE(carry, 0ULL);
    QCOMPARE((U256(1) << 255).mulU64(1ULL << 63, carry), U256());
    QCOMPARE(carry, 1ULL << 62);
  }

  void shifts() {
    const U256 v = hex("0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20");
    QCOMPARE((v << 8).toHex(), std::string("02030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2000"));
    QCOMPARE((v >> 8).toHex(), std::string("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    QCOMPARE((v >> 64) << 64, v - U256(v.low64()));
    QCOMPARE(v << 256, U256());
    QCOMPARE(v >> 300, U256());
    QCOMPARE(v << 0, v);
    QCOMPARE(U256(1) << 255 >> 255, U256(1));
    for (unsigned s = 0; s < 256; s += 7) QCOMPARE((U256(1) << s).bits(), s + 1);
  }

  void division() {
    QCOMPARE(U256(100) / U256(7), U256(14));
    QCOMPARE(U256(100) % U256(7), U256(2));
    QCOMPARE(U256::max() / U256::max(), U256(1));
    QCOMPARE(U256::max() / U256(1), U256::max());
    QCOMPARE(U256(5) / U256(9), U256());
    // (2^256 − 1) / (2^128 − 1) = 2^128 + 1 exactly.
    const U256 m = (U256(1) << 128) - U256(1);
    QCOMPARE(U256::max() / m, (U256(1) << 128) + U256(1));
    QCOMPARE(U256::max() % m, U256());
    // q·b + r == a for an uneven case.
    const U256 a = hex("fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210");
    const U256 b = hex("0000000000000000000000000000000123456789abcdef0123456789abcdef01");
    const U256DivMod qr = divMod(a, b);
    QVERIFY(qr.remainder < b);
    QCOMPARE(qr.quotient * b + qr.remainder, a);
  }

  void divisionByZeroDoesNotCrash() {
    QCOMPARE(U256(5) / U256(), U256::max());
    QCOMPARE(U256(5) % U256(), U256());
  }
};

QTEST_GUILESS_MAIN(TestUint256)
#include "test_uint256.moc"
