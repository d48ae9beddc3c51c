// The state commitment in the chain store (DESIGN §11): every connected header's
// state_root is the root of the stored state (checked against the naive tree of
// tests/support), a wrong root is refused, disconnects and reorganisations
// restore the tree with the rest, and proofs at the tip verify.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/store/store_errc.h"
#include "tests/support/chain_fixture.h"
#include "tests/support/naive_state_tree.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;
using Fixture = ChainFixture;

namespace {

// The naive root of everything the chain stores now.
Hash32 naiveRootOf(const Chain& chain) {
  Hash32 root{};
  const Status read = chain.readState([&](const state::StateView& view) -> Status {
    WB_TRY_ASSIGN(leaves, naive::leavesOf(view.reader()));
    root = naive::root(*leaves);
    return {};
  });
  return read ? root : Hash32{};
}

Hash32 tipRoot(const Fixture& f) { return f.tipHeader().stateRoot; }

}  // namespace

class TestChainStateRoot : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void everyHeaderCommitsToTheStateAfterItsBlock() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    QVERIFY(!isZero(tipRoot(f)));  // genesis commits to the allocations
    QCOMPARE(tipRoot(f), naiveRootOf(*f.chain));
    for (int i = 0; i < 5; ++i) {
      WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(12), i % 3));
      QCOMPARE(tipRoot(f), naiveRootOf(*f.chain));
    }
    WB_VERIFY_OK(f.importTxs({}));  // an empty block still moves the reward
    QCOMPARE(tipRoot(f), naiveRootOf(*f.chain));
  }

  void aBlockWithAWrongRootIsRefusedAndChangesNothing() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(8)));
    const auto before = f.dump();
    const TipPosition tip = f.chain->tip();
    Block block = f.factory.makeBlock(f.tipHeader(), f.factory.mixedTxs(8), 1);
    block.header.stateRoot[7] ^= 0x10;
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(block)), StoreErrc::ChainBadStateRoot);
    QVERIFY(f.chain->tip() == tip);
    QVERIFY(f.dump() == before);
    QVERIFY(!f.chain->headerRecord(blockHash(block.header)).value().has_value());
    // The zero root of a store made before the commitment is no exception.
    block.header.stateRoot = Hash32{};
    WB_VERIFY_FAILS(f.chain->importBlock(encodeBlock(block)), StoreErrc::ChainBadStateRoot);
  }

  void connectDisconnectReconnectRestoresTheTree() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(20)));
    const auto atOne = f.dump();
    const Hash32 rootOne = tipRoot(f);
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(20), 2));
    const auto atTwo = f.dump();
    const BlockHash second = f.chain->tip().hash;
    QVERIFY(tipRoot(f) != rootOne);
    WB_VERIFY_OK(f.chain->disconnectTip());
    QVERIFY(f.dump() == atOne);  // records and tree tables, byte for byte
    QCOMPARE(naiveRootOf(*f.chain), rootOne);
    WB_VERIFY_OK(f.chain->connectBlock(second));
    QVERIFY(f.dump() == atTwo);
    QCOMPARE(naiveRootOf(*f.chain), tipRoot(f));
  }

  void aReorganisationLeavesTheOtherBranchsRoot() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const BlockHeader fork = f.tipHeader();
    for (int i = 0; i < 2; ++i) WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(10)));
    const TipPosition tipA = f.chain->tip();
    const auto stateA = f.dump();

    // Branch B from the fork (nonces as at the fork), longer, by another producer.
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_OK(f.chain->disconnectTip());
    WB_VERIFY_OK(f.syncNonces());
    std::vector<Block> branchB;
    BlockHeader parent = fork;
    for (int i = 0; i < 3; ++i) {
      branchB.push_back(f.factory.makeBlock(parent, f.factory.mixedTxs(6), 4));
      parent = branchB.back().header;
    }
    WB_VERIFY_OK(f.chain->reorganizeTo(tipA.hash));
    QVERIFY(f.dump() == stateA);
    for (const Block& b : branchB) WB_VERIFY_OK(f.chain->storeBlock(encodeBlock(b)));
    auto reorg = f.chain->reorganizeTo(blockHash(branchB.back().header));
    WB_VERIFY_OK(reorg);
    QCOMPARE(reorg->disconnected.size(), std::size_t(2));
    QCOMPARE(tipRoot(f), branchB.back().header.stateRoot);
    QCOMPARE(naiveRootOf(*f.chain), tipRoot(f));
    WB_VERIFY_OK(f.chain->reorganizeTo(tipA.hash));
    QVERIFY(f.dump() == stateA);
  }

  void proofsAtTheTipVerify() {
    Fixture f;
    WB_VERIFY_OK(f.open());
    for (int i = 0; i < 3; ++i) WB_VERIFY_OK(f.importTxs(f.factory.mixedTxs(16), i));
    const Hash32 root = tipRoot(f);
    const AccountKey present = f.accounts.key(2);
    auto proof = f.chain->stateProof(state::Table::Accounts, present);
    WB_VERIFY_OK(proof);
    QCOMPARE(proof->height, std::uint64_t(3));
    QCOMPARE(proof->block, f.chain->tip().hash);
    QCOMPARE(proof->stateRoot, root);
    QVERIFY(proof->value.has_value());
    const Hash32 leafKey = naive::leafKey(0, present);
    QVERIFY(naive::verify(root, leafKey, taggedHash("wb.smtval", *proof->value), proof->proof));
    QVERIFY(!naive::verify(root, leafKey, std::nullopt, proof->proof));

    Hash32 stranger{};
    stranger.fill(0x42);
    auto absent = f.chain->stateProof(state::Table::Accounts, stranger);
    WB_VERIFY_OK(absent);
    QVERIFY(!absent->value.has_value());
    QVERIFY(absent->proof.end != state::ProofEnd::Leaf);
    QVERIFY(naive::verify(root, naive::leafKey(0, stranger), std::nullopt, absent->proof));

    auto totals = f.chain->stateProof(state::Table::Totals, asBytes("supply"));
    WB_VERIFY_OK(totals);
    QVERIFY(totals->value.has_value());
    QVERIFY(naive::verify(root, naive::leafKey(7, asBytes("supply")), taggedHash("wb.smtval", *totals->value),
                          totals->proof));
    WB_VERIFY_FAILS(f.chain->stateProof(state::Table::Deadlines, stranger), CoreErrc::DecodeBadValue);
  }

  void aGenesisHeaderWithAnotherRootIsRefused() {
    Fixture f;
    f.genesis.header.stateRoot[0] ^= 1;
    WB_VERIFY_FAILS(f.open(), StoreErrc::ChainGenesisMismatch);
  }
};

QTEST_GUILESS_MAIN(TestChainStateRoot)
#include "test_chain_state_root.moc"
