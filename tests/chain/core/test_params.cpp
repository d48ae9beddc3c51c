#include <QtTest>
#include <functional>

#include "chain/core/block.h"
#include "chain/core/core_errc.h"
#include "chain/core/params.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx.h"

using namespace wb;

class TestParams : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void devParamsAreConsistent() {
    for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
      const ChainParams p = devParams(kind);
      const Status s = checkParams(p);
      QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
      QCOMPARE(p.consensus, kind);
      QCOMPARE(p.name, "dev-" + std::string(consensusKindName(kind)));
      QCOMPARE(p.hrp, std::string("wbd"));
    }
  }

  void maxFutureIsTwiceBlockTimeAtLeastTwoSeconds() {
    ChainParams p = devParams(ConsensusKind::Pow);
    p.blockTime = 1;
    QCOMPARE(maxFutureSeconds(p), std::uint64_t{2});
    p.blockTime = 600;
    QCOMPARE(maxFutureSeconds(p), std::uint64_t{1200});
    p.blockTime = std::numeric_limits<std::uint64_t>::max();
    QCOMPARE(maxFutureSeconds(p), std::numeric_limits<std::uint64_t>::max());
  }

  void inconsistentParamsAreRejected() {
    const std::vector<std::pair<const char*, std::function<void(ChainParams&)>>> changes{
        {"empty name", [](ChainParams& p) { p.name.clear(); }},
        {"upper-case hrp", [](ChainParams& p) { p.hrp = "WB"; }},
        {"zero block time", [](ChainParams& p) { p.blockTime = 0; }},
        {"zero pow limit", [](ChainParams& p) { p.powLimit = Hash32{}; }},
        {"tiny blocks", [](ChainParams& p) { p.maxBlockBytes = kHeaderBytes + 4 + kMaxTxBytes - 1; }},
        {"fee rate overflows a block", [](ChainParams& p) { p.minFeePerByte = std::numeric_limits<Amount>::max(); }},
        {"default window above max", [](ChainParams& p) { p.defaultWindows.ship = p.maxWindows.ship + 1; }},
        {"zero default window", [](ChainParams& p) { p.defaultWindows.pay = 0; }},
        {"zero dispute window", [](ChainParams& p) { p.disputeWindow = 0; }},
        {"votes beyond u8", [](ChainParams& p) { p.maxVotes = 256; }},
        {"unknown consensus", [](ChainParams& p) { p.consensus = static_cast<ConsensusKind>(9); }},
    };
    for (const auto& [name, change] : changes) {
      ChainParams p = devParams(ConsensusKind::Pow);
      change(p);
      QVERIFY2(checkParams(p).code() == CoreErrc::ParamsInvalid, name);
    }
    ChainParams pos = devParams(ConsensusKind::Pos);
    pos.posGranularity = 0;
    QCOMPARE(checkParams(pos).code(), CoreErrc::ParamsInvalid);
    ChainParams dpos = devParams(ConsensusKind::Dpos);
    dpos.activeDelegates = 0;
    QCOMPARE(checkParams(dpos).code(), CoreErrc::ParamsInvalid);
    QVERIFY(errorName(CoreErrc::ParamsInvalid).starts_with("params."));
  }
};

QTEST_GUILESS_MAIN(TestParams)
#include "test_params.moc"
