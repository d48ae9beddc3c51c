// The block time holds from block 1 (DESIGN §4): one machine producing on a
// network of each consensus, with the clock injected, makes its blocks at
// block_time ± 25 % in every window from the genesis on, for the dev
// parameters and the production defaults. A window is 5 minutes, or 100 block
// times where 5 minutes hold too few blocks to say anything about a random
// process (production PoW and PoS).
#include <QtTest>
#include <cmath>
#include <memory>
#include <random>

#include "chain/consensus/compact.h"
#include "chain/consensus/engine.h"
#include "chain/consensus/pow/pow_calibration.h"
#include "chain/core/genesis.h"
#include "tests/chain/consensus/consensus_fixtures.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

constexpr std::uint64_t kGenesisTime = 1'700'000'000;
constexpr Amount kStake = 1'000'000 * kCoin;
// A simulated miner's hash rate (header hashes per second).
constexpr double kHashRate = 3.0e6;

using test::Network;

double toDouble(const U256& v) {
  double out = 0;
  for (int i = 3; i >= 0; --i)
    out = out * 18446744073709551616.0 + static_cast<double>(v.limb(static_cast<unsigned>(i)));
  return out;
}

std::uint64_t windowFor(const ChainParams& p) { return std::max<std::uint64_t>(300, 100 * p.blockTime); }

// Fails unless every whole window from the genesis on has a mean interval of
// block_time ± 25 %.
void checkWindows(const ChainParams& p, const std::vector<std::uint64_t>& times, std::uint64_t end) {
  const std::uint64_t window = windowFor(p);
  int checked = 0;
  for (std::uint64_t start = kGenesisTime; start + window <= end; start += window) {
    const auto count =
        std::count_if(times.begin(), times.end(), [&](std::uint64_t t) { return t > start && t <= start + window; });
    const double mean = count == 0 ? 1e18 : static_cast<double>(window) / static_cast<double>(count);
    const double bt = static_cast<double>(p.blockTime);
    QVERIFY2(std::abs(mean - bt) <= 0.25 * bt,
             qPrintable(QString("window from +%1 s: %2 blocks, mean %3 s, block time %4 s")
                            .arg(start - kGenesisTime)
                            .arg(count)
                            .arg(mean)
                            .arg(bt)));
    ++checked;
  }
  QVERIFY(checked >= 3);
}

}  // namespace

class TestBlockInterval : public QObject {
  Q_OBJECT

  std::unique_ptr<SecpContext> secp_;
  std::vector<test::ProducerKey> keys_;

  std::unique_ptr<Network> makeNetwork(ChainParams params, std::vector<AccountKey> delegates = {}) {
    return test::makeNetwork(std::move(params), kGenesisTime, *secp_, std::move(delegates));
  }

  // Produces like BlockProducer until `end`: plan on the tip, wait for the
  // planned time (the injected clock moves there), seal, and the engine must
  // accept the header.
  std::vector<std::uint64_t> produceSigned(Network& net, std::span<const LocalProducer> keys, std::uint64_t end) {
    std::vector<std::uint64_t> times;
    for (;;) {
      const ParentContext parent = net.chain->tipContext();
      auto plan = net.engine->planProduction(parent, &net.state, keys, 86400);
      if (!plan) qFatal("plan: %s", plan.error().message.c_str());
      if (plan->time > end) break;
      net.clock.set(std::max(net.clock.now(), plan->time));
      BlockHeader h = test::nextHeader(parent, plan->time, plan->bits, keys[plan->keyIndex].key);
      auto sealed = net.engine->seal(h, *keys[plan->keyIndex].secret, SealOptions{}, std::stop_token{});
      if (!sealed || !*sealed) qFatal("seal failed");
      auto verdict = net.engine->checkHeader(**sealed, parent, &net.state);
      if (!verdict) qFatal("refused: %s", verdict.error().message.c_str());
      net.chain->append(**sealed, *verdict);
      times.push_back(plan->time);
    }
    return times;
  }

  // PoW on one machine of kHashRate: the attempts a block takes are drawn from
  // the geometric distribution of its target (seeded, so reproducible), the
  // clock moves by attempts / rate, and the header takes the time the
  // producer would give it.
  std::vector<std::uint64_t> mine(Network& net, std::uint64_t end) {
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> uniform(std::nextafter(0.0, 1.0), 1.0);
    double now = static_cast<double>(kGenesisTime);
    std::vector<std::uint64_t> times;
    for (;;) {
      const ParentContext parent = net.chain->tipContext();
      const std::uint32_t bits = net.engine->nextBits(parent).value();
      const double p = (toDouble(decodeCompact(bits).value()) + 1) / std::pow(2.0, 256);
      const double attempts = p >= 1 ? 1 : std::ceil(std::log(uniform(random)) / std::log1p(-p));
      now += attempts / kHashRate;
      if (now > static_cast<double>(end)) break;
      net.clock.set(static_cast<std::uint64_t>(now));
      const std::uint64_t mtp = medianTimePast(parent.recentTimes);
      BlockHeader h = test::nextHeader(parent, std::max(net.clock.now(), mtp + 1), bits, keys_[0].key);
      HeaderVerdict v;
      v.hash = blockHash(h);
      net.chain->append(h, v);
      times.push_back(h.time);
    }
    return times;
  }

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    secp_ = std::make_unique<SecpContext>();
    for (std::uint32_t i = 1; i <= 3; ++i) keys_.push_back(test::makeProducer(*secp_, 700 + i));
  }

  void pow_data() {
    QTest::addColumn<bool>("production");
    QTest::newRow("dev") << false;
    QTest::newRow("production") << true;
  }
  void pow() {
    QFETCH(bool, production);
    ChainParams p = production ? productionParams(ConsensusKind::Pow) : devParams(ConsensusKind::Pow);
    p.initialBits = bitsForHashRate(kHashRate, p.blockTime, p.powLimit);  // what genesis calibration does
    auto net = makeNetwork(p);
    const std::uint64_t end = kGenesisTime + 3 * windowFor(p);
    checkWindows(p, mine(*net, end), end);
  }

  void pos_data() {
    QTest::addColumn<bool>("production");
    QTest::newRow("dev") << false;
    QTest::newRow("production") << true;
  }
  void pos() {
    QFETCH(bool, production);
    ChainParams p = production ? productionParams(ConsensusKind::Pos, kStake) : devParams(ConsensusKind::Pos);
    auto net = makeNetwork(p);
    net->state.stakes = {{keys_[0].key, kStake}};
    const LocalProducer mineKeys[] = {{keys_[0].key, &keys_[0].secret}};
    const std::uint64_t end = kGenesisTime + 3 * windowFor(p);
    checkWindows(p, produceSigned(*net, mineKeys, end), end);
  }

  void dpos_data() {
    QTest::addColumn<bool>("production");
    QTest::newRow("dev") << false;
    QTest::newRow("production") << true;
  }
  void dpos() {
    QFETCH(bool, production);
    ChainParams p = production ? productionParams(ConsensusKind::Dpos) : devParams(ConsensusKind::Dpos);
    p.activeDelegates = 3;
    auto net = makeNetwork(p, {keys_[0].key, keys_[1].key, keys_[2].key});
    std::vector<LocalProducer> all;
    for (std::size_t i = 0; i < 3; ++i) {
      net->state.delegates.push_back({keys_[i].key, 10});
      all.push_back({keys_[i].key, &keys_[i].secret});
    }
    const std::uint64_t end = kGenesisTime + 3 * windowFor(p);
    checkWindows(p, produceSigned(*net, all, end), end);
  }
};

QTEST_GUILESS_MAIN(TestBlockInterval)
#include "test_block_interval.moc"
