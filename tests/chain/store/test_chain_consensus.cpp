// The chain store with real consensus engines: header rules before storage,
// fork choice by weight, PoS reorganisation depth, DPoS counters and finality.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/engine.h"
#include "chain/store/block_failure.h"
#include "chain/store/chain_genesis.h"
#include "chain/store/store_errc.h"
#include "tests/support/test_chain.h"
#include "tests/support/test_producer.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;

namespace {

constexpr std::uint64_t kGenesisTime = 1'750'000'000;

// One node's view: a store, an engine and a clock for a dev network of `kind`.
struct Node {
  Node(const QString& dir, const GenesisFile& file, const SecpContext& ctx, const TestAccounts& accounts)
      : clock(kGenesisTime), accounts_(accounts) {
    engine = std::move(makeEngine(file.params, clock, ctx, genesisDelegateKeys(file)).value());
    chain = std::move(
        Chain::open(std::filesystem::path(dir.toStdString()), "consensus", chainGenesisFrom(file), ctx, engine.get())
            .value());
  }
  // Produces and imports one block with the given accounts' keys.
  Result<Block> produce(std::vector<std::size_t> who) {
    std::vector<LocalProducer> keys;
    for (std::size_t i : who) keys.push_back({accounts_.key(i), &accounts_.secret(i)});
    WB_TRY_ASSIGN(block, produceOnTip(*chain, *engine, clock, keys));
    WB_TRY_ASSIGN(imported, chain->importBlock(encodeBlock(*block)));
    return block;
  }
  ManualClock clock;
  std::unique_ptr<ConsensusEngine> engine;
  std::unique_ptr<Chain> chain;
  const TestAccounts& accounts_;
};

GenesisFile devGenesis(ConsensusKind kind, const TestAccounts& accounts, std::uint32_t maxReorg = 100) {
  std::array<AccountKey, kDevAccounts> keys;
  for (std::size_t i = 0; i < kDevAccounts; ++i) keys[i] = accounts.key(i);
  GenesisFile file = makeDevGenesis(kind, kGenesisTime, keys).value();
  if (kind == ConsensusKind::Pos) {
    file.params.maxReorg = maxReorg;
    file.params.genesisHash = genesisHash(file);
  }
  return file;
}

// Two nodes of one dev network, A and B, each with a store of its own.
struct TwoNodes {
  explicit TwoNodes(ConsensusKind kind, std::uint32_t maxReorg = 100)
      : file(devGenesis(kind, accounts, maxReorg)),
        a(dirA.path(), file, ctx, accounts),
        b(dirB.path(), file, ctx, accounts) {}

  QTemporaryDir dirA, dirB;  // first: outlive the stores in them
  SecpContext ctx;
  TestAccounts accounts{ctx, kDevAccounts};
  GenesisFile file;
  Node a, b;
};

}  // namespace

class TestChainConsensus : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  // DESIGN §11: a header committing to another state than its block leaves is
  // refused whatever the engine, even when its seal is valid.
  void everyEngineRefusesAWrongStateRoot() {
    for (ConsensusKind kind : {ConsensusKind::Pow, ConsensusKind::Pos, ConsensusKind::Dpos}) {
      QTemporaryDir dir;
      SecpContext ctx;
      TestAccounts accounts(ctx, kDevAccounts);
      Node node(dir.path(), devGenesis(kind, accounts), ctx, accounts);
      std::vector<LocalProducer> keys;
      for (std::size_t i = 0; i < kDevAccounts; ++i) keys.push_back({accounts.key(i), &accounts.secret(i)});
      for (int i = 0; i < 2; ++i) {
        auto block = produceOnTip(*node.chain, *node.engine, node.clock, keys);
        WB_VERIFY_OK(block);
        WB_VERIFY_OK(node.chain->importBlock(encodeBlock(*block)));
      }
      auto block = produceOnTip(*node.chain, *node.engine, node.clock, keys);
      WB_VERIFY_OK(block);
      Block wrong = *block;
      wrong.header.stateRoot[31] ^= 1;
      std::size_t producer = 0;
      while (accounts.key(producer) != wrong.header.producer) ++producer;
      auto sealed = node.engine->seal(wrong.header, accounts.secret(producer), SealOptions{}, std::stop_token{});
      WB_VERIFY_OK(sealed);
      QVERIFY(sealed->has_value());
      wrong.header = **sealed;
      WB_VERIFY_FAILS(node.chain->importBlock(encodeBlock(wrong)), StoreErrc::ChainBadStateRoot);
      QCOMPARE(node.chain->tip().height, std::uint64_t(2));
      WB_VERIFY_OK(node.chain->importBlock(encodeBlock(*block)));
      QCOMPARE(node.chain->tip().height, std::uint64_t(3));
    }
  }

  void powBlocksConnectAndBadWorkIsNeverStored() {
    QTemporaryDir dir;
    SecpContext ctx;
    TestAccounts accounts(ctx, kDevAccounts);
    const GenesisFile file = devGenesis(ConsensusKind::Pow, accounts);
    Node node(dir.path(), file, ctx, accounts);
    for (int i = 0; i < 5; ++i) WB_VERIFY_OK(node.produce({0}));
    QCOMPARE(node.chain->tip().height, std::uint64_t(5));
    WB_VERIFY_OK(node.chain->checkInvariant());

    auto block = produceOnTip(*node.chain, *node.engine, node.clock,
                              std::vector<LocalProducer>{{accounts.key(1), &accounts.secret(1)}});
    WB_VERIFY_OK(block);
    // Find a nonce whose hash misses the (easy) target.
    const auto parent = node.chain->parentContext(node.chain->tip().hash).value();
    Block bad = *block;
    do ++bad.header.nonce;
    while (node.engine->checkHeader(bad.header, parent, nullptr).ok());
    WB_VERIFY_FAILS(node.chain->importBlock(encodeBlock(bad)), ConsensusErrc::HashAboveTarget);
    auto stored = node.chain->headerRecord(blockHash(bad.header));
    QVERIFY(stored.ok() && !stored->has_value());
    Block wrongBits = *block;
    wrongBits.header.bits ^= 1;
    QVERIFY(!node.chain->importBlock(encodeBlock(wrongBits)).ok());
    WB_VERIFY_OK(node.chain->importBlock(encodeBlock(*block)));
    QCOMPARE(node.chain->tip().height, std::uint64_t(6));
  }

  // Two nodes build competing branches with different producers; after they
  // exchange blocks both end on the branch the engine's rule picks.
  void forkChoiceFollowsTheHeavierBranch_data() { test::addConsensusKindRows(); }
  void forkChoiceFollowsTheHeavierBranch() {
    QFETCH(int, kind);
    TwoNodes nodes(static_cast<ConsensusKind>(kind));
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    // DPoS: A has one delegate of three (1 block a round), B all three; PoW/PoS:
    // B has more blocks (and, with several stakers, more trust).
    const bool dpos = kind == int(ConsensusKind::Dpos);
    std::vector<Block> branchA, branchB;
    for (int i = 0; i < 2; ++i) branchA.push_back(a.produce({dpos ? std::size_t(0) : std::size_t(9)}).value());
    if (dpos) b.clock.set(branchA.front().header.time + 1);  // later slots: nothing shared but genesis
    for (int i = 0; i < 8; ++i)
      branchB.push_back(
          b.produce(dpos ? std::vector<std::size_t>{0, 1, 2} : std::vector<std::size_t>{1, 2, 3, 4, 5}).value());
    const std::uint64_t now = std::max(a.clock.now(), b.clock.now());
    a.clock.set(now);
    b.clock.set(now);

    // Each side offers its branch to the other; both keep the rule's choice.
    for (const Block& blk : branchB) WB_VERIFY_OK(a.chain->importBlock(encodeBlock(blk)));
    for (const Block& blk : branchA) WB_VERIFY_OK(b.chain->importBlock(encodeBlock(blk)));
    QVERIFY(a.chain->tip().hash == blockHash(branchA.back().header));
    auto reorg = a.chain->considerBranch(blockHash(branchB.back().header));
    WB_VERIFY_OK(reorg);
    QVERIFY(reorg->has_value());
    QCOMPARE((*reorg)->disconnected.size(), std::size_t(2));
    auto stay = b.chain->considerBranch(blockHash(branchA.back().header));
    WB_VERIFY_OK(stay);
    QVERIFY(!stay->has_value());
    QVERIFY(a.chain->tip() == b.chain->tip());
    QVERIFY(a.chain->tip().hash == blockHash(branchB.back().header));
    QVERIFY(dumpChainState(*a.chain).value() == dumpChainState(*b.chain).value());
  }

  // A branch switch connects blocks that were stored as side blocks with the
  // checks that need state deferred (their round's schedule unknown then). Once
  // connected, their records hold the complete verdict: the next block of the
  // tip's round is checked against the schedule (another delegate's block is
  // refused, not connected with its producer and missed slots unchecked), and the
  // node can plan its own production on the new tip (issue 12: a DPoS minority
  // that followed the majority after a partition was stuck there, refusing the
  // next valid block for a state root it got wrong).
  void dposBranchSwitchKeepsTheRoundScheduleOfTheNewTip() {
    TwoNodes nodes(ConsensusKind::Dpos);
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    const std::uint64_t roundSlots = file.params.activeDelegates;
    for (int i = 0; i < 2; ++i) WB_VERIFY_OK(a.produce({0}));
    b.clock.advance(1);  // later slots: nothing shared but genesis
    std::vector<Block> branch;
    const auto slotOf = [&](const Block& blk) { return (blk.header.time - kGenesisTime) / file.params.blockTime; };
    do branch.push_back(b.produce({0, 1, 2}).value());
    while (branch.size() < 3 * roundSlots || slotOf(branch.back()) % roundSlots == roundSlots - 1);
    a.clock.set(std::max(a.clock.now(), b.clock.now()));
    for (const Block& blk : branch) WB_VERIFY_OK(a.chain->importBlock(encodeBlock(blk)));
    const BlockHash target = blockHash(branch.back().header);
    QVERIFY(!a.chain->headerRecord(target).value().value().verdictComplete);  // stored with checks deferred
    auto reorg = a.chain->considerBranch(target);
    WB_VERIFY_OK(reorg);
    QVERIFY(reorg->has_value());
    QVERIFY(a.chain->tip().hash == target);
    for (const Block& blk : branch) {
      const HeaderRecord record = a.chain->headerRecord(blockHash(blk.header)).value().value();
      QVERIFY(record.verdictComplete);
      QCOMPARE(record.dposSchedule.size(), std::size_t(roundSlots));
    }

    // The next slot, in the tip's round: its delegate's block, and another delegate's.
    std::vector<LocalProducer> all;
    for (std::size_t i = 0; i < 3; ++i) all.push_back({accounts.key(i), &accounts.secret(i)});
    const Block next = produceOnTip(*b.chain, *b.engine, b.clock, all).value();
    QCOMPARE(slotOf(next), slotOf(branch.back()) + 1);
    std::size_t other = 0;
    while (accounts.key(other) == next.header.producer) ++other;
    Block forged = next;
    forged.header.producer = accounts.key(other);
    forged.header.stateRoot = b.chain->stateRootOnTip(forged, {}).value();
    forged.header =
        b.engine->seal(forged.header, accounts.secret(other), SealOptions{}, std::stop_token{}).value().value();
    a.clock.set(std::max(a.clock.now(), b.clock.now()));
    WB_VERIFY_FAILS(a.chain->importBlock(encodeBlock(forged)), ConsensusErrc::WrongProducer);
    WB_VERIFY_OK(a.chain->importBlock(encodeBlock(next)));
    WB_VERIFY_OK(b.chain->importBlock(encodeBlock(next)));
    // a produces on the new tip as b would.
    const Block mine = a.produce({0, 1, 2}).value();
    WB_VERIFY_OK(b.chain->importBlock(encodeBlock(mine)));
    QVERIFY(a.chain->tip() == b.chain->tip());
    QVERIFY(dumpChainState(*a.chain).value() == dumpChainState(*b.chain).value());
    WB_VERIFY_OK(a.chain->checkInvariant());
  }

  // A side branch is checked against its own state, not the fork point's: on a
  // branch where a vote brought a new delegate into the top N, the rounds after
  // it have another schedule. Checked against the fork point's standings, that
  // branch's valid blocks were refused, and a node cut off while the others voted
  // could never follow them again (issue 12).
  void dposSideBranchIsCheckedAgainstItsOwnVotes() {
    TwoNodes nodes(ConsensusKind::Dpos);
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    const ChainGenesis genesis = chainGenesisFrom(file);
    const std::uint64_t roundSlots = file.params.activeDelegates;
    for (int i = 0; i < 2; ++i) WB_VERIFY_OK(a.produce({0}));
    b.clock.advance(1);  // later slots: nothing shared but genesis

    // b's branch: account 3 registers, account 4 stakes and votes for it, in the first block.
    BlockFactory factory(ctx, genesis, accounts);
    std::vector<Tx> txs{factory.makeTx(3, RegisterDelegatePayload{"newcomer"}),
                        factory.makeTx(4, StakePayload{1000 * kCoin}),
                        factory.makeTx(4, VotePayload{{accounts.key(3)}})};
    std::vector<LocalProducer> keys;
    for (std::size_t i = 0; i < 4; ++i) keys.push_back({accounts.key(i), &accounts.secret(i)});
    std::vector<Block> branch;
    branch.push_back(produceOnTip(*b.chain, *b.engine, b.clock, keys, std::move(txs)).value());
    WB_VERIFY_OK(b.chain->importBlock(encodeBlock(branch.back())));
    QCOMPARE(branch.back().txs.size(), std::size_t(3));
    const auto slotOf = [&](const Block& blk) { return (blk.header.time - kGenesisTime) / file.params.blockTime; };
    const std::uint64_t voteRound = slotOf(branch.back()) / roundSlots;
    while (slotOf(branch.back()) / roundSlots < voteRound + 4) {
      branch.push_back(b.produce({0, 1, 2, 3}).value());
    }
    const auto byNewcomer = std::count_if(branch.begin(), branch.end(),
                                          [&](const Block& blk) { return blk.header.producer == accounts.key(3); });
    QVERIFY2(byNewcomer >= 3, "the vote must change the schedule of the rounds after it");

    // a takes the branch block by block, as its sync does: each is checked as a
    // side block first. The first block of a later round, signed by another
    // delegate than its slot's, is still refused there.
    a.clock.set(std::max(a.clock.now(), b.clock.now()));
    bool forgedChecked = false;
    for (std::size_t i = 0; i < branch.size(); ++i) {
      const Block& blk = branch[i];
      const bool roundStart = i > 0 && slotOf(blk) / roundSlots > slotOf(branch[i - 1]) / roundSlots;
      if (roundStart && slotOf(blk) / roundSlots >= voteRound + 2 && !forgedChecked) {
        std::size_t other = 0;
        while (accounts.key(other) == blk.header.producer) ++other;
        BlockHeader forged = blk.header;
        forged.producer = accounts.key(other);
        forged = b.engine->seal(forged, accounts.secret(other), SealOptions{}, std::stop_token{}).value().value();
        auto refused = a.chain->checkSideHeader(forged);
        WB_VERIFY_OK(refused);
        QCOMPARE(refused->consensus.code(), ConsensusErrc::WrongProducer);
        forgedChecked = true;
      }
      auto side = a.chain->checkSideHeader(blk.header);
      WB_VERIFY_OK(side);
      QVERIFY2(
          side->consensus.ok(),
          qPrintable(QString("block %1 (slot %2): %3")
                         .arg(blk.header.height)
                         .arg(slotOf(blk))
                         .arg(QString::fromStdString(side->consensus.ok() ? "" : side->consensus.error().message))));
      WB_VERIFY_OK(a.chain->storeBlock(encodeBlock(blk)));
    }
    QVERIFY(forgedChecked);
    auto reorg = a.chain->considerBranch(blockHash(branch.back().header));
    WB_VERIFY_OK(reorg);
    QVERIFY(reorg->has_value());
    QVERIFY(a.chain->tip() == b.chain->tip());
    QVERIFY(dumpChainState(*a.chain).value() == dumpChainState(*b.chain).value());
  }

  // A clock stepped back makes the heavier branch "too far in the future" for a
  // while: a local fault, not a consensus failure. Its blocks stay valid, the old
  // chain stays usable, and once the clock is right the switch completes.
  void clockSteppedBackNeverInvalidatesTheBetterBranch_data() { test::addConsensusKindRows(); }
  void clockSteppedBackNeverInvalidatesTheBetterBranch() {
    QFETCH(int, kind);
    TwoNodes nodes(static_cast<ConsensusKind>(kind));
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    const bool dpos = kind == int(ConsensusKind::Dpos);
    std::vector<Block> branchB;
    for (int i = 0; i < 2; ++i) WB_VERIFY_OK(a.produce({dpos ? std::size_t(0) : std::size_t(9)}));
    const TipPosition tipA = a.chain->tip();
    const std::uint64_t aNow = a.clock.now();
    b.clock.set(aNow + 30);  // B's blocks are later than A's clock will allow
    for (int i = 0; i < 8; ++i) {
      branchB.push_back(
          b.produce(dpos ? std::vector<std::size_t>{0, 1, 2} : std::vector<std::size_t>{1, 2, 3, 4, 5}).value());
    }
    a.clock.set(b.clock.now());
    for (const Block& blk : branchB) WB_VERIFY_OK(a.chain->importBlock(encodeBlock(blk)));
    QVERIFY(a.chain->tip() == tipA);

    a.clock.set(aNow);  // stepped back
    auto refused = a.chain->considerBranch(blockHash(branchB.back().header));
    QVERIFY(!refused.ok());
    QVERIFY2(!provesBlockInvalid(refused.code()), refused.error().message.c_str());
    QVERIFY(a.chain->tip() == tipA);
    QVERIFY(a.chain->reorganizationPending());
    for (const Block& blk : branchB) {
      QVERIFY(a.chain->headerRecord(blockHash(blk.header)).value().value().status != BlockStatus::Invalid);
    }
    WB_VERIFY_OK(a.chain->checkInvariant());

    a.clock.set(b.clock.now());  // the clock is right again
    auto resumed = a.chain->resumeReorganization();
    WB_VERIFY_OK(resumed);
    QVERIFY(resumed->has_value());
    QCOMPARE((*resumed)->disconnected.size(), std::size_t(2));
    QCOMPARE((*resumed)->connected.size(), branchB.size());
    QVERIFY(!a.chain->reorganizationPending());
    QVERIFY(a.chain->tip() == b.chain->tip());
    QVERIFY(dumpChainState(*a.chain).value() == dumpChainState(*b.chain).value());
  }

  void posRefusesReorganisationsDeeperThanMaxReorg() {
    TwoNodes nodes(ConsensusKind::Pos, 2);
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    // Different producers, so the branches share nothing but genesis.
    for (int i = 0; i < 4; ++i) WB_VERIFY_OK(a.produce({9}));
    std::vector<Block> longer;
    for (int i = 0; i < 30; ++i) longer.push_back(b.produce({0, 1, 2, 3, 4, 5, 6, 7, 8}).value());
    a.clock.set(std::max(a.clock.now(), b.clock.now()));
    for (const Block& blk : longer) WB_VERIFY_OK(a.chain->importBlock(encodeBlock(blk)));
    const auto tipBefore = a.chain->tip();
    const auto heavier = a.chain->headerRecord(blockHash(longer.back().header)).value().value().chainWeight;
    const auto current = a.chain->headerRecord(tipBefore.hash).value().value().chainWeight;
    QVERIFY2(U256::fromBigEndian(heavier) > U256::fromBigEndian(current), "the test branch must carry more trust");
    WB_VERIFY_FAILS(a.chain->considerBranch(blockHash(longer.back().header)), ConsensusErrc::ReorgTooDeep);
    QVERIFY(a.chain->tip() == tipBefore);
    WB_VERIFY_OK(a.chain->checkInvariant());
  }

  void dposCountsProductionAdvancesLibAndNeverRevertsPastIt() {
    TwoNodes nodes(ConsensusKind::Dpos);
    auto& [dirA, dirB, ctx, accounts, file, a, b] = nodes;
    for (int i = 0; i < 6; ++i) WB_VERIFY_OK(a.produce({0, 1, 2}));
    const std::uint64_t lib = a.chain->lastIrreversibleHeight();
    QVERIFY2(lib >= 3, qPrintable(QString("lib %1").arg(lib)));
    // Delegate 2 goes offline: its slots are missed and the LIB stalls.
    const auto producedBefore = [&](std::size_t i) {
      std::optional<state::Delegate> d;
      (void)a.chain->readState([&](const state::StateView& v) -> Status {
        WB_TRY_ASSIGN(r, v.delegate(accounts.key(i)));
        d = *r;
        return {};
      });
      return d.value_or(state::Delegate{});
    };
    const auto offlineBefore = producedBefore(2);
    QVERIFY(offlineBefore.produced >= 1);
    for (int i = 0; i < 6; ++i) WB_VERIFY_OK(a.produce({0, 1}));
    QVERIFY(producedBefore(2).missed > offlineBefore.missed);
    QCOMPARE(producedBefore(2).produced, offlineBefore.produced);
    const std::uint64_t stalled = a.chain->lastIrreversibleHeight();
    QVERIFY(stalled < a.chain->tip().height - 2);

    // A longer branch from genesis would revert irreversible blocks: refused.
    std::vector<Block> other;
    b.clock.advance(7);  // later slots: the branch shares nothing with a's but genesis
    for (int i = 0; i < 20; ++i) other.push_back(b.produce({0, 1, 2}).value());
    a.clock.set(std::max(a.clock.now(), b.clock.now()));
    for (const Block& blk : other) WB_VERIFY_OK(a.chain->importBlock(encodeBlock(blk)));
    WB_VERIFY_FAILS(a.chain->considerBranch(blockHash(other.back().header)), ConsensusErrc::ReorgPastLib);
    WB_VERIFY_OK(a.chain->checkInvariant());
  }
};

QTEST_GUILESS_MAIN(TestChainConsensus)
#include "test_chain_consensus.moc"
