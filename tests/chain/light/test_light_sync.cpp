// LightSync against full peers played in-process by real P2P connections
// (net::Peer on accepted sockets) that answer from a real chain store: headers
// are followed, new ones on announcement; a proof request to a peer that forges
// its proof drops that peer (misbehaving) and is answered by an honest one; a
// peer whose headers break the rules is dropped; a proof from ahead of our
// headers makes us fetch them first.
#include <QtTest>

#include "chain/light/light_sync.h"
#include "chain/net/peer_manager.h"
#include "chain/state/records.h"
#include "tests/chain/light/fake_full_peer.h"
#include "tests/chain/light/light_fixture.h"
#include "tests/chain/light/light_suite.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::lighttest;

namespace {

// Waits for `done` to be set by a proof callback.
std::optional<Result<light::ProvenRecord>> awaitProof(light::LightSync& sync, state::Table table, ByteView key) {
  std::optional<Result<light::ProvenRecord>> out;
  sync.requestProof(table, Bytes(key.begin(), key.end()), [&](const Result<light::ProvenRecord>& r) { out = r; });
  if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000)) return std::nullopt;
  return out;
}

}  // namespace

class TestLightSync : public LightSuite {
  Q_OBJECT

  // Adds to `dropped` why `sync` dropped each peer for misbehaving.
  void collectMisbehaviour(light::LightSync& sync, QStringList& dropped) {
    connect(&sync, &light::LightSync::peerDropped, this,
            [&dropped](const QString&, const QString& reason, bool misbehaved) {
              if (misbehaved) dropped << reason;
            });
  }

  // A light sync with `liar` alone drops it for the headers it sends.
  void expectDroppedForItsHeaders(light::HeaderChain& chain, FakeFullPeer& liar) {
    light::LightSync sync(chain, fastConfig({liar.endpoint()}));
    QStringList dropped;
    collectMisbehaviour(sync, dropped);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty(), 10'000);
    QVERIFY2(dropped.front().contains("headers refused"), qPrintable(dropped.front()));
  }

private slots:
  void followsHeadersAndProvesRecords() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceRotating(12, 4));
    WB_VERIFY_OK(nodes.openLight(1000));
    FakeFullPeer honest(*full.chain, FakeFullPeer::Lie::None);
    light::LightSync sync(*light.chain, fastConfig({honest.endpoint()}));
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(light.chain->tip().hash, full.chain->tip().hash, 10'000);
    QCOMPARE(sync.readyPeers(), std::size_t{1});

    auto proven = awaitProof(sync, state::Table::Accounts, accounts_->key(2));
    QVERIFY(proven.has_value());
    WB_VERIFY_OK(*proven);
    QCOMPARE((*proven)->height, full.chain->tip().height);
    const auto account = state::decodeAccount(*(*proven)->value).value();
    QVERIFY(account.balance > 0);

    // A new block, announced: followed; a proof from then on is at the new tip.
    WB_VERIFY_OK(full.produce(2));
    honest.announceTip();
    QTRY_COMPARE_WITH_TIMEOUT(light.chain->tip().hash, full.chain->tip().hash, 10'000);
    proven = awaitProof(sync, state::Table::Accounts, accounts_->key(2));
    WB_VERIFY_OK(*proven);
    QCOMPARE((*proven)->height, full.chain->tip().height);
    QVERIFY(state::decodeAccount(*(*proven)->value).value().balance > account.balance);  // its new reward
  }

  // A wallet refreshing more records than a full node answers at once (the
  // real net::PeerManager, with its per-peer getproof budget): LightSync paces
  // its requests to that budget, so every one is answered and none times out.
  void moreProofsThanOneBurstAreAllAnswered() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceRotating(3, 3));
    WB_VERIFY_OK(nodes.openLight(1000));
    net::PeerManager serving(*full.chain, net::PeerManagerConfig{});
    WB_VERIFY_OK(serving.listen(QHostAddress::LocalHost, 0));
    auto config = fastConfig({{QHostAddress(QHostAddress::LocalHost), serving.listenPort()}});
    config.proofTimeoutMs = 2'000;  // far less than the budget needs for the requests beyond the burst
    light::LightSync sync(*light.chain, config);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(light.chain->tip().hash, full.chain->tip().hash, 10'000);

    const std::size_t wanted = static_cast<std::size_t>(net::kProofBurst + net::kProofsPerSecond * 3);
    std::size_t proven = 0, failed = 0;
    QString firstFailure;
    for (std::size_t i = 0; i < wanted; ++i) {
      Hash32 key{};  // distinct orders nobody created: each proven absent
      key[0] = static_cast<Byte>(i & 0xff);
      key[1] = static_cast<Byte>(i >> 8);
      sync.requestProof(state::Table::Orders, Bytes(key.begin(), key.end()), [&](const Result<light::ProvenRecord>& r) {
        if (r && !r->value) {
          ++proven;
        } else {
          ++failed;
          if (firstFailure.isEmpty()) firstFailure = QString::fromStdString(r ? "a record" : r.error().message);
        }
      });
    }
    QTRY_VERIFY_WITH_TIMEOUT(proven + failed == wanted, 15'000);
    QVERIFY2(failed == 0, qPrintable(firstFailure));
  }

  // A block is what a light node checks a submitted transaction's inclusion
  // with: one whose body does not match its header's tx_root costs the peer its
  // connection, and the block comes from an honest peer.
  void aPeerSendingABlockThatDoesNotMatchItsHeaderIsDropped() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    testsupport::BlockFactory factory(ctx_, full.genesis, *accounts_);
    WB_VERIFY_OK(full.chain->readState([&](const state::StateView& v) { return factory.syncNonces(v); }));
    std::vector<Tx> txs;
    for (std::size_t i = 1; i <= 3; ++i)
      txs.push_back(factory.makeTx(i, TransferPayload{accounts_->key(0), kCoin, ""}));
    WB_VERIFY_OK(full.produce(0, txs));
    WB_VERIFY_OK(full.produce(0));
    WB_VERIFY_OK(nodes.openLight(1000));
    LiarThenHonest peers(*full.chain, FakeFullPeer::Lie::BlockBody, *light.chain);
    QVERIFY(peers.ready(*full.chain, *light.chain));
    auto& [liar, honest, sync, dropped] = peers;

    const BlockHash wanted = full.chain->hashAtHeight(1).value().value();
    std::optional<Result<Block>> got;
    sync.requestBlock(wanted, [&](const Result<Block>& block) { got = block; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    WB_VERIFY_OK(*got);
    QVERIFY((*got)->txs == txs);
    QCOMPARE(liar.blocksServed, 1);
    QCOMPARE(honest.blocksServed, 1);
    QCOMPARE(dropped.size(), 1);
    QVERIFY2(dropped.front().contains("tx_root"), qPrintable(dropped.front()));
  }

  void aPeerWhoseProofDoesNotVerifyIsDroppedAndAnotherAnswers_data() {
    QTest::addColumn<int>("lie");
    QTest::newRow("value") << int(FakeFullPeer::Lie::ProofValue);
    QTest::newRow("sibling") << int(FakeFullPeer::Lie::ProofSibling);
  }
  void aPeerWhoseProofDoesNotVerifyIsDroppedAndAnotherAnswers() {
    QFETCH(int, lie);
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(1, 6));
    WB_VERIFY_OK(nodes.openLight(1000));
    LiarThenHonest peers(*full.chain, static_cast<FakeFullPeer::Lie>(lie), *light.chain);
    QVERIFY(peers.ready(*full.chain, *light.chain));
    auto& [liar, honest, sync, dropped] = peers;

    auto proven = awaitProof(sync, state::Table::Accounts, accounts_->key(1));
    QVERIFY(proven.has_value());
    WB_VERIFY_OK(*proven);
    QCOMPARE(liar.proofsServed, 1);
    QCOMPARE(honest.proofsServed, 1);
    const auto truth = full.chain->stateProof(state::Table::Accounts, accounts_->key(1)).value();
    QVERIFY((*proven)->value == truth.value);
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), qsizetype{1}, 5'000);
    QVERIFY2(dropped.front().contains("does not verify"), qPrintable(dropped.front()));
    QTRY_VERIFY_WITH_TIMEOUT(liar.disconnects >= 1, 5'000);
  }

  void aStaleProofIsNotTakenFromALaggingPeer() {
    QTemporaryDir dir;
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    // The same blocks on both (same producer, times and nonces), the lagging one stops early.
    FullNode ahead(pathOf(dir, "ahead"), file, ctx_, *accounts_), behind(pathOf(dir, "behind"), file, ctx_, *accounts_);
    for (int i = 0; i < 20; ++i) {
      WB_VERIFY_OK(ahead.produce(4));
      if (i < 3) WB_VERIFY_OK(behind.produce(4));
    }
    QCOMPARE(*behind.chain->hashAtHeight(3).value(), *ahead.chain->hashAtHeight(3).value());
    LightNode light(file, ctx_);
    light.clock.set(ahead.clock.now() + 1000);
    WB_VERIFY_OK(light.open(pathOf(dir, "light")));
    FakeFullPeer lagging(*behind.chain, FakeFullPeer::Lie::None), recent(*ahead.chain, FakeFullPeer::Lie::None);
    light::LightSync sync(*light.chain, fastConfig({lagging.endpoint(), recent.endpoint()}));
    QStringList dropped;
    collectMisbehaviour(sync, dropped);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.readyPeers(), std::size_t{2}, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(light.chain->tip().hash, ahead.chain->tip().hash, 10'000);
    auto proven = awaitProof(sync, state::Table::Accounts, accounts_->key(4));
    QVERIFY(proven.has_value());
    WB_VERIFY_OK(*proven);
    QCOMPARE((*proven)->height, std::uint64_t{20});
    QCOMPARE(lagging.proofsServed, 1);
    QCOMPARE(recent.proofsServed, 1);
    QVERIFY(dropped.isEmpty());  // lagging is no offence
    QCOMPARE(sync.readyPeers(), std::size_t{2});
  }

  void aPeerWithBadHeadersIsDropped() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(0, 5));
    WB_VERIFY_OK(nodes.openLight(1000));
    FakeFullPeer liar(*full.chain, FakeFullPeer::Lie::Headers);
    expectDroppedForItsHeaders(*light.chain, liar);
    // Nothing of its batch was kept.
    QCOMPARE(light.chain->tip().height, std::uint64_t{0});
  }

  // PoS and DPoS headers come with consensus witnesses: a peer whose witness
  // does not fold up to the parent's root, or leaves out a delegate, is dropped
  // and nothing of its page kept; an honest peer's witnesses verify every header.
  void aPeerForgingConsensusWitnessesIsDropped_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lie");
    QTest::newRow("pos changed stake") << int(ConsensusKind::Pos) << int(FakeFullPeer::Lie::WitnessValue);
    QTest::newRow("dpos changed votes") << int(ConsensusKind::Dpos) << int(FakeFullPeer::Lie::WitnessValue);
    QTest::newRow("dpos a delegate left out") << int(ConsensusKind::Dpos) << int(FakeFullPeer::Lie::WitnessCut);
  }
  void aPeerForgingConsensusWitnessesIsDropped() {
    QFETCH(int, kind);
    QFETCH(int, lie);
    FullAndLight nodes(static_cast<ConsensusKind>(kind), ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceInTurn(12));
    WB_VERIFY_OK(nodes.openLight());
    {
      FakeFullPeer liar(*full.chain, static_cast<FakeFullPeer::Lie>(lie));
      expectDroppedForItsHeaders(*light.chain, liar);
      QVERIFY(liar.witnessesServed > 0);
      QCOMPARE(light.chain->tip().height, std::uint64_t{0});  // nothing of its page kept
    }
    FakeFullPeer honest(*full.chain, FakeFullPeer::Lie::None);
    light::LightSync sync(*light.chain, fastConfig({honest.endpoint()}));
    QStringList dropped;
    collectMisbehaviour(sync, dropped);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(light.chain->tip().hash == full.chain->tip().hash, 10'000);
    QCOMPARE(honest.witnessesServed, 12);
    // A new block: its witness is asked for and verified too.
    WB_VERIFY_OK(full.produce(1));
    light.clock.set(full.clock.now());
    honest.announceTip();
    QTRY_VERIFY_WITH_TIMEOUT(light.chain->tip().hash == full.chain->tip().hash, 10'000);
    QCOMPARE(honest.witnessesServed, 13);
    QVERIFY(dropped.isEmpty());
  }

  void aProofFromAheadFetchesHeadersFirst() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(3, 4));
    WB_VERIFY_OK(nodes.openLight(1000));
    FakeFullPeer honest(*full.chain, FakeFullPeer::Lie::None);
    light::LightSync sync(*light.chain, fastConfig({honest.endpoint()}));
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(light.chain->tip().hash, full.chain->tip().hash, 10'000);
    // Blocks the light node hears nothing about (no announcement) before asking.
    WB_VERIFY_OK(full.produceBy(3, 3));
    auto proven = awaitProof(sync, state::Table::Accounts, accounts_->key(3));
    QVERIFY(proven.has_value());
    WB_VERIFY_OK(*proven);
    QCOMPARE((*proven)->height, full.chain->tip().height);
    QCOMPARE(light.chain->tip().hash, full.chain->tip().hash);
    QCOMPARE(honest.proofsServed, 2);  // asked again once the headers were in
  }
};

QTEST_GUILESS_MAIN(TestLightSync)
#include "test_light_sync.moc"
