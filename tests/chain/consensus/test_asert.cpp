// ASERT: the published aserti3-2d test vectors (Bitcoin Cash Node qa-assets,
// test_vectors/aserti3-2d run01–run06, excerpts) through the reference
// function, then Waybill's genesis-anchored rule and its properties.
#include <QtTest>
#include <limits>

#include "chain/consensus/asert.h"
#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

struct VectorLine {
  std::int64_t height;
  std::int64_t time;
  std::uint32_t bits;
};

// BCH mainnet: 600 s blocks, two-day halflife, pow_limit 2^224 − 1; every run
// anchors at height 1 with anchor ancestor time 0.
std::uint32_t bchNextBits(std::uint32_t anchorBits, const VectorLine& line) {
  const U256 limit = (U256(1) << 224) - U256(1);
  const U256 anchor = decodeCompact(anchorBits).value();
  return encodeCompact(asertTarget(anchor, line.time - 0, line.height - 1, 600, 172800, limit));
}

ChainParams testParams() {
  ChainParams p = devParams(ConsensusKind::Pow);
  p.blockTime = 60;
  p.genesisTime = 1'700'000'000;
  p.powLimit = ((U256(1) << 240) - U256(1)).toBigEndian();
  p.initialBits = encodeCompact(U256(0x123456) << 200);
  return p;
}

U256 targetOf(std::uint32_t bits) { return decodeCompact(bits).value(); }

}  // namespace

class TestAsert : public QObject {
  Q_OBJECT

  void runVectors(std::uint32_t anchorBits, std::initializer_list<VectorLine> lines) {
    for (const VectorLine& line : lines) {
      const std::uint32_t got = bchNextBits(anchorBits, line);
      if (got != line.bits) {
        QFAIL(qPrintable(QStringLiteral("height %1 time %2: got 0x%3, want 0x%4")
                             .arg(line.height)
                             .arg(line.time)
                             .arg(got, 8, 16, QChar('0'))
                             .arg(line.bits, 8, 16, QChar('0'))));
      }
    }
  }

private slots:
  void run01SteadyAtLimit() {
    runVectors(0x1d00ffff, {{2, 1200, 0x1d00ffff}, {3, 1800, 0x1d00ffff}, {11, 6600, 0x1d00ffff}});
  }

  void run02SteadyArbitrary() {
    runVectors(0x1a2b3c4d, {{2, 1200, 0x1a2b3c4d}, {6, 3600, 0x1a2b3c4d}, {11, 6600, 0x1a2b3c4d}});
  }

  void run03SteadyAtMinimum() { runVectors(0x01010000, {{2, 1200, 0x01010000}, {11, 6600, 0x01010000}}); }

  void run04DoublingUpToTheLimit() {
    runVectors(0x01010000, {{2, 174000, 0x01020000},
                            {3, 347400, 0x01040000},
                            {4, 520800, 0x01080000},
                            {7, 1041000, 0x01400000},
                            {8, 1214400, 0x02008000},
                            {9, 1387800, 0x02010000},
                            {100, 17167200, 0x0d080000},
                            {222, 38322000, 0x1c200000},
                            {224, 38668800, 0x1d008000},
                            {225, 38842200, 0x1d00ffff},
                            {226, 39015600, 0x1d00ffff}});
  }

  void run05HalvingDownToOne() {
    runVectors(0x1d00ffff, {{2, 0, 0x1d00fec5},
                            {290, 0, 0x1c7f62c0},
                            {578, 0, 0x1c3fb160},
                            {866, 0, 0x1c1fd8b0},
                            {2306, 0, 0x1c00fec5},
                            {60194, 0, 0x027f6200},
                            {62210, 0, 0x0200fe00},
                            {62498, 0, 0x017f0000},
                            {64226, 0, 0x01010000},
                            {64514, 0, 0x01010000}});
  }

  void run06RandomSolveTimes() {
    runVectors(0x1802aee8, {{2, 1200, 0x1802aee8},
                            {3, 1310, 0x1802ad91},
                            {4, 1327, 0x1802abf8},
                            {5, 1739, 0x1802ab73},
                            {6, 2219, 0x1802ab20},
                            {7, 2604, 0x1802aa89},
                            {8, 2746, 0x1802a94b},
                            {9, 7099, 0x1802b39c},
                            {10, 7099, 0x1802b1f2},
                            {11, 7657, 0x1802b1d4},
                            {12, 8626, 0x1802b2db},
                            {13, 8816, 0x1802b1b7},
                            {14, 9632, 0x1802b252},
                            {21, 15443, 0x1802b6cf},
                            {22, 18902, 0x1802bed6},
                            {100, 63111, 0x1802b78d},
                            {501, 300620, 0x1802aef5},
                            {620, 378438, 0x1802c0ec}});
  }

  void firstBlockAfterGenesisGetsInitialBits() {
    const ChainParams p = testParams();
    QCOMPARE(asertNextBits(p, 0, p.genesisTime).value(), p.initialBits);
  }

  void onScheduleKeepsTheTarget() {
    const ChainParams p = testParams();
    for (std::uint64_t h : {1ULL, 2ULL, 10ULL, 287ULL, 288ULL, 5000ULL, 1'000'000ULL}) {
      QCOMPARE(asertNextBits(p, h, p.genesisTime + h * p.blockTime).value(), p.initialBits);
    }
  }

  void oneHalflifeAheadHalvesTheTarget() {
    // Blocks came too fast: the chain is 288 block times ahead of schedule.
    const ChainParams p = testParams();
    const std::uint64_t h = 1000;
    const std::uint64_t onSchedule = p.genesisTime + h * p.blockTime;
    const U256 next = targetOf(asertNextBits(p, h, onSchedule - 288 * p.blockTime).value());
    QCOMPARE(next, targetOf(p.initialBits) >> 1);
  }

  void oneHalflifeBehindDoublesTheTarget() {
    // Blocks came too slowly: the target grows (mining gets easier).
    const ChainParams p = testParams();
    const std::uint64_t h = 1000;
    const std::uint64_t onSchedule = p.genesisTime + h * p.blockTime;
    const U256 next = targetOf(asertNextBits(p, h, onSchedule + 288 * p.blockTime).value());
    QCOMPARE(next, targetOf(p.initialBits) << 1);
    const U256 twoBehind = targetOf(asertNextBits(p, h, onSchedule + 2 * 288 * p.blockTime).value());
    QCOMPARE(twoBehind, targetOf(p.initialBits) << 2);
  }

  void laterParentsNeverGiveHarderTargets() {
    const ChainParams p = testParams();
    U256 previous;
    for (std::uint64_t t = p.genesisTime; t < p.genesisTime + 200'000; t += 977) {
      const U256 target = targetOf(asertNextBits(p, 500, t).value());
      QVERIFY(target >= previous);
      previous = target;
    }
  }

  void clampsToTheLimitAndToOne() {
    const ChainParams p = testParams();
    const U256 limit = U256::fromBigEndian(p.powLimit);
    // Far behind schedule: capped at pow_limit.
    QCOMPARE(targetOf(asertNextBits(p, 10, p.genesisTime + 100'000'000).value()),
             decodeCompact(encodeCompact(limit)).value());
    // Far ahead: never below 1 (a zero target would be unmineable and invalid).
    QCOMPARE(asertNextBits(p, 10'000'000, p.genesisTime).value(), encodeCompact(U256(1)));
    // Absurd inputs saturate instead of overflowing.
    const auto max = std::numeric_limits<std::uint64_t>::max();
    QCOMPARE(targetOf(asertNextBits(p, 0, max).value()), decodeCompact(encodeCompact(limit)).value());
    QCOMPARE(asertNextBits(p, max, 0).value(), encodeCompact(U256(1)));
  }

  void limitWithoutHeadroomStillClamps() {
    // A pow_limit near 2^256 (dev networks use 2^255 − 1) leaves no spare high
    // bits; the 2^x factor must not wrap around.
    ChainParams p = testParams();
    p.powLimit = (U256::max() >> 1).toBigEndian();
    p.initialBits = 0x207fffff;
    const std::uint32_t slow = asertNextBits(p, 10, p.genesisTime + 10 * p.blockTime + 100).value();
    QCOMPARE(slow, encodeCompact(U256::max() >> 1));  // would exceed the limit: clamped, not wrapped
    const std::uint32_t fast = asertNextBits(p, 10, p.genesisTime + 10 * p.blockTime - 288 * p.blockTime).value();
    QCOMPARE(fast, encodeCompact(targetOf(0x207fffff) >> 1));
  }

  void badParamsAreReported() {
    ChainParams p = testParams();
    p.initialBits = 0x01fedcba;
    WB_VERIFY_FAILS(asertNextBits(p, 1, p.genesisTime), ConsensusErrc::BadParams);
    p = testParams();
    p.initialBits = encodeCompact(U256(1) << 250);  // above the 2^240 limit
    WB_VERIFY_FAILS(checkAsertParams(p), ConsensusErrc::BadParams);
    p = testParams();
    p.blockTime = 0;
    WB_VERIFY_FAILS(checkAsertParams(p), ConsensusErrc::BadParams);
  }
};

QTEST_GUILESS_MAIN(TestAsert)
#include "test_asert.moc"
