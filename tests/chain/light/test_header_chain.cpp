// The light node's header chain (DESIGN §11): real PoW headers made by a real
// full node are verified with the engine's own rules and stored in LMDB; bad
// ones are refused with stable codes and leave nothing behind; the tip follows
// the most work across branches, and everything survives a reopen.
#include <QtTest>

#include "chain/consensus/compact.h"
#include "chain/consensus/consensus_errc.h"
#include "chain/consensus/pow/pow.h"
#include "chain/core/core_errc.h"
#include "chain/light/header_chain.h"
#include "chain/light/light_errc.h"
#include "chain/store/store_errc.h"
#include "tests/chain/light/light_fixture.h"
#include "tests/chain/light/light_suite.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::lighttest;

namespace {

// The light chain holds exactly `full`'s main chain and nothing else.
void compareWithFull(const light::HeaderChain& light, const FullNode& full) {
  const TipPosition fullTip = full.chain->tip();
  QCOMPARE(light.tip().hash, fullTip.hash);
  QCOMPARE(light.tip().height, fullTip.height);
  QVERIFY(light.tip().cumulativeWeight == full.weightOf(fullTip.hash));
  for (std::uint64_t h = 0; h <= fullTip.height; ++h) {
    auto mine = light.hashAtHeight(h);
    QVERIFY(mine.ok() && mine->has_value());
    QCOMPARE(**mine, *full.chain->hashAtHeight(h).value());
  }
  auto above = light.hashAtHeight(fullTip.height + 1);
  QVERIFY(above.ok() && !above->has_value());
}

// Nothing of `header` is stored and the tip is still `tip`.
void verifyNothingStored(const light::HeaderChain& light, const BlockHeader& header, const light::HeaderTip& tip,
                         std::uint64_t count) {
  auto stored = light.header(blockHash(header));
  QVERIFY(stored.ok() && !stored->has_value());
  QVERIFY(light.tip() == tip);
  QCOMPARE(light.headerCount().value(), count);
}

}  // namespace

class TestHeaderChain : public LightSuite {
  Q_OBJECT

private slots:
  void acceptsAValidChain() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceRotating(24, 3));
    WB_VERIFY_OK(nodes.openLight());
    QCOMPARE(light.chain->tip().height, std::uint64_t{0});
    QCOMPARE(light.chain->tip().hash, blockHash(light.genesis.header));

    const std::vector<BlockHeader> headers = full.headers();
    // One by one, then a batch in one transaction.
    for (std::size_t i = 0; i < 12; ++i) {
      auto added = light.chain->addHeader(headers[i]);
      WB_VERIFY_OK(added);
      QCOMPARE(added->stored, std::size_t{1});
      QVERIFY(added->tipChanged);
      QVERIFY(!added->forkHeight.has_value());
      QCOMPARE(added->tip.height, headers[i].height);
    }
    auto batch = light.chain->addHeaders(std::span(headers).subspan(12));
    WB_VERIFY_OK(batch);
    QCOMPARE(batch->stored, headers.size() - 12);
    QVERIFY(batch->tipChanged);
    compareWithFull(*light.chain, full);
    QCOMPARE(light.chain->headerCount().value(), std::uint64_t{25});

    // Known headers change nothing.
    auto again = light.chain->addHeaders(headers);
    WB_VERIFY_OK(again);
    QCOMPARE(again->stored, std::size_t{0});
    QVERIFY(!again->tipChanged);
    compareWithFull(*light.chain, full);

    // The stored header is the one given, with the weight the full node computed.
    auto stored = light.chain->header(full.chain->tip().hash);
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY((*stored)->header == headers.back());
    QVERIFY((*stored)->cumulativeWeight == full.weightOf(full.chain->tip().hash));
    auto ctx = light.chain->parentContext(full.chain->tip().hash);
    WB_VERIFY_OK(ctx);
    QCOMPARE(ctx->recentTimes.size(), std::size_t{11});
    QCOMPARE(ctx->recentTimes.back(), headers.back().time);
  }

  void refusesBadHeadersAndStoresNothing() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(0, 4));
    WB_VERIFY_OK(nodes.openLight());
    const std::vector<BlockHeader> headers = full.headers();
    WB_VERIFY_OK(light.chain->addHeaders(std::span(headers).first(3)));
    const light::HeaderTip tip = light.chain->tip();
    const std::uint64_t count = light.chain->headerCount().value();
    const BlockHeader good = headers[3];
    const ParentContext parent = light.chain->parentContext(good.prev).value();

    // Bad proof of work: a nonce whose hash misses the target.
    BlockHeader badWork = good;
    do ++badWork.nonce;
    while (full.engine->checkHeader(badWork, parent, nullptr).ok());
    WB_VERIFY_FAILS(light.chain->addHeader(badWork), ConsensusErrc::HashAboveTarget);
    verifyNothingStored(*light.chain, badWork, tip, count);

    // Bits other than ASERT's for this parent (a valid, harder target).
    QCOMPARE(good.bits, light.engine->nextBits(parent).value());
    QVERIFY((good.bits & 0x7fffff) > 1);
    BlockHeader wrongBits = good;
    wrongBits.bits = good.bits - 1;
    wrongBits = *full.engine->seal(wrongBits, SecureBytes(), {}, std::stop_token{}).value();
    WB_VERIFY_FAILS(light.chain->addHeader(wrongBits), ConsensusErrc::WrongBits);
    verifyNothingStored(*light.chain, wrongBits, tip, count);

    // A height that does not follow the parent's.
    BlockHeader badHeight = good;
    badHeight.height += 1;
    WB_VERIFY_FAILS(light.chain->addHeader(badHeight), ConsensusErrc::BadHeight);
    verifyNothingStored(*light.chain, badHeight, tip, count);

    // A signature on a PoW header, with a nonce whose hash still meets the target.
    BlockHeader signedPow = good;
    signedPow.sig[5] = 1;
    const U256 target = decodeCompact(signedPow.bits).value();
    while (!hashMeetsTarget(blockHash(signedPow), target)) ++signedPow.nonce;
    WB_VERIFY_FAILS(light.chain->addHeader(signedPow), ConsensusErrc::PowSignature);
    verifyNothingStored(*light.chain, signedPow, tip, count);

    // A time further ahead of the light node's clock than max_future (2 s on dev).
    light.clock.set(good.time - 3);
    WB_VERIFY_FAILS(light.chain->addHeader(good), ConsensusErrc::TimeTooFarAhead);
    verifyNothingStored(*light.chain, good, tip, count);
    light.clock.set(good.time - 2);  // at the limit: taken

    // A header on a parent the light chain never saw.
    FullNode other(pathOf(dir, "other"), file, ctx_, *accounts_);
    WB_VERIFY_OK(other.produce(1));
    WB_VERIFY_OK(other.produce(1));
    const BlockHeader orphan = other.headers(2).front();
    WB_VERIFY_FAILS(light.chain->addHeader(orphan), LightErrc::UnknownParent);
    verifyNothingStored(*light.chain, orphan, tip, count);

    // With its parent and a clock that allows it, the honest header is taken.
    auto added = light.chain->addHeader(good);
    WB_VERIFY_OK(added);
    QVERIFY(added->tipChanged);
    compareWithFull(*light.chain, full);
  }

  void aBatchIsAllOrNothing() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(0, 5));
    WB_VERIFY_OK(nodes.openLight());
    std::vector<BlockHeader> headers = full.headers();
    const ParentContext parent = full.chain->parentContext(headers[3].prev).value();
    do ++headers[3].nonce;
    while (full.engine->checkHeader(headers[3], parent, nullptr).ok());
    auto refused = light.chain->addHeaders(headers);
    WB_VERIFY_FAILS(refused, ConsensusErrc::HashAboveTarget);
    QVERIFY(test::contains(refused.error().message, "header 4 of 5"));
    QCOMPARE(light.chain->tip().height, std::uint64_t{0});
    QCOMPARE(light.chain->headerCount().value(), std::uint64_t{1});
    for (const BlockHeader& h : headers) QVERIFY(!light.chain->header(blockHash(h)).value().has_value());
    // The good prefix on its own is taken.
    WB_VERIFY_OK(light.chain->addHeaders(std::span(headers).first(3)));
    QCOMPARE(light.chain->tip().height, std::uint64_t{3});
  }

  void reorganisesToTheBranchWithMoreWork() {
    QTemporaryDir dir;
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    FullNode a(pathOf(dir, "a"), file, ctx_, *accounts_), b(pathOf(dir, "b"), file, ctx_, *accounts_);
    WB_VERIFY_OK(a.produceBy(0, 5));
    WB_VERIFY_OK(b.produceBy(1, 6));
    const std::vector<BlockHeader> branchA = a.headers(), branchB = b.headers();
    QVERIFY(blockHash(branchA[0]) != blockHash(branchB[0]));
    LightNode light(file, ctx_);
    light.clock.set(std::max(a.clock.now(), b.clock.now()));
    WB_VERIFY_OK(light.open(pathOf(dir, "light")));

    WB_VERIFY_OK(light.chain->addHeaders(branchA));
    compareWithFull(*light.chain, a);
    // B's first five blocks carry no more work than A's five: stored, the tip stays (first seen wins a tie).
    QVERIFY(!(b.weightOf(blockHash(branchB[4])) > a.weightOf(a.chain->tip().hash)));
    auto lighter = light.chain->addHeaders(std::span(branchB).first(5));
    WB_VERIFY_OK(lighter);
    QCOMPARE(lighter->stored, std::size_t{5});
    QVERIFY(!lighter->tipChanged);
    compareWithFull(*light.chain, a);
    QVERIFY(light.chain->header(blockHash(branchB[4])).value().has_value());
    QVERIFY(!light.chain->onBestBranch(blockHash(branchB[4])).value());

    // B's sixth outweighs A: the tip and the height index move to B.
    QVERIFY(b.weightOf(b.chain->tip().hash) > a.weightOf(a.chain->tip().hash));
    auto heavier = light.chain->addHeader(branchB[5]);
    WB_VERIFY_OK(heavier);
    QVERIFY(heavier->tipChanged);
    QCOMPARE(heavier->forkHeight, std::optional<std::uint64_t>(0));
    QCOMPARE(heavier->reorgDepth, std::uint64_t{5});
    compareWithFull(*light.chain, b);
    QVERIFY(!light.chain->onBestBranch(blockHash(branchA[2])).value());
    QVERIFY(light.chain->onBestBranch(blockHash(branchB[2])).value());

    // A grows past B: back to A, whose index entries come back above the fork.
    WB_VERIFY_OK(a.produceBy(0, 3));
    light.clock.set(a.clock.now());
    auto back = light.chain->addHeaders(a.headers(6));
    WB_VERIFY_OK(back);
    QCOMPARE(back->forkHeight, std::optional<std::uint64_t>(0));
    QCOMPARE(back->reorgDepth, std::uint64_t{6});
    compareWithFull(*light.chain, a);
    QCOMPARE(light.chain->headerCount().value(), std::uint64_t{1 + 8 + 6});
  }

  void survivesReopen() {
    FullAndLight nodes(ConsensusKind::Pow, ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceBy(2, 10));
    WB_VERIFY_OK(nodes.openLight());
    WB_VERIFY_OK(light.chain->addHeaders(full.headers()));
    const light::HeaderTip tip = light.chain->tip();

    light.chain.reset();
    WB_VERIFY_OK(light.open(pathOf(dir, "light")));
    QVERIFY(light.chain->tip() == tip);
    compareWithFull(*light.chain, full);
    // It carries on from where it was: the next headers need their stored parents' times.
    WB_VERIFY_OK(full.produceBy(2, 12));
    light.clock.set(full.clock.now());
    WB_VERIFY_OK(light.chain->addHeaders(full.headers(11)));
    compareWithFull(*light.chain, full);
  }

  void refusesStoresItCannotServe() {
    QTemporaryDir dir;
    const GenesisFile file = devGenesis(ConsensusKind::Pow, *accounts_);
    LightNode light(file, ctx_);
    WB_VERIFY_OK(light.open(pathOf(dir, "light")));
    light.chain.reset();

    // Another network's genesis.
    GenesisFile otherFile = file;
    otherFile.params.name = "dev-other";
    otherFile.params.genesisHash = genesisHash(otherFile);
    LightNode other(otherFile, ctx_);
    WB_VERIFY_FAILS(other.open(pathOf(dir, "light")), StoreErrc::WrongNetwork);

    // The same network with another genesis header.
    LightNode forged(file, ctx_);
    forged.genesis.header.nonce ^= 1;
    WB_VERIFY_FAILS(forged.open(pathOf(dir, "light")), StoreErrc::ChainGenesisMismatch);
    forged.genesis.header = light.genesis.header;
    forged.genesis.header.height = 1;
    WB_VERIFY_FAILS(forged.open(pathOf(dir, "fresh")), StoreErrc::ChainGenesisMismatch);

    // A full node's chain store is not a header store.
    FullNode full(pathOf(dir, "full"), file, ctx_, *accounts_);
    full.chain.reset();
    WB_VERIFY_FAILS(light.open(ChainStore::chainDir(pathOf(dir, "full"), "full")), StoreErrc::Corrupt);

    // The good store still opens.
    WB_VERIFY_OK(light.open(pathOf(dir, "light")));
    QCOMPARE(light.chain->tip().height, std::uint64_t{0});
  }

  // PoS and DPoS headers: each checked with what the full node's engine read of
  // its parent's state (the consensus witness the full node kept), proven
  // against the parent's state_root; nothing less, nothing forged.
  void verifiesStakedHeadersWithTheirWitnesses_data() {
    test::addConsensusKindRows({ConsensusKind::Pos, ConsensusKind::Dpos});
  }
  void verifiesStakedHeadersWithTheirWitnesses() {
    QFETCH(int, kind);
    FullAndLight nodes(static_cast<ConsensusKind>(kind), ctx_, *accounts_);
    auto& [dir, file, full, light] = nodes;
    WB_VERIFY_OK(full.produceInTurn(16));
    WB_VERIFY_OK(nodes.openLight());

    const std::vector<BlockHeader> headers = full.headers();
    std::vector<BlockHash> hashes;
    for (const BlockHeader& h : headers) hashes.push_back(blockHash(h));
    auto stored = full.chain->consensusWitnesses(hashes, std::size_t{1} << 22);
    WB_VERIFY_OK(stored);
    QCOMPARE(stored->size(), headers.size());
    std::vector<state::ConsensusWitness> witnesses;
    std::optional<std::size_t> withDelegates;
    for (std::size_t i = 0; i < stored->size(); ++i) {
      QVERIFY((*stored)[i].has_value());
      witnesses.push_back(*(*stored)[i]);
      for (const auto& r : witnesses.back().records) {
        if (r.table == state::Table::Delegates && !withDelegates) withDelegates = i;
      }
    }
    // PoS reads every producer's stake; DPoS the delegates at the start of a round.
    if (kind == int(ConsensusKind::Pos)) {
      for (const auto& w : witnesses) QCOMPARE(w.records.size(), std::size_t{1});
    } else {
      QVERIFY(withDelegates.has_value());
    }
    // The full node's own answer for a block it does not have: none.
    BlockHash unknown{};
    unknown[0] = 1;
    auto none = full.chain->consensusWitnesses(std::span(&unknown, 1), 1024);
    QVERIFY(none.ok() && none->size() == 1 && !(*none)[0].has_value());

    const light::HeaderTip genesisTip = light.chain->tip();
    // Without the witnesses the first header reading state is refused, and the page with it.
    WB_VERIFY_FAILS(light.chain->addHeaders(headers), LightErrc::StateNeeded);
    verifyNothingStored(*light.chain, headers.back(), genesisTip, 1);

    // A changed record does not fold up to the parent's state_root.
    const std::size_t k = kind == int(ConsensusKind::Pos) ? 3 : *withDelegates;
    {
      auto forged = witnesses;
      auto& record = forged[k].records.back();
      QVERIFY(record.proven.value.has_value());
      record.proven.value->back() ^= 1;
      WB_VERIFY_FAILS(light.chain->addHeaders(headers, forged), LightErrc::ProofRootMismatch);
      verifyNothingStored(*light.chain, headers.back(), genesisTip, 1);
    }
    // A witness that leaves out what the engine reads: PoS an empty one (no stake
    // to check), DPoS one delegate fewer than the proven totals count.
    {
      auto cut = witnesses;
      cut[k].records.pop_back();
      WB_VERIFY_FAILS(light.chain->addHeaders(headers, cut),
                      kind == int(ConsensusKind::Pos) ? LightErrc::StateNeeded : LightErrc::WitnessIncomplete);
      verifyNothingStored(*light.chain, headers.back(), genesisTip, 1);
    }
    // Another block's witness proves against another root.
    {
      auto swapped = witnesses;
      std::swap(swapped[1], swapped[2]);
      if (kind == int(ConsensusKind::Pos)) {
        QVERIFY(!light.chain->addHeaders(headers, swapped).ok());
        verifyNothingStored(*light.chain, headers.back(), genesisTip, 1);
      }
    }
    // One witness per header, or none.
    WB_VERIFY_FAILS(light.chain->addHeaders(headers, std::span(witnesses).first(2)), CoreErrc::DecodeBadValue);

    // The true witnesses: every header verified, the same chain as the full node's.
    WB_VERIFY_OK(light.chain->addHeaders(std::span(headers).first(5), std::span(witnesses).first(5)));
    WB_VERIFY_OK(light.chain->addHeaders(std::span(headers).subspan(5), std::span(witnesses).subspan(5)));
    compareWithFull(*light.chain, full);
  }
};

QTEST_GUILESS_MAIN(TestHeaderChain)
#include "test_header_chain.moc"
