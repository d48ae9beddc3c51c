// The engine interface: every rejection is reported by checkHeader, before any
// body exists; state-dependent checks are deferred without state and run by
// checkWithState; fork choice and reorganisation limits per engine.
#include <QtTest>
#include <memory>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine.h"
#include "chain/consensus/pos/pos.h"
#include "chain/consensus/pow/pow.h"
#include "chain/consensus/work.h"
#include "chain/core/core_errc.h"
#include "tests/chain/consensus/consensus_fixtures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

constexpr Amount kWbl = 100'000'000;
constexpr std::uint64_t kGenesisTime = 1'700'000'000;

}  // namespace

class TestEngine : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> secp_;
  std::vector<test::ProducerKey> keys_;

  using Network = test::Network;

  std::unique_ptr<Network> makeNetwork(ChainParams params, std::vector<AccountKey> genesisDelegates = {}) {
    return test::makeNetwork(std::move(params), kGenesisTime, *secp_, std::move(genesisDelegates));
  }

  static ChainParams powParams() {
    ChainParams p = devParams(ConsensusKind::Pow);
    p.blockTime = 60;
    p.initialBits = encodeCompact(U256::max() >> 8);  // ~256 hashes a block
    return p;
  }

  static ChainParams posParams() {
    ChainParams p = devParams(ConsensusKind::Pos);
    p.blockTime = 16;
    p.posGranularity = 2;
    p.maxReorg = 10;
    p.powLimit = ((U256(1) << 240) - U256(1)).toBigEndian();
    p.initialBits = encodeCompact(U256::max() / U256(8 * 1000 * kWbl));  // 1000 WBL: 1 in 8 tries
    return p;
  }

  static ChainParams dposParams() {
    ChainParams p = devParams(ConsensusKind::Dpos);
    p.blockTime = 3;
    p.activeDelegates = 3;
    return p;
  }

  // Mines the next PoW block at `time` on `parent` and appends it when `append`.
  static BlockHeader mineOn(Network& net, const ParentContext& parent, std::uint64_t time, const AccountKey& producer) {
    BlockHeader h = test::nextHeader(parent, time, net.engine->nextBits(parent).value(), producer);
    return *mineHeader(h, MinerOptions{}, std::stop_token{});
  }

  // Signs `header` with `key` regardless of who the producer is (a forgery).
  void forceSign(const test::ProducerKey& key, const Hash32& genesisHash, BlockHeader& header) {
    header.sig = schnorrSign(*secp_, key.secret, headerSigHash(genesisHash, header)).value();
  }

  // The common rules, for any engine: header `good` on the tip is valid.
  void checkCommonRejections(Network& net, const BlockHeader& good, bool resign, const test::ProducerKey* signer) {
    const ParentContext parent = net.chain->tipContext();
    const auto withChange = [&](auto change) -> Result<HeaderVerdict> {
      BlockHeader h = good;
      change(h);
      if (resign && !signHeader(*secp_, signer->secret, net.params.genesisHash, h).ok()) qFatal("signing failed");
      return net.engine->checkHeader(h, parent, &net.state);
    };
    WB_VERIFY_FAILS(withChange([](BlockHeader& h) { h.height += 1; }), ConsensusErrc::BadHeight);
    WB_VERIFY_FAILS(withChange([](BlockHeader& h) { h.prev[3] ^= 1; }), ConsensusErrc::BadPrev);
    WB_VERIFY_FAILS(withChange([&](BlockHeader& h) { h.time = medianTimePast(parent.recentTimes); }),
                    ConsensusErrc::TimeNotAfterMtp);
    const std::uint64_t tooLate = net.clock.now() + maxFutureSeconds(net.params) + net.params.blockTime;
    WB_VERIFY_FAILS(withChange([&](BlockHeader& h) { h.time = tooLate - tooLate % net.params.blockTime; }),
                    ConsensusErrc::TimeTooFarAhead);
  }

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    secp_ = std::make_unique<SecpContext>();
    for (std::uint32_t i = 1; i <= 4; ++i) keys_.push_back(test::makeProducer(*secp_, 300 + i));
  }

  void badParamsAreRefused() {
    ManualClock clock(0);
    ChainParams pow = powParams();
    pow.initialBits = 0x2100ffff;  // above the limit
    WB_VERIFY_FAILS(makeEngine(pow, clock, *secp_), ConsensusErrc::BadParams);
    ChainParams pos = posParams();
    pos.posGranularity = 0;
    WB_VERIFY_FAILS(makeEngine(pos, clock, *secp_), ConsensusErrc::BadParams);
    ChainParams dpos = dposParams();
    dpos.activeDelegates = 0;
    WB_VERIFY_FAILS(makeEngine(dpos, clock, *secp_), ConsensusErrc::BadParams);
  }

  void powRejections() {
    auto net = makeNetwork(powParams());
    const ParentContext parent = net->chain->tipContext();
    net->clock.set(kGenesisTime + 60);
    const BlockHeader good = mineOn(*net, parent, kGenesisTime + 60, keys_[0].key);
    const auto verdict = net->engine->checkHeader(good, parent, nullptr);
    WB_VERIFY_OK(verdict);
    QVERIFY(verdict->complete());
    QCOMPARE(verdict->weight, workForBits(good.bits).value());
    checkCommonRejections(*net, good, false, nullptr);

    BlockHeader bad = good;  // a nonce that misses the target
    const U256 target = decodeCompact(good.bits).value();
    do ++bad.nonce;
    while (hashMeetsTarget(blockHash(bad), target));
    WB_VERIFY_FAILS(net->engine->checkHeader(bad, parent, nullptr), ConsensusErrc::HashAboveTarget);
    BlockHeader easy = good;
    easy.bits = 0x2100ffff;
    WB_VERIFY_FAILS(net->engine->checkHeader(easy, parent, nullptr), ConsensusErrc::TargetAboveLimit);
    BlockHeader wrongBits = good;
    wrongBits.bits = encodeCompact(U256::max() >> 9);  // valid, but not what ASERT requires
    WB_VERIFY_FAILS(net->engine->checkHeader(wrongBits, parent, nullptr), ConsensusErrc::WrongBits);
    BlockHeader signedPow = good;
    signedPow.sig[0] = 1;
    WB_VERIFY_FAILS(net->engine->checkHeader(signedPow, parent, nullptr), ConsensusErrc::PowSignature);
  }

  void posRejectionsAndDeferredKernel() {
    auto net = makeNetwork(posParams());
    const test::ProducerKey& staker = keys_[0];
    net->state.stakes = {{staker.key, 1000 * kWbl}};  // keys_[1] has only immature stake: weight 0
    const ParentContext parent = net->chain->tipContext();
    const std::uint32_t bits = net->engine->nextBits(parent).value();
    const U256 target = decodeCompact(bits).value();
    // One eligible and one ineligible time for the staker.
    std::optional<std::uint64_t> eligible, ineligible;
    for (std::uint64_t t = kGenesisTime + 2; !(eligible && ineligible); t += 2) {
      (kernelMeetsTarget(kernelHash(parent.posModifier, staker.key, t), target, 1000 * kWbl) ? eligible : ineligible) =
          t;
    }
    net->clock.set(std::max(*eligible, *ineligible));
    BlockHeader good = test::nextHeader(parent, *eligible, bits, staker.key);
    WB_VERIFY_OK(signHeader(*secp_, staker.secret, net->params.genesisHash, good));
    const auto verdict = net->engine->checkHeader(good, parent, &net->state);
    WB_VERIFY_OK(verdict);
    QVERIFY(verdict->complete());
    QCOMPARE(verdict->posModifier,
             nextModifier(parent.posModifier, kernelHash(parent.posModifier, staker.key, *eligible)));
    checkCommonRejections(*net, good, true, &staker);

    BlockHeader badKernel = test::nextHeader(parent, *ineligible, bits, staker.key);
    WB_VERIFY_OK(signHeader(*secp_, staker.secret, net->params.genesisHash, badKernel));
    WB_VERIFY_FAILS(net->engine->checkHeader(badKernel, parent, &net->state), ConsensusErrc::KernelAboveTarget);
    // Without the parent state (a side branch) the kernel waits for connect time.
    const auto deferred = net->engine->checkHeader(badKernel, parent, nullptr);
    WB_VERIFY_OK(deferred);
    QCOMPARE(deferred->deferred, std::uint32_t{kDeferredStakeKernel});
    WB_VERIFY_FAILS(net->engine->checkWithState(badKernel, parent, net->state), ConsensusErrc::KernelAboveTarget);

    BlockHeader immature = test::nextHeader(parent, *eligible, bits, keys_[1].key);
    WB_VERIFY_OK(signHeader(*secp_, keys_[1].secret, net->params.genesisHash, immature));
    WB_VERIFY_FAILS(net->engine->checkHeader(immature, parent, &net->state), ConsensusErrc::NoMatureStake);

    BlockHeader forged = good;
    forceSign(keys_[2], net->params.genesisHash, forged);
    WB_VERIFY_FAILS(net->engine->checkHeader(forged, parent, &net->state), CoreErrc::BlockBadSignature);
    BlockHeader altered = good;
    altered.txRoot[0] ^= 1;
    WB_VERIFY_FAILS(net->engine->checkHeader(altered, parent, &net->state), CoreErrc::BlockBadSignature);
    BlockHeader unsignedHeader = good;
    unsignedHeader.sig = Sig64{};
    WB_VERIFY_FAILS(net->engine->checkHeader(unsignedHeader, parent, nullptr), ConsensusErrc::MissingSignature);
    BlockHeader otherNetwork = good;
    Hash32 otherGenesis = net->params.genesisHash;
    otherGenesis[0] ^= 1;
    WB_VERIFY_OK(signHeader(*secp_, staker.secret, otherGenesis, otherNetwork));
    WB_VERIFY_FAILS(net->engine->checkHeader(otherNetwork, parent, nullptr), CoreErrc::BlockBadSignature);
    BlockHeader odd = test::nextHeader(parent, *eligible + 1, bits, staker.key);
    WB_VERIFY_OK(signHeader(*secp_, staker.secret, net->params.genesisHash, odd));
    WB_VERIFY_FAILS(net->engine->checkHeader(odd, parent, nullptr), ConsensusErrc::BadGranularity);
    BlockHeader wrongBits = good;
    wrongBits.bits = encodeCompact(target >> 1);
    WB_VERIFY_OK(signHeader(*secp_, staker.secret, net->params.genesisHash, wrongBits));
    WB_VERIFY_FAILS(net->engine->checkHeader(wrongBits, parent, nullptr), ConsensusErrc::WrongBits);
    // Staking needs the state for the stake weights.
    const LocalProducer mine[] = {{staker.key, &staker.secret}};
    WB_VERIFY_FAILS(net->engine->planProduction(parent, nullptr, mine, 100), ConsensusErrc::StateUnavailable);
  }

  // A delegate may take its slot early by clock drift (one slot), never two
  // ahead: that would charge the delegate of the slot in between with a miss.
  void dposSlotAtMostOneAheadOfNow() {
    auto net = makeNetwork(dposParams(), {keys_[0].key, keys_[1].key, keys_[2].key});
    for (std::size_t i = 0; i < 3; ++i) net->state.delegates.push_back({keys_[i].key, 10});
    const ParentContext parent = net->chain->tipContext();
    const std::uint64_t nowSlot = 10;
    net->clock.set(kGenesisTime + nowSlot * net->params.blockTime + 1);
    std::vector<AccountKey> schedule;
    for (std::uint64_t ahead : {1, 2}) {
      const std::uint64_t slot = nowSlot + ahead;
      const std::uint64_t time = kGenesisTime + slot * net->params.blockTime;
      QVERIFY(time <= net->clock.now() + maxFutureSeconds(net->params));  // max_future alone would allow both
      // The producer the schedule wants, so only the distance can be wrong.
      BlockHeader probe = test::nextHeader(parent, time, 0, keys_[0].key);
      WB_VERIFY_OK(signHeader(*secp_, keys_[0].secret, net->params.genesisHash, probe));
      auto verdict = net->engine->checkHeader(probe, parent, &net->state);
      if (ahead == 2) {
        WB_VERIFY_FAILS(verdict, ConsensusErrc::SlotTooFarAhead);
      } else {
        QVERIFY2(verdict.ok() || verdict.code() == ConsensusErrc::WrongProducer,
                 verdict.ok() ? "" : verdict.error().message.c_str());
      }
    }
  }

  void dposRejectionsAndDeferredSchedule() {
    auto net = makeNetwork(dposParams(), {keys_[0].key, keys_[1].key, keys_[2].key});
    for (std::size_t i = 0; i < 3; ++i) net->state.delegates.push_back({keys_[i].key, 10});
    std::vector<LocalProducer> all;
    for (std::size_t i = 0; i < 3; ++i) all.push_back({keys_[i].key, &keys_[i].secret});
    // Three valid blocks: slots 1, 2 (round 0) and 3 (round 1).
    for (int b = 0; b < 3; ++b) {
      const ParentContext parent = net->chain->tipContext();
      const ProductionPlan plan = net->engine->planProduction(parent, &net->state, all, 100).value();
      net->clock.set(plan.time);
      BlockHeader h = test::nextHeader(parent, plan.time, 0, all[plan.keyIndex].key);
      h = *net->engine->seal(h, keys_[plan.keyIndex].secret, SealOptions{}, std::stop_token{}).value();
      net->chain->append(h, net->engine->checkWithState(h, net->chain->tipContext(), net->state).value());
    }
    const ParentContext parent = net->chain->tipContext();  // slot 3, round 1
    const std::uint64_t slot = 4;                           // still round 1
    const std::uint64_t time = kGenesisTime + slot * 3;
    net->clock.set(time);
    const AccountKey owner = scheduledProducer(parent.dposSchedule, slot);
    const std::size_t ownerIndex = owner == keys_[0].key ? 0 : owner == keys_[1].key ? 1 : 2;
    const std::size_t intruder = (ownerIndex + 1) % 3;
    BlockHeader good = test::nextHeader(parent, time, 0, owner);
    WB_VERIFY_OK(signHeader(*secp_, keys_[ownerIndex].secret, net->params.genesisHash, good));
    WB_VERIFY_OK(net->engine->checkHeader(good, parent, nullptr));  // same round: the recorded schedule suffices
    checkCommonRejections(*net, good, true, &keys_[ownerIndex]);

    BlockHeader wrongProducer = test::nextHeader(parent, time, 0, keys_[intruder].key);
    WB_VERIFY_OK(signHeader(*secp_, keys_[intruder].secret, net->params.genesisHash, wrongProducer));
    WB_VERIFY_FAILS(net->engine->checkHeader(wrongProducer, parent, nullptr), ConsensusErrc::WrongProducer);
    BlockHeader offSlot = test::nextHeader(parent, time + 1, 0, owner);
    WB_VERIFY_OK(signHeader(*secp_, keys_[ownerIndex].secret, net->params.genesisHash, offSlot));
    WB_VERIFY_FAILS(net->engine->checkHeader(offSlot, parent, nullptr), ConsensusErrc::NotSlotStart);
    // Same slot as the parent, yet after the MTP (the parent is newer than the median).
    BlockHeader sameSlot = test::nextHeader(parent, parent.header.time, 0, owner);
    WB_VERIFY_OK(signHeader(*secp_, keys_[ownerIndex].secret, net->params.genesisHash, sameSlot));
    WB_VERIFY_FAILS(net->engine->checkHeader(sameSlot, parent, nullptr), ConsensusErrc::SlotNotAfterParent);
    BlockHeader forged = good;
    forceSign(keys_[intruder], net->params.genesisHash, forged);
    WB_VERIFY_FAILS(net->engine->checkHeader(forged, parent, nullptr), CoreErrc::BlockBadSignature);
    BlockHeader unsignedHeader = good;
    unsignedHeader.sig = Sig64{};
    WB_VERIFY_FAILS(net->engine->checkHeader(unsignedHeader, parent, nullptr), ConsensusErrc::MissingSignature);
    Hash32 otherGenesis = net->params.genesisHash;
    otherGenesis[31] ^= 1;
    BlockHeader otherNetwork = good;
    WB_VERIFY_OK(signHeader(*secp_, keys_[ownerIndex].secret, otherGenesis, otherNetwork));
    WB_VERIFY_FAILS(net->engine->checkHeader(otherNetwork, parent, nullptr), CoreErrc::BlockBadSignature);

    // A block opening round 2 (slot 6) on a side branch: its schedule needs the
    // parent's state, so the producer check is deferred to connect time.
    const std::uint64_t nextRoundTime = kGenesisTime + 6 * 3;
    net->clock.set(nextRoundTime);
    const auto round2 = buildRoundSchedule(net->params, 2, parent.hash, net->state.delegates,
                                           std::vector<AccountKey>{keys_[0].key, keys_[1].key, keys_[2].key})
                            .value();
    const AccountKey owner2 = scheduledProducer(round2, 6);
    const std::size_t owner2Index = owner2 == keys_[0].key ? 0 : owner2 == keys_[1].key ? 1 : 2;
    const std::size_t wrong2 = (owner2Index + 1) % 3;
    BlockHeader usurper = test::nextHeader(parent, nextRoundTime, 0, keys_[wrong2].key);
    WB_VERIFY_OK(signHeader(*secp_, keys_[wrong2].secret, net->params.genesisHash, usurper));
    const auto deferred = net->engine->checkHeader(usurper, parent, nullptr);
    WB_VERIFY_OK(deferred);
    QVERIFY((deferred->deferred & kDeferredDposProducer) != 0);
    WB_VERIFY_FAILS(net->engine->checkWithState(usurper, parent, net->state), ConsensusErrc::WrongProducer);
    BlockHeader rightful = test::nextHeader(parent, nextRoundTime, 0, owner2);
    WB_VERIFY_OK(signHeader(*secp_, keys_[owner2Index].secret, net->params.genesisHash, rightful));
    const auto complete = net->engine->checkWithState(rightful, parent, net->state);
    WB_VERIFY_OK(complete);
    QVERIFY(complete->complete());
    QCOMPARE(complete->dposSchedule, round2);
    QCOMPARE(complete->missed.size(), std::size_t{2});  // slots 4 and 5 went unused (distinct owners in a round of 3)
  }

  void powForkChoiceFollowsWork() {
    auto net = makeNetwork(powParams());
    net->clock.set(kGenesisTime + 100'000);
    // Branch A: blocks on schedule. Branch B: very slow blocks, so ASERT eases
    // its targets and each block carries less work.
    test::TestChain a = *net->chain, b = *net->chain;
    for (int i = 1; i <= 3; ++i) {
      const BlockHeader ha = mineOn(*net, a.tipContext(), kGenesisTime + 60 * i, keys_[0].key);
      a.append(ha, net->engine->checkHeader(ha, a.tipContext(), nullptr).value());
      const BlockHeader hb = mineOn(*net, b.tipContext(), kGenesisTime + 20'000 * i, keys_[1].key);
      b.append(hb, net->engine->checkHeader(hb, b.tipContext(), nullptr).value());
    }
    QVERIFY(net->engine->isBetterChain(a.chainTip(), b.chainTip()));
    QVERIFY(!net->engine->isBetterChain(b.chainTip(), a.chainTip()));
    QCOMPARE(a.chainTip().cumulativeWeight, workForBits(a.header(1).bits).value() +
                                                workForBits(a.header(2).bits).value() +
                                                workForBits(a.header(3).bits).value());
    // Equal work: the chain seen first stays.
    ChainTip twin = a.chainTip();
    twin.hash[0] ^= 1;
    QVERIFY(!net->engine->isBetterChain(twin, a.chainTip()));
    // Most work, not most blocks: four easy blocks still weigh less than three on schedule.
    const BlockHeader more = mineOn(*net, b.tipContext(), kGenesisTime + 80'000, keys_[1].key);
    b.append(more, net->engine->checkHeader(more, b.tipContext(), nullptr).value());
    QVERIFY(b.height() > a.height());
    QVERIFY(!net->engine->isBetterChain(b.chainTip(), a.chainTip()));
    QVERIFY(net->engine->reorgDepthAllowed(1'000'000));
    WB_VERIFY_OK(net->engine->checkReorg({.currentHeight = 1'000'000, .forkHeight = 0, .lib = 0}));
    QCOMPARE(net->engine->lastIrreversible({}, 0), 0ULL);
  }

  void posForkChoiceAndMaxReorg() {
    auto net = makeNetwork(posParams());
    QVERIFY(net->engine->isBetterChain({5, {}, U256(11)}, {6, {}, U256(10)}));  // trust, not length
    QVERIFY(!net->engine->isBetterChain({7, {}, U256(10)}, {6, {}, U256(10)}));
    QVERIFY(net->engine->reorgDepthAllowed(10));
    QVERIFY(!net->engine->reorgDepthAllowed(11));
    WB_VERIFY_OK(net->engine->checkReorg({.currentHeight = 100, .forkHeight = 90, .lib = 0}));
    WB_VERIFY_FAILS(net->engine->checkReorg({.currentHeight = 100, .forkHeight = 89, .lib = 0}),
                    ConsensusErrc::ReorgTooDeep);
  }

  void dposForkChoiceIsLengthBoundedByLib() {
    auto net = makeNetwork(dposParams(), {keys_[0].key});
    BlockHeader any;
    QCOMPARE(net->engine->blockWeight(any), U256(1));
    QVERIFY(net->engine->isBetterChain({11, {}, U256(11)}, {10, {}, U256(10)}));
    QVERIFY(!net->engine->isBetterChain({10, {}, U256(10)}, {10, {}, U256(10)}));
    QCOMPARE(net->engine->nextBits(net->chain->tipContext()).value(), 0u);
    WB_VERIFY_OK(net->engine->checkReorg({.currentHeight = 50, .forkHeight = 40, .lib = 40}));
    WB_VERIFY_FAILS(net->engine->checkReorg({.currentHeight = 50, .forkHeight = 39, .lib = 40}),
                    ConsensusErrc::ReorgPastLib);
    QVERIFY(net->engine->reorgDepthAllowed(1000));
  }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "test_engine.moc"
