// DPoS: slots and rounds, the vote-ranked and shuffled schedule, missed slots,
// the last irreversible block and double-production evidence — through the
// engine over an in-memory chain with real signatures where it matters.
#include <QtTest>
#include <algorithm>
#include <memory>
#include <set>

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/dpos/dpos_evidence.h"
#include "chain/consensus/dpos/dpos_finality.h"
#include "chain/consensus/dpos/dpos_schedule.h"
#include "chain/consensus/engine.h"
#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"
#include "chain/core/hash.h"
#include "tests/chain/consensus/consensus_fixtures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

ChainParams dposParams() {
  ChainParams p = devParams(ConsensusKind::Dpos);
  p.blockTime = 3;
  p.activeDelegates = 4;
  p.genesisTime = 1'700'000'000;
  return p;
}

std::set<AccountKey> asSet(const std::vector<AccountKey>& keys) { return {keys.begin(), keys.end()}; }

}  // namespace

class TestDpos : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> secp_;
  std::vector<test::ProducerKey> d_;  // six delegates

  struct Network {
    ChainParams params = dposParams();
    ManualClock clock{0};
    std::unique_ptr<ConsensusEngine> engine;
    std::unique_ptr<test::TestChain> chain;
    test::MapState state;
  };

  std::unique_ptr<Network> makeNetwork() {
    auto net = std::make_unique<Network>();
    const BlockHeader genesis = test::makeGenesis(net->params);
    net->clock.set(net->params.genesisTime);
    net->engine = std::move(makeEngine(net->params, net->clock, *secp_, {d_[0].key, d_[1].key, d_[2].key}).value());
    net->chain = std::make_unique<test::TestChain>(net->params, genesis);
    // Votes 60, 50, 40, 30, 20, 10: d0–d3 are the top four.
    for (std::size_t i = 0; i < d_.size(); ++i) net->state.delegates.push_back({d_[i].key, 60 - 10 * i});
    return net;
  }

  // Forges `count` blocks: each in the first slot owned by one of `online`.
  void forge(Network& net, const std::vector<std::size_t>& online, std::size_t count) {
    std::vector<LocalProducer> keys;
    for (std::size_t i : online) keys.push_back({d_[i].key, &d_[i].secret});
    for (std::size_t b = 0; b < count; ++b) {
      const ParentContext parent = net.chain->tipContext();
      auto plan = net.engine->planProduction(parent, &net.state, keys, 1000);
      QVERIFY2(plan.ok(), plan.ok() ? "" : plan.error().message.c_str());
      net.clock.set(plan->time);
      const BlockHeader h = test::nextHeader(parent, plan->time, 0, keys[plan->keyIndex].key);
      auto sealed = net.engine->seal(h, *keys[plan->keyIndex].secret, SealOptions{}, std::stop_token{});
      QVERIFY(sealed.ok() && sealed->has_value());
      auto verdict = net.engine->checkWithState(**sealed, parent, net.state);
      QVERIFY2(verdict.ok(), verdict.ok() ? "" : verdict.error().message.c_str());
      QVERIFY(verdict->complete());
      net.chain->append(**sealed, *verdict);
    }
  }

  std::vector<ProducedBlock> producedSince(const test::TestChain& chain, std::uint64_t lib) {
    std::vector<ProducedBlock> out;
    for (std::size_t h = lib + 1; h <= chain.height(); ++h) out.push_back({h, chain.header(h).producer});
    return out;
  }

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    secp_ = std::make_unique<SecpContext>();
    for (std::uint32_t i = 0; i < 6; ++i) d_.push_back(test::makeProducer(*secp_, 201 + i));
  }

  void slotsAndRounds() {
    const ChainParams p = dposParams();
    QCOMPARE(slotOfTime(p, p.genesisTime).value(), 0ULL);
    QCOMPARE(slotOfTime(p, p.genesisTime + 3).value(), 1ULL);
    QCOMPARE(slotOfTime(p, p.genesisTime + 300).value(), 100ULL);
    WB_VERIFY_FAILS(slotOfTime(p, p.genesisTime + 4), ConsensusErrc::NotSlotStart);
    WB_VERIFY_FAILS(slotOfTime(p, p.genesisTime - 3), ConsensusErrc::TimeBeforeGenesis);
    QCOMPARE(slotStartTime(p, 7), p.genesisTime + 21);
    QCOMPARE(firstSlotAtOrAfter(p, p.genesisTime + 4), 2ULL);
    QCOMPARE(firstSlotAtOrAfter(p, p.genesisTime + 6), 2ULL);
    QCOMPARE(roundOfSlot(p, 3), 0ULL);
    QCOMPARE(roundOfSlot(p, 4), 1ULL);
    QCOMPARE(slotStartTime(p, ~0ULL), ~0ULL);  // saturates
  }

  void roundSeedIsTheFirstEightBytesOfTheRoundHash() {
    const BlockHash last{d_[0].key.bytes()};  // any 32 bytes
    Writer w;
    w.u64(5).fixed(last);
    const Hash32 digest = taggedHash(tag::kRound, w.bytes());
    std::uint64_t expected = 0;
    for (int i = 7; i >= 0; --i) expected = (expected << 8) | digest[static_cast<std::size_t>(i)];
    QCOMPARE(roundSeed(5, last), expected);
    QVERIFY(roundSeed(6, last) != roundSeed(5, last));
  }

  void shuffleIsADeterministicPermutation() {
    std::vector<AccountKey> keys;
    for (const auto& k : d_) keys.push_back(k.key);
    std::set<std::vector<AccountKey>> orders;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      std::vector<AccountKey> a = keys, b = keys;
      shuffleSchedule(a, seed * 0x9e3779b97f4a7c15ULL);
      shuffleSchedule(b, seed * 0x9e3779b97f4a7c15ULL);
      QCOMPARE(a, b);
      QCOMPARE(asSet(a), asSet(keys));
      orders.insert(a);
    }
    QVERIFY(orders.size() >= 15);  // 720 possible orders of six
    std::vector<AccountKey> one{keys[0]}, none;
    shuffleSchedule(one, 42);
    shuffleSchedule(none, 42);
    QCOMPARE(one.front(), keys[0]);
  }

  void topDelegatesByVotesThenSmallerKey() {
    std::vector<DelegateVotes> standings{{d_[0].key, 5}, {d_[1].key, 9}, {d_[2].key, 5}, {d_[3].key, 1}};
    const auto top = topDelegates(standings, 3);
    QCOMPARE(top.size(), std::size_t{3});
    QCOMPARE(top[0], d_[1].key);
    QCOMPARE(top[1], std::min(d_[0].key, d_[2].key));
    QCOMPARE(top[2], std::max(d_[0].key, d_[2].key));
    QCOMPARE(topDelegates(standings, 10).size(), std::size_t{4});
  }

  void scheduleFillsFromGenesisDelegates() {
    const ChainParams p = dposParams();
    const BlockHash last{d_[5].key.bytes()};
    const std::vector<DelegateVotes> one{{d_[4].key, 7}};
    const std::vector<AccountKey> genesis{d_[0].key, d_[4].key};
    const auto schedule = buildRoundSchedule(p, 3, last, one, genesis).value();
    QCOMPARE(schedule.size(), std::size_t{4});
    QCOMPARE(asSet(schedule), (std::set<AccountKey>{d_[4].key, d_[0].key}));
    QCOMPARE(std::count(schedule.begin(), schedule.end(), d_[4].key), 2);  // d4, d0, then genesis repeats d0, d4
    WB_VERIFY_FAILS(buildRoundSchedule(p, 3, last, {}, {}), ConsensusErrc::NoDelegates);
    QCOMPARE(asSet(buildRoundSchedule(p, 3, last, {}, genesis).value()), asSet(genesis));
  }

  void scheduleIsTheTopNShuffledDifferentlyEachRound() {
    const ChainParams p = dposParams();
    std::vector<DelegateVotes> standings;
    for (std::size_t i = 0; i < d_.size(); ++i) standings.push_back({d_[i].key, 10 * i});  // d5..d2 on top
    const std::set<AccountKey> top{d_[5].key, d_[4].key, d_[3].key, d_[2].key};
    const BlockHash last{d_[0].key.bytes()};
    std::set<std::vector<AccountKey>> orders;
    for (std::uint64_t r = 1; r <= 12; ++r) {
      const auto schedule = buildRoundSchedule(p, r, last, standings, {}).value();
      QCOMPARE(asSet(schedule), top);
      QCOMPARE(buildRoundSchedule(p, r, last, standings, {}).value(), schedule);
      orders.insert(schedule);
    }
    QVERIFY(orders.size() >= 6);  // 24 possible orders of four
  }

  void chainFollowsVotesFromTheNextRound() {
    auto net = makeNetwork();
    const std::vector<std::size_t> all{0, 1, 2, 3, 4, 5};
    forge(*net, all, 4);  // slots 1..4: round 0 (slots 1–3) and the first block of round 1
    const auto& p = net->params;
    QCOMPARE(net->chain->verdict(4).dposSlot, 4ULL);
    const std::vector<AccountKey> round1 = net->chain->verdict(4).dposSchedule;
    QCOMPARE(asSet(round1), (std::set<AccountKey>{d_[0].key, d_[1].key, d_[2].key, d_[3].key}));
    // Round 1's schedule was seeded by the last block of round 0 (height 3).
    QCOMPARE(round1, buildRoundSchedule(p, 1, net->chain->verdict(3).hash, net->state.delegates,
                                        std::vector<AccountKey>{d_[0].key, d_[1].key, d_[2].key})
                         .value());

    // Mid-round vote change: d5 jumps to the top, d3 loses every vote.
    net->state.delegates[5].votes = 100;
    net->state.delegates[3].votes = 0;
    forge(*net, all, 3);  // slots 5..7: the rest of round 1 keeps its schedule
    for (std::size_t h = 5; h <= 7; ++h) QCOMPARE(net->chain->verdict(h).dposSchedule, round1);
    forge(*net, all, 1);  // slot 8: round 2
    const std::vector<AccountKey> round2 = net->chain->verdict(8).dposSchedule;
    QCOMPARE(asSet(round2), (std::set<AccountKey>{d_[0].key, d_[1].key, d_[2].key, d_[5].key}));
    QCOMPARE(roundOfSlot(p, net->chain->verdict(8).dposSlot), 2ULL);
    // Every block was produced by its slot's owner.
    for (std::size_t h = 1; h <= 8; ++h) {
      const auto& v = net->chain->verdict(h);
      QCOMPARE(net->chain->header(h).producer, scheduledProducer(v.dposSchedule, v.dposSlot));
      QVERIFY(v.missed.empty());
    }
  }

  void missedSlotsAreCountedForTheirOwners() {
    auto net = makeNetwork();
    forge(*net, {0, 2, 3}, 12);  // d1 is offline
    std::uint64_t missed = 0;
    for (std::size_t h = 1; h <= net->chain->height(); ++h) {
      for (const MissedCount& m : net->chain->verdict(h).missed) {
        QCOMPARE(m.producer, d_[1].key);
        missed += m.count;
      }
    }
    const std::uint64_t lastSlot = net->chain->verdict(net->chain->height()).dposSlot;
    QCOMPARE(missed, lastSlot - 12);  // every slot without a block was d1's
    QVERIFY(missed >= 2);
  }

  void longGapsCountLikeSlotBySlot() {
    const ChainParams p = dposParams();
    const std::vector<AccountKey> parentRound{d_[0].key, d_[1].key, d_[2].key, d_[3].key};
    std::vector<DelegateVotes> standings;
    for (std::size_t i = 0; i < d_.size(); ++i) standings.push_back({d_[i].key, 10 * i});
    const BlockHash last{d_[0].key.bytes()};
    const RoundScheduleFn scheduleOf = [&](std::uint64_t r) -> Result<std::vector<AccountKey>> {
      if (r == 2) return parentRound;
      return buildRoundSchedule(p, r, last, standings, {});
    };
    const std::uint64_t parentSlot = 9, slot = 9 + 4 * 25 + 2;  // from round 2 into round 27
    std::map<AccountKey, std::uint64_t> naive;
    for (std::uint64_t s = parentSlot + 1; s < slot; ++s) {
      ++naive[scheduledProducer(scheduleOf(roundOfSlot(p, s)).value(), s)];
    }
    const auto counted = missedSlots(p, parentSlot, slot, scheduleOf).value();
    std::map<AccountKey, std::uint64_t> got;
    for (const MissedCount& m : counted) got[m.producer] += m.count;
    QCOMPARE(got, naive);
    QVERIFY(missedSlots(p, 5, 6, scheduleOf).value().empty());
  }

  void libNeedsTwoThirdsPlusOneProducers() {
    // N = 4: three distinct producers make a block irreversible.
    QCOMPARE(irreversibilityThreshold(4), 3ULL);
    QCOMPARE(irreversibilityThreshold(21), 15ULL);
    const AccountKey a = d_[0].key, b = d_[1].key, c = d_[2].key, d = d_[3].key;
    QCOMPARE(lastIrreversibleHeight(std::vector<ProducedBlock>{{1, a}, {2, b}}, 4, 0), 0ULL);
    QCOMPARE(lastIrreversibleHeight(std::vector<ProducedBlock>{{1, a}, {2, b}, {3, c}}, 4, 0), 1ULL);
    QCOMPARE(lastIrreversibleHeight(std::vector<ProducedBlock>{{1, a}, {2, b}, {3, c}, {4, d}}, 4, 0), 2ULL);
    QCOMPARE(lastIrreversibleHeight(std::vector<ProducedBlock>{{5, a}, {6, b}, {7, a}, {8, b}}, 4, 3), 3ULL);
    QCOMPARE(lastIrreversibleHeight(std::vector<ProducedBlock>{{1, a}, {2, b}, {3, c}}, 4, 2), 2ULL);  // never back
  }

  void libAdvancesWithEnoughProducersAndStallsBelow() {
    auto net = makeNetwork();
    std::uint64_t lib = 0;
    forge(*net, {0, 1, 2}, 12);  // three of four online
    lib = net->engine->lastIrreversible(producedSince(*net->chain, lib), lib);
    QVERIFY(lib + 3 >= net->chain->height());  // trails the tip by about a round
    QVERIFY(lib > 0);
    const std::uint64_t lastWithThree = net->chain->height();
    forge(*net, {0, 1}, 12);  // two of four: below ⌊2N/3⌋ + 1
    lib = net->engine->lastIrreversible(producedSince(*net->chain, lib), lib);
    QVERIFY(lib <= lastWithThree);  // at most what the third producer had built on
    const std::uint64_t stalled = lib;
    forge(*net, {0, 1}, 12);
    QCOMPARE(net->engine->lastIrreversible(producedSince(*net->chain, lib), lib), stalled);
    forge(*net, {0, 1, 3}, 6);  // a third producer returns
    QVERIFY(net->engine->lastIrreversible(producedSince(*net->chain, lib), lib) > stalled);
  }

  void doubleProductionIsProvable() {
    ChainParams p = dposParams();
    test::makeGenesis(p);
    BlockHeader a;
    a.height = 9;
    a.time = p.genesisTime + 9 * 3;
    a.producer = d_[2].key;
    BlockHeader b = a;
    b.txRoot[0] = 1;  // another block for the same slot
    WB_VERIFY_OK(signHeader(*secp_, d_[2].secret, p.genesisHash, a));
    WB_VERIFY_OK(signHeader(*secp_, d_[2].secret, p.genesisHash, b));
    const auto evidence = makeDoubleProductionEvidence(*secp_, p, a, b);
    WB_VERIFY_OK(evidence);
    QCOMPARE(makeDoubleProductionEvidence(*secp_, p, b, a).value(), *evidence);  // one canonical form
    const auto decoded = decodeEvidence(encodeEvidence(*evidence));
    QCOMPARE(decoded.value(), *evidence);
    WB_VERIFY_OK(verifyDoubleProduction(*secp_, p, *decoded));

    WB_VERIFY_FAILS(makeDoubleProductionEvidence(*secp_, p, a, a), ConsensusErrc::BadEvidence);
    BlockHeader later = b;
    later.time += 3;
    WB_VERIFY_OK(signHeader(*secp_, d_[2].secret, p.genesisHash, later));
    WB_VERIFY_FAILS(makeDoubleProductionEvidence(*secp_, p, a, later), ConsensusErrc::BadEvidence);
    BlockHeader other = b;
    other.producer = d_[3].key;
    WB_VERIFY_OK(signHeader(*secp_, d_[3].secret, p.genesisHash, other));
    WB_VERIFY_FAILS(makeDoubleProductionEvidence(*secp_, p, a, other), ConsensusErrc::BadEvidence);
    BlockHeader forged = b;
    forged.sig = a.sig;
    WB_VERIFY_FAILS(makeDoubleProductionEvidence(*secp_, p, a, forged), CoreErrc::BlockBadSignature);
    ChainParams elsewhere = p;
    elsewhere.genesisHash[0] ^= 1;
    WB_VERIFY_FAILS(verifyDoubleProduction(*secp_, elsewhere, *evidence), CoreErrc::BlockBadSignature);
    DoubleProductionEvidence swapped{evidence->second, evidence->first};
    WB_VERIFY_FAILS(verifyDoubleProduction(*secp_, p, swapped), ConsensusErrc::BadEvidence);
    Bytes truncated = encodeEvidence(*evidence);
    truncated.pop_back();
    QVERIFY(!decodeEvidence(truncated).ok());
    Bytes extra = encodeEvidence(*evidence);
    extra.push_back(0);
    WB_VERIFY_FAILS(decodeEvidence(extra), CoreErrc::DecodeTrailingBytes);
  }
};

QTEST_GUILESS_MAIN(TestDpos)
#include "test_dpos.moc"
