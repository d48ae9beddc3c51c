#include <QtTest>
#include <thread>
#include <vector>

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/time_rules.h"
#include "tests/test_util.h"

using namespace wb;

class TestTimeRules : public QObject {
  Q_OBJECT

private slots:
  void medianOfTheLastEleven() {
    const std::vector<std::uint64_t> times{100, 5, 7, 3, 9, 11, 1, 2, 8, 4, 6, 10};  // only the last 11 count
    QCOMPARE(medianTimePast(times), 6ULL);
    QCOMPARE(medianTimePast(std::vector<std::uint64_t>{42}), 42ULL);
    QCOMPARE(medianTimePast(std::vector<std::uint64_t>{1, 9}), 9ULL);  // upper middle, like Bitcoin
    QCOMPARE(medianTimePast(std::vector<std::uint64_t>{}), 0ULL);
  }

  void timeMustBeAfterMtp() {
    const std::vector<std::uint64_t> times{10, 20, 30};
    WB_VERIFY_FAILS(checkTimeAfterMtp(20, times), ConsensusErrc::TimeNotAfterMtp);
    WB_VERIFY_FAILS(checkTimeAfterMtp(15, times), ConsensusErrc::TimeNotAfterMtp);
    WB_VERIFY_OK(checkTimeAfterMtp(21, times));  // may precede the parent's 30
  }

  void futureLimit() {
    ChainParams params = devParams(ConsensusKind::Pow);
    params.blockTime = 1;
    QCOMPARE(maxFutureSeconds(params), 2ULL);
    WB_VERIFY_OK(checkTimeNotTooFarAhead(1002, 1000, params));
    WB_VERIFY_FAILS(checkTimeNotTooFarAhead(1003, 1000, params), ConsensusErrc::TimeTooFarAhead);
    params.blockTime = 60;
    WB_VERIFY_OK(checkTimeNotTooFarAhead(1120, 1000, params));
    WB_VERIFY_FAILS(checkTimeNotTooFarAhead(1121, 1000, params), ConsensusErrc::TimeTooFarAhead);
    WB_VERIFY_OK(checkTimeNotTooFarAhead(0, 1000, params));
  }

  void manualClockMovesOnlyWhenTold() {
    ManualClock clock(500);
    QCOMPARE(clock.now(), 500ULL);
    clock.advance(10);
    QCOMPARE(clock.now(), 510ULL);
    clock.set(42);
    QCOMPARE(clock.now(), 42ULL);
    std::vector<std::jthread> movers;
    for (int i = 0; i < 4; ++i)
      movers.emplace_back([&] {
        for (int j = 0; j < 1000; ++j) clock.advance(1);
      });
    movers.clear();
    QCOMPARE(clock.now(), 4042ULL);
  }

  void systemClockIsUnixTime() {
    const SystemClock clock;
    QVERIFY(clock.now() > 1'600'000'000ULL);  // after 2020: not zero, not milliseconds
    QVERIFY(clock.now() < 100'000'000'000ULL);
  }
};

QTEST_GUILESS_MAIN(TestTimeRules)
#include "test_time_rules.moc"
