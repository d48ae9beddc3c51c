// Bitcoin Core's SetCompact/GetCompact vectors (src/test/arith_uint256_tests.cpp)
// plus Waybill's rejections and the pow_limit rule.
#include <QtTest>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "tests/test_util.h"

using namespace wb;

class TestCompact : public QObject {
  Q_OBJECT

private slots:
  void bitcoinZeroVectors() {
    for (const std::uint32_t bits : {0x00000000u, 0x00123456u, 0x01003456u, 0x02000056u, 0x03000000u, 0x04000000u,
                                     0x00923456u, 0x01803456u, 0x02800056u, 0x03800000u, 0x04800000u}) {
      const CompactDecoding d = decodeCompactRaw(bits);
      QVERIFY(d.value.isZero());
      QVERIFY(!d.negative);
      QVERIFY(!d.overflow);
      WB_VERIFY_FAILS(decodeCompact(bits), ConsensusErrc::CompactZero);
    }
  }

  void bitcoinValueVectors() {
    struct Case {
      std::uint32_t bits;
      U256 value;
      std::uint32_t recompact;
    };
    const Case cases[] = {
        {0x01123456, U256(0x12), 0x01120000},       {0x02123456, U256(0x1234), 0x02123400},
        {0x03123456, U256(0x123456), 0x03123456},   {0x04123456, U256(0x12345600), 0x04123456},
        {0x05009234, U256(0x92340000), 0x05009234}, {0x20123456, U256(0x123456) << (8 * 29), 0x20123456},
    };
    for (const Case& c : cases) {
      const CompactDecoding d = decodeCompactRaw(c.bits);
      QCOMPARE(d.value, c.value);
      QVERIFY(!d.negative && !d.overflow);
      QCOMPARE(decodeCompact(c.bits).value(), c.value);
      QCOMPARE(encodeCompact(c.value), c.recompact);
    }
    // 0x80 needs a leading zero byte in the mantissa, or it would read as negative.
    QCOMPARE(encodeCompact(U256(0x80)), 0x02008000u);
    QCOMPARE(encodeCompact(U256()), 0u);
  }

  void negativeIsRejected() {
    const CompactDecoding a = decodeCompactRaw(0x01fedcba);
    QVERIFY(a.negative);
    QCOMPARE(a.value, U256(0x7e));
    QVERIFY(decodeCompactRaw(0x04923456).negative);
    WB_VERIFY_FAILS(decodeCompact(0x01fedcba), ConsensusErrc::CompactNegative);
    WB_VERIFY_FAILS(decodeCompact(0x04923456), ConsensusErrc::CompactNegative);
  }

  void overflowIsRejected() {
    QVERIFY(decodeCompactRaw(0xff123456).overflow);
    WB_VERIFY_FAILS(decodeCompact(0xff123456), ConsensusErrc::CompactOverflow);
    // The widest that still fits: exponent 0x22 with a one-byte mantissa.
    QVERIFY(!decodeCompactRaw(0x22000001).overflow);
    QVERIFY(decodeCompactRaw(0x22000100).overflow);
    QVERIFY(decodeCompactRaw(0x23000001).overflow);
    QVERIFY(!decodeCompactRaw(0x2100ffff).overflow);
    QVERIFY(decodeCompactRaw(0x21010000).overflow);
  }

  void aboveLimitIsRejected() {
    const U256 limit = (U256(1) << 224) - U256(1);  // Bitcoin's pow_limit, compact 0x1d00ffff
    QCOMPARE(encodeCompact(limit), 0x1d00ffffu);
    WB_VERIFY_OK(targetFromBits(0x1d00ffff, limit));
    WB_VERIFY_FAILS(targetFromBits(0x1d010000, limit), ConsensusErrc::TargetAboveLimit);
    WB_VERIFY_FAILS(targetFromBits(0x1e00ffff, limit), ConsensusErrc::TargetAboveLimit);
    WB_VERIFY_FAILS(targetFromBits(0x1d80ffff, limit), ConsensusErrc::CompactNegative);
  }

  void roundTripsOfShortestForms() {
    for (unsigned shift = 0; shift < 250; shift += 3) {
      const U256 v = U256(0x7fed) << shift;
      const std::uint32_t bits = encodeCompact(v);
      const U256 back = decodeCompact(bits).value();
      QVERIFY(back <= v);
      QCOMPARE(encodeCompact(back), bits);
      QVERIFY((v - back) <= (v >> 15));  // a mantissa keeps at least 16 significant bits
    }
  }
};

QTEST_GUILESS_MAIN(TestCompact)
#include "test_compact.moc"
