// Proof of work: the header rules, the threaded miner, and a simulated network
// of three miners (hash power 1:2:5, counted in real header hashes per virtual
// second) whose difficulty ASERT must steer to the target block time, before
// and after a sudden 10× loss of hash power.
#include <QtTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine.h"
#include "chain/consensus/pow/pow.h"
#include "tests/chain/consensus/consensus_fixtures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

ChainParams simParams() {
  ChainParams p = devParams(ConsensusKind::Pow);
  p.blockTime = 16;
  p.genesisTime = 1'700'000'000;
  p.powLimit = ((U256(1) << 252) - U256(1)).toBigEndian();
  // 80 hashes per second in total × 16 s: one block per 1280 hashes.
  p.initialBits = encodeCompact(U256::max() / U256(1280));
  return p;
}

}  // namespace

class TestPow : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> secp_;

  struct Network {
    ChainParams params;
    BlockHeader genesis;
    ManualClock clock{0};
    std::unique_ptr<ConsensusEngine> engine;
    std::unique_ptr<test::TestChain> chain;
    std::vector<test::ProducerKey> miners;
  };

  std::unique_ptr<Network> makeNetwork() {
    auto net = std::make_unique<Network>();
    net->params = simParams();
    net->genesis = test::makeGenesis(net->params);
    net->clock.set(net->params.genesisTime);
    net->engine = std::move(makeEngine(net->params, net->clock, *secp_).value());
    net->chain = std::make_unique<test::TestChain>(net->params, net->genesis);
    for (std::uint32_t i = 1; i <= 3; ++i) net->miners.push_back(test::makeProducer(*secp_, i));
    return net;
  }

  // Mines `count` blocks with `power[m]` hash attempts per virtual second for
  // miner m, each block checked by the engine; wins[m] counts blocks found.
  static void mine(Network& net, const std::vector<unsigned>& power, std::size_t count,
                   std::vector<std::size_t>& wins) {
    unsigned maxPower = 0;
    for (unsigned p : power) maxPower = std::max(maxPower, p);
    std::uint64_t nonce = 0;
    for (std::size_t b = 0; b < count; ++b) {
      const ParentContext parent = net.chain->tipContext();
      const std::uint32_t bits = net.engine->nextBits(parent).value();
      const U256 target = decodeCompact(bits).value();
      std::optional<BlockHeader> found;
      std::size_t winner = 0;
      for (std::uint64_t t = parent.header.time + 1; !found; ++t) {
        // Interleave the miners' attempts within the second so no one is favoured.
        for (unsigned a = 0; a < maxPower && !found; ++a) {
          for (std::size_t k = 0; k < power.size() && !found; ++k) {
            const std::size_t m = (k + t) % power.size();
            if (a >= power[m]) continue;
            BlockHeader h = test::nextHeader(parent, t, bits, net.miners[m].key);
            h.nonce = ++nonce;
            if (hashMeetsTarget(blockHash(h), target)) {
              found = h;
              winner = m;
            }
          }
        }
      }
      net.clock.set(found->time);
      auto verdict = net.engine->checkHeader(*found, parent, nullptr);
      QVERIFY2(verdict.ok(), verdict.ok() ? "" : verdict.error().message.c_str());
      QVERIFY(verdict->complete());
      net.chain->append(*found, *verdict);
      ++wins[winner];
    }
  }

  static double meanBlockTime(const test::TestChain& chain, std::size_t from, std::size_t to) {
    return static_cast<double>(chain.header(to).time - chain.header(from).time) / static_cast<double>(to - from);
  }

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    secp_ = std::make_unique<SecpContext>();
  }

  void headerRules() {
    ChainParams p = devParams(ConsensusKind::Pow);
    BlockHeader h;
    h.height = 1;
    h.bits = p.initialBits;
    // Regtest-easy target: about every second hash qualifies; find one of each kind.
    std::optional<BlockHeader> good, bad;
    for (std::uint64_t n = 0; !(good && bad); ++n) {
      h.nonce = n;
      (hashMeetsTarget(blockHash(h), decodeCompact(h.bits).value()) ? good : bad) = h;
    }
    WB_VERIFY_OK(checkPowHeader(p, *good, p.initialBits));
    WB_VERIFY_FAILS(checkPowHeader(p, *bad, p.initialBits), ConsensusErrc::HashAboveTarget);
    WB_VERIFY_FAILS(checkPowHeader(p, *good, 0x1f7fffff), ConsensusErrc::WrongBits);
    BlockHeader signedHeader = *good;
    signedHeader.sig[5] = 1;
    WB_VERIFY_FAILS(checkPowHeader(p, signedHeader, p.initialBits), ConsensusErrc::PowSignature);
    BlockHeader tooEasy = *good;
    tooEasy.bits = 0x2100ffff;  // above the 0x7fff… limit
    WB_VERIFY_FAILS(checkPowHeader(p, tooEasy, p.initialBits), ConsensusErrc::TargetAboveLimit);
    tooEasy.bits = 0x20800001;
    WB_VERIFY_FAILS(checkPowHeader(p, tooEasy, p.initialBits), ConsensusErrc::CompactNegative);
    tooEasy.bits = 0;
    WB_VERIFY_FAILS(checkPowHeader(p, tooEasy, p.initialBits), ConsensusErrc::CompactZero);
  }

  void minerSolvesOnSeveralThreads() {
    const ChainParams p = devParams(ConsensusKind::Pow);
    BlockHeader h;
    h.height = 7;
    h.bits = encodeCompact(U256::max() >> 12);  // ~4096 hashes
    const auto solved = mineHeader(h, MinerOptions{.threads = 2}, std::stop_token{});
    QVERIFY(solved.has_value());
    QCOMPARE(solved->height, 7ULL);
    QVERIFY(hashMeetsTarget(blockHash(*solved), decodeCompact(h.bits).value()));
    QVERIFY(isZero(solved->sig));
  }

  void minerGivesUpAfterMaxAttempts() {
    BlockHeader h;
    h.bits = 0x03000001;  // target 1: never met
    QVERIFY(!mineHeader(h, MinerOptions{.threads = 2, .maxAttempts = 10'000}, std::stop_token{}).has_value());
    h.bits = 0x01fedcba;  // invalid bits: nothing to mine
    QVERIFY(!mineHeader(h, MinerOptions{}, std::stop_token{}).has_value());
  }

  // The hash rate shown while mining counts every hash, also those of a block
  // found before the miner's first periodic check (an easy dev target).
  void minerCountsEveryHash() {
    BlockHeader h;
    h.height = 3;
    h.bits = encodeCompact(U256::max() >> 6);  // ~64 hashes: found long before 4096
    std::atomic<std::uint64_t> hashes{0};
    const auto solved =
        mineHeader(h, MinerOptions{.threads = 1, .firstNonce = 0, .hashCounter = &hashes}, std::stop_token{});
    QVERIFY(solved.has_value());
    QCOMPARE(hashes.load(), solved->nonce + 1);  // nonces 0 … winner, one thread

    BlockHeader never;
    never.bits = 0x03000001;  // target 1: never met
    hashes = 0;
    QVERIFY(
        !mineHeader(never, MinerOptions{.threads = 1, .maxAttempts = 8192, .hashCounter = &hashes}, std::stop_token{}));
    QCOMPARE(hashes.load(), std::uint64_t{8193});  // maxAttempts / threads + 1, all counted
  }

  void minerStopsPromptlyWhenANewTipArrives() {
    BlockHeader h;
    h.bits = 0x03000001;
    std::stop_source stop;
    std::atomic<bool> returned{false};
    std::optional<BlockHeader> result;
    std::jthread miner([&] {
      result = mineHeader(h, MinerOptions{.threads = 2}, stop.get_token());
      returned = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    QVERIFY(!returned.load());
    const auto asked = std::chrono::steady_clock::now();
    stop.request_stop();
    miner.join();
    const auto waited = std::chrono::steady_clock::now() - asked;
    QVERIFY(!result.has_value());
    QVERIFY2(waited < std::chrono::seconds(2), "the miner did not stop promptly");
  }

  void engineSealMinesAndTheResultPasses() {
    auto net = makeNetwork();
    const ParentContext parent = net->chain->tipContext();
    net->clock.advance(16);
    const test::ProducerKey& miner = net->miners[0];
    const LocalProducer keys[] = {{miner.key, &miner.secret}};
    const ProductionPlan plan = net->engine->planProduction(parent, nullptr, keys, 0).value();
    QCOMPARE(plan.time, net->clock.now());
    BlockHeader h = test::nextHeader(parent, plan.time, plan.bits, miner.key);
    auto sealed = net->engine->seal(h, miner.secret, SealOptions{.mineThreads = 2}, std::stop_token{});
    QVERIFY(sealed.ok() && sealed->has_value());
    WB_VERIFY_OK(net->engine->checkHeader(**sealed, parent, nullptr));
  }

  void unequalMinersAndA10xPowerDropAreAbsorbed() {
    auto net = makeNetwork();
    std::vector<std::size_t> wins(3, 0);
    // Phase 1: hash power 10:20:50 per second, sized so the initial bits fit.
    mine(*net, {10, 20, 50}, 600, wins);
    const double steady = meanBlockTime(*net->chain, 0, 600);
    QVERIFY2(steady > 16 * 0.9 && steady < 16 * 1.1, qPrintable(QString("mean block time %1 s").arg(steady)));
    const QString offSplit = test::offTheOneTwoFiveSplit(wins, 600, "miner");
    QVERIFY2(offSplit.isEmpty(), qPrintable(offSplit));
    const std::vector<std::size_t> phase1 = wins;
    const U256 before = decodeCompact(net->engine->nextBits(net->chain->tipContext()).value()).value();

    // Phase 2: nine tenths of the hash power leave at once.
    mine(*net, {1, 2, 5}, 1800, wins);
    const double recovered = meanBlockTime(*net->chain, 1600, 2400);
    qInfo("PoW: steady %.2f s, shares %zu/%zu/%zu of 600; after 10x drop %.2f s", steady, phase1[0], phase1[1],
          phase1[2], recovered);
    QVERIFY2(recovered > 16 * 0.9 && recovered < 16 * 1.1,
             qPrintable(QString("mean block time after the drop %1 s").arg(recovered)));
    const U256 after = decodeCompact(net->engine->nextBits(net->chain->tipContext()).value()).value();
    QVERIFY(after > before * U256(5) && after < before * U256(20));  // the target grew about 10×
  }
};

QTEST_GUILESS_MAIN(TestPow)
#include "test_pow.moc"
