// Proof of stake: the kernel rules, the staker's search, and a simulated
// network of three stakers (stake 1:2:5, real kernels and signatures) whose
// difficulty ASERT must steer to the target block time, before and after the
// total stake grows tenfold at once.
#include <QtTest>
#include <memory>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine.h"
#include "chain/consensus/pos/pos.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "tests/chain/consensus/consensus_fixtures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

constexpr Amount kWbl = 100'000'000;

ChainParams simParams() {
  ChainParams p = devParams(ConsensusKind::Pos);
  p.blockTime = 16;
  p.posGranularity = 2;
  p.genesisTime = 1'700'000'000;
  p.powLimit = ((U256(1) << 240) - U256(1)).toBigEndian();
  // 8000 WBL staked in total, 8 kernel tries (every 2 s) per 16 s block.
  p.initialBits = encodeCompact(U256::max() / U256(8 * 8000 * kWbl));
  return p;
}

}  // namespace

class TestPos : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> secp_;
  std::vector<test::ProducerKey> stakers_;

  // Produces `count` blocks: each by the planner's first eligible staker,
  // sealed (signed) and checked with the parent state. wins[k] counts blocks.
  void stake(const ConsensusEngine& engine, ManualClock& clock, test::TestChain& chain, const test::MapState& state,
             std::size_t count, std::vector<std::size_t>& wins) {
    std::vector<LocalProducer> keys;
    for (const auto& s : stakers_) keys.push_back({s.key, &s.secret});
    for (std::size_t b = 0; b < count; ++b) {
      const ParentContext parent = chain.tipContext();
      auto plan = engine.planProduction(parent, &state, keys, 100'000);
      QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
      clock.set(plan->time);
      const BlockHeader h = test::nextHeader(parent, plan->time, plan->bits, keys[plan->keyIndex].key);
      auto sealed = engine.seal(h, stakers_[plan->keyIndex].secret, SealOptions{}, std::stop_token{});
      QVERIFY(sealed.ok() && sealed->has_value());
      auto verdict = engine.checkWithState(**sealed, parent, state);
      QVERIFY2(verdict.ok(), verdict.ok() ? "" : verdict.error().message.c_str());
      QVERIFY(verdict->complete());
      chain.append(**sealed, *verdict);
      ++wins[plan->keyIndex];
      clock.advance(1);  // stakers hear of the block and try from the next second on
    }
  }

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    secp_ = std::make_unique<SecpContext>();
    for (std::uint32_t i = 1; i <= 3; ++i) stakers_.push_back(test::makeProducer(*secp_, 100 + i));
  }

  void kernelIsTheTaggedHashOfItsParts() {
    const Hash32 modifier = test::makeProducer(*secp_, 9).key;  // any 32 bytes
    const AccountKey producer = stakers_[0].key;
    Writer w;
    w.fixed(modifier).fixed(producer).u64(1234567);
    QCOMPARE(kernelHash(modifier, producer, 1234567), taggedHash(tag::kKernel, w.bytes()));
    QVERIFY(kernelHash(modifier, producer, 1234567) != kernelHash(modifier, producer, 1234568));
    const Hash32 k = kernelHash(modifier, producer, 1);
    QCOMPARE(nextModifier(modifier, k), TaggedHasher(tag::kModifier).update(modifier).update(k).final());
  }

  void thresholdIsTargetTimesWeightClamped() {
    QCOMPARE(kernelThreshold(U256(1000), 7), U256(7000));
    QCOMPARE(kernelThreshold(U256::max() >> 10, 1ULL << 20), U256::max());
    QCOMPARE(kernelThreshold(U256(5), 0), U256());
    Hash32 zero{};
    QVERIFY(!kernelMeetsTarget(zero, U256::max(), 0));  // no stake, no block, even with the easiest target
    QVERIFY(kernelMeetsTarget(zero, U256(1), 1));
  }

  void kernelRules() {
    const ChainParams p = simParams();
    const Hash32 modifier = p.powLimit;
    BlockHeader h;
    h.producer = stakers_[0].key;
    h.time = p.genesisTime + 3;  // odd: not a multiple of 2
    WB_VERIFY_FAILS(checkKernel(p, h, modifier, 1, U256::max()), ConsensusErrc::BadGranularity);
    h.time = p.genesisTime + 4;
    WB_VERIFY_FAILS(checkKernel(p, h, modifier, 0, U256::max()), ConsensusErrc::NoMatureStake);
    WB_VERIFY_FAILS(checkKernel(p, h, modifier, 1, U256()), ConsensusErrc::KernelAboveTarget);
    const auto kernel = checkKernel(p, h, modifier, 1, U256::max());
    WB_VERIFY_OK(kernel);
    QCOMPARE(*kernel, kernelHash(modifier, h.producer, h.time));
  }

  void stakerSearchRespectsGranularityAndOrder() {
    const ChainParams p = simParams();
    const Hash32 modifier = p.powLimit;
    const U256 easy = U256::max();
    const StakerWeight both[] = {{stakers_[0].key, 5}, {stakers_[1].key, 5}};
    // Everyone is eligible at once: the earliest multiple of 2 ≥ 1001, first key.
    const auto first = findStakeTime(p, modifier, easy, both, 1001, 2000);
    QVERIFY(first.has_value());
    QCOMPARE(first->time, 1002ULL);
    QCOMPARE(first->keyIndex, std::size_t{0});
    QCOMPARE(first->kernel, kernelHash(modifier, stakers_[0].key, 1002));
    // Weightless keys never stake; an impossible target finds nothing.
    const StakerWeight none[] = {{stakers_[0].key, 0}};
    QVERIFY(!findStakeTime(p, modifier, easy, none, 1000, 5000).has_value());
    QVERIFY(!findStakeTime(p, modifier, U256(), both, 1000, 1100).has_value());
    // A real search: the result is eligible, and nothing earlier was.
    const U256 target = U256::max() / U256(200);
    const StakerWeight one[] = {{stakers_[2].key, 1}};
    const auto found = findStakeTime(p, modifier, target, one, 5000, 50'000);
    QVERIFY(found.has_value());
    QCOMPARE(found->time % 2, 0ULL);
    QVERIFY(kernelMeetsTarget(kernelHash(modifier, stakers_[2].key, found->time), target, 1));
    for (std::uint64_t t = 5000; t < found->time; t += 2) {
      QVERIFY(!kernelMeetsTarget(kernelHash(modifier, stakers_[2].key, t), target, 1));
    }
  }

  void unequalStakesAndA10xStakeJumpAreAbsorbed() {
    ChainParams p = simParams();
    const BlockHeader genesis = test::makeGenesis(p);
    ManualClock clock(p.genesisTime);
    auto engine = std::move(makeEngine(p, clock, *secp_).value());
    test::TestChain chain(p, genesis);
    test::MapState state;
    state.stakes = {{stakers_[0].key, 1000 * kWbl}, {stakers_[1].key, 2000 * kWbl}, {stakers_[2].key, 5000 * kWbl}};

    std::vector<std::size_t> wins(3, 0);
    stake(*engine, clock, chain, state, 600, wins);
    const double steady = static_cast<double>(chain.header(600).time - chain.header(0).time) / 600.0;
    QVERIFY2(steady > 16 * 0.9 && steady < 16 * 1.1, qPrintable(QString("mean block time %1 s").arg(steady)));
    const QString offSplit = test::offTheOneTwoFiveSplit(wins, 600, "staker");
    QVERIFY2(offSplit.isEmpty(), qPrintable(offSplit));
    const std::vector<std::size_t> phase1 = wins;

    // Ten times the stake arrives at once (same 1:2:5 split).
    for (auto& [key, amount] : state.stakes) amount *= 10;
    // Growing stake is absorbed more slowly than shrinking hash power (PoW test):
    // the chain must run 3.3 halflives (≈ 960 blocks' time) ahead of schedule.
    stake(*engine, clock, chain, state, 4000, wins);
    const double recovered = static_cast<double>(chain.header(4600).time - chain.header(3100).time) / 1500.0;
    qInfo("PoS: steady %.2f s, shares %zu/%zu/%zu of 600; after 10x stake %.2f s", steady, phase1[0], phase1[1],
          phase1[2], recovered);
    QVERIFY2(recovered > 16 * 0.9 && recovered < 16 * 1.1,
             qPrintable(QString("mean block time after the jump %1 s").arg(recovered)));
  }
};

QTEST_GUILESS_MAIN(TestPos)
#include "test_pos.moc"
