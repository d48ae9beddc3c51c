// Headers-first sync between real nodes on loopback: a late joiner syncs the
// whole chain, a node restarted mid-way resumes from its stored tip, a node
// syncs from two peers in parallel, and a competing branch is stored and reported.
#include <QtTest>

#include "chain/consensus/time_rules.h"
#include "chain/net/block_locator.h"
#include "tests/chain/net/net_suite.h"
#include "tests/chain/net/net_test_support.h"
#include "tests/support/test_producer.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::net;
using namespace wb::nettest;

class TestSync : public NetSuite {
  Q_OBJECT

public:
  TestSync() : NetSuite(300, 3) {}

private:
  static void expectSameChain(const Node& a, const Node& b) {
    QVERIFY(a.chain->tip() == b.chain->tip());
    auto dumpA = testsupport::dumpChainState(*a.chain);
    auto dumpB = testsupport::dumpChainState(*b.chain);
    WB_VERIFY_OK(dumpA);
    WB_VERIFY_OK(dumpB);
    QVERIFY(*dumpA == *dumpB);
    WB_VERIFY_OK(b.chain->checkInvariant());
  }

private slots:
  void locatorShape() {
    QCOMPARE(locatorHeights(0), (std::vector<std::uint64_t>{0}));
    QCOMPARE(locatorHeights(3), (std::vector<std::uint64_t>{3, 2, 1, 0}));
    const auto heights = locatorHeights(300);
    QCOMPARE(std::vector<std::uint64_t>(heights.begin(), heights.begin() + 12),
             (std::vector<std::uint64_t>{300, 299, 298, 297, 296, 295, 294, 293, 292, 291, 289, 285}));
    QCOMPARE(heights.back(), std::uint64_t{0});
    for (std::size_t i = 1; i < heights.size(); ++i) QVERIFY(heights[i] < heights[i - 1]);
    const auto huge = locatorHeights(~std::uint64_t{0});
    QVERIFY(huge.size() <= kMaxLocatorHashes);
    QCOMPARE(huge.back(), std::uint64_t{0});
  }

  void locatorFindsTheForkPoint() {
    Node a(*net_, "a");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 50));
    auto locator = buildLocator(*a.chain);
    WB_VERIFY_OK(locator);
    QCOMPARE(locator->front(), a.chain->tip().hash);
    QCOMPARE(locator->back(), blockHash(net_->genesis.header));
    auto fork = forkHeight(*a.chain, *locator);
    WB_VERIFY_OK(fork);
    QCOMPARE(*fork, std::uint64_t{50});
    // Unknown hashes are skipped; a locator from a shorter node finds its own tip.
    BlockHash unknown{};
    unknown.fill(0xee);
    fork = forkHeight(*a.chain, {unknown, blockHash(net_->blocks[19].header), blockHash(net_->genesis.header)});
    WB_VERIFY_OK(fork);
    QCOMPARE(*fork, std::uint64_t{20});
    fork = forkHeight(*a.chain, {unknown});
    WB_VERIFY_OK(fork);
    QCOMPARE(*fork, std::uint64_t{0});
  }

  void lateJoinerSyncsTheWholeChain() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 300));
    std::uint64_t announcedHeight = 0;
    QObject::connect(b.manager.get(), &PeerManager::tipAdvanced,
                     [&](BlockHash, quint64 height) { announcedHeight = height; });
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{300}, 20'000);
    expectSameChain(a, b);
    QCOMPARE(announcedHeight, std::uint64_t{300});
    QVERIFY(!b.manager->syncing());
    QCOMPARE(b.manager->peers().front().blocksReceived, std::uint64_t{300});
    QCOMPARE(b.manager->bestKnownHeight(), std::uint64_t{300});
  }

  // Issue 11: a peer that synced from us was listed at the height of its hello (0).
  void peersShowTheHeightTheyReached() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 40));
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{40}, 20'000);
    QTRY_COMPARE(a.manager->peers().size(), std::size_t{1});
    QTRY_COMPARE_WITH_TIMEOUT(a.manager->peers().front().bestHeight, std::uint64_t{40}, 10'000);
    QCOMPARE(b.manager->peers().front().bestHeight, std::uint64_t{40});
  }

  void restartedNodeResumesFromItsStoredTip() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(a.importBlocks(0, 300));
    auto config = testConfig();
    config.sync.importBatch = 8;  // several event-loop turns, so we can stop it half-way
    WB_VERIFY_OK(b.open(config));
    bool stopped = false;
    QObject::connect(b.manager.get(), &PeerManager::tipAdvanced, [&](BlockHash, quint64 height) {
      if (height < 100 || stopped) return;
      stopped = true;
      for (const PeerInfo& p : b.manager->peers()) b.manager->disconnectPeer(p.id);
    });
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 20'000);
    const std::uint64_t reached = b.height();
    QVERIFY2(reached >= 100 && reached < 300, std::to_string(reached).c_str());

    b.close();  // manager and chain destroyed, as in a process restart
    WB_VERIFY_OK(b.open());
    QCOMPARE(b.height(), reached);  // the store kept what was imported
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{300}, 20'000);
    expectSameChain(a, b);
    QCOMPARE(b.manager->peers().front().blocksReceived, 300 - reached);  // nothing fetched twice
  }

  void syncsFromTwoPeersInParallel() {
    Node a(*net_, "a"), b(*net_, "b"), c(*net_, "c");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 300));
    WB_VERIFY_OK(b.importBlocks(0, 300));
    auto config = testConfig();
    config.sync.blocksPerRequest = 16;
    config.sync.requestsPerPeer = 2;  // 32 blocks in flight per peer: the rest must go to the other
    WB_VERIFY_OK(c.open(config));
    WB_VERIFY_OK(c.manager->connectTo(a.endpoint()));
    WB_VERIFY_OK(c.manager->connectTo(b.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(c.height(), std::uint64_t{300}, 20'000);
    expectSameChain(a, c);
    const auto peers = c.manager->peers();
    QCOMPARE(peers.size(), std::size_t{2});
    QVERIFY2(peers[0].blocksReceived > 0 && peers[1].blocksReceived > 0,
             (std::to_string(peers[0].blocksReceived) + " / " + std::to_string(peers[1].blocksReceived)).c_str());
    QCOMPARE(peers[0].blocksReceived + peers[1].blocksReceived, std::uint64_t{300});
  }

  void competingBranchIsStoredAndReported() {
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open());
    WB_VERIFY_OK(b.open());
    WB_VERIFY_OK(a.importBlocks(0, 10));
    // B's branch: 12 empty blocks from genesis by another producer.
    testsupport::BlockFactory factory(net_->ctx, net_->genesis, net_->accounts);
    BlockHeader parent = net_->genesis.header;
    std::vector<Bytes> branch;
    for (int i = 0; i < 12; ++i) {
      const Block block = factory.makeBlock(parent, {}, 7);
      branch.push_back(encodeBlock(block));
      parent = block.header;
    }
    std::vector<ByteView> views(branch.begin(), branch.end());
    WB_VERIFY_OK(b.chain->importBlocks(views));
    QCOMPARE(b.height(), std::uint64_t{12});

    std::vector<BlockHash> side;
    QObject::connect(a.manager.get(), &PeerManager::sideBranchStored, [&](BlockHash hash) { side.push_back(hash); });
    WB_VERIFY_OK(a.manager->connectTo(b.endpoint()));
    QTRY_COMPARE_WITH_TIMEOUT(side.size(), std::size_t{12}, 10'000);
    QCOMPARE(a.height(), std::uint64_t{10});  // fork choice is the node's call, not sync's
    QCOMPARE(side.back(), b.chain->tip().hash);
    // What the node's fork choice would then do:
    WB_VERIFY_OK(a.chain->reorganizeTo(side.back()));
    expectSameChain(b, a);
  }

  // A header too far in the future for our clock is no offence and no reason to
  // ask again at once: it is not stored, and the peer is asked for headers again
  // after a growing pause (one warning each time, not one per event-loop turn);
  // the blocks go through once our clock has caught up. Meanwhile the node is
  // not syncing: nothing it could import is on the way.
  void futureBlockIsRetriedWithBackoff() {
    const ChainParams& params = net_->genesis.params;
    ManualClock sourceClock(params.genesisTime);
    ManualClock targetClock(params.genesisTime);
    auto sourceEngine = makeEngine(params, sourceClock, net_->ctx, {});
    auto targetEngine = makeEngine(params, targetClock, net_->ctx, {});
    WB_VERIFY_OK(sourceEngine);
    WB_VERIFY_OK(targetEngine);
    Node a(*net_, "a"), b(*net_, "b");
    WB_VERIFY_OK(a.open(testConfig(), sourceEngine->get()));
    auto config = testConfig();
    config.sync.retryFirstMs = 200;
    config.sync.retryMaxMs = 800;
    WB_VERIFY_OK(b.open(config, targetEngine->get()));
    // Blocks one second apart from the genesis time: block k is at genesis + k.
    const std::vector<LocalProducer> keys{{net_->accounts.key(0), &net_->accounts.secret(0)}};
    for (int i = 0; i < 8; ++i) {
      sourceClock.advance(1);
      auto block = testsupport::produceOnTip(*a.chain, **sourceEngine, sourceClock, keys);
      WB_VERIFY_OK(block);
      WB_VERIFY_OK(a.chain->importBlock(encodeBlock(*block)));
    }
    QCOMPARE(a.chain->headerRecord(a.chain->tip().hash).value()->header.time, params.genesisTime + 8);

    QStringList warnings;
    QObject::connect(b.manager.get(), &PeerManager::warning, [&](const QString& w) { warnings << w; });
    WB_VERIFY_OK(b.manager->connectTo(a.endpoint()));
    // Blocks 1 and 2 are within max_future (2 s) of the target's clock; 3 is not.
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{2}, 10'000);
    QTest::qWait(2'000);
    QCOMPARE(b.height(), std::uint64_t{2});
    // Asked again after 0.2, 0.4, 0.8, 0.8… s: a handful in two seconds, each
    // pause longer than the one before until the longest.
    QVERIFY2(warnings.size() >= 2 && warnings.size() <= 6, qPrintable(warnings.join('\n')));
    QVERIFY2(warnings[0].endsWith("(asking again in 0.2 s)"), qPrintable(warnings[0]));
    QVERIFY2(warnings[1].endsWith("(asking again in 0.4 s)"), qPrintable(warnings[1]));
    QCOMPARE(b.manager->readyPeerCount(), std::size_t{1});  // not punished
    QVERIFY(!b.manager->syncing());

    targetClock.set(params.genesisTime + 8);
    QTRY_COMPARE_WITH_TIMEOUT(b.height(), std::uint64_t{8}, 10'000);
    QCOMPARE(b.chain->tip(), a.chain->tip());
    QVERIFY(!b.manager->syncing());
  }
};

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
