// The state tree (DESIGN §11) against a second, naive implementation written
// from the design text (tests/support/naive_state_tree.h): whole-set recursion
// for roots, a direct fold for proofs. Trees are built over a real MemoryKv through StateTree's incremental updates.
#include <QtTest>
#include <map>
#include <random>

#include "chain/core/hash.h"
#include "chain/state/audit.h"
#include "chain/state/memory_kv.h"
#include "chain/state/state_commit.h"
#include "chain/state/state_tree.h"
#include "tests/support/naive_state_tree.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::state;
using namespace wb::testsupport;

namespace {

using naive::Leaves;
Hash32 naiveLeaf(const Hash32& key, const Hash32& valueHash) { return naive::leafHash(key, valueHash); }
Hash32 naiveRoot(const Leaves& leaves) { return naive::root(leaves); }
bool naiveVerify(const Hash32& root, const Hash32& key, const std::optional<Hash32>& valueHash, const TreeProof& p) {
  return naive::verify(root, key, valueHash, p);
}

Hash32 keyWithPrefix(Byte fill, std::size_t lastByte, Byte last) {
  Hash32 k;
  k.fill(fill);
  k[lastByte] = last;
  return k;
}

Hash32 randomHash(std::mt19937_64& rng) {
  Hash32 h;
  for (auto& byte : h) byte = static_cast<Byte>(rng());
  return h;
}

// The tree under test over its own store, and the naive tree's leaves beside it.
struct TreeAndNaive {
  MemoryKv kv;
  StateTree tree{kv};
  Leaves naive;
};

std::size_t nodeCount(const MemoryKv& kv) {
  std::size_t n = 0;
  (void)forEachEntry(kv, Table::TreeNodes, [&](const KeyValue&) -> Result<bool> {
    ++n;
    return true;
  });
  return n;
}

}  // namespace

class TestStateTree : public QObject {
  Q_OBJECT

  // Applies `changes` to both trees and compares the roots.
  static void applyBoth(StateTree& tree, Leaves& naive, const std::vector<TreeChange>& changes) {
    WB_VERIFY_OK(tree.update(changes));
    for (const TreeChange& c : changes) {
      if (c.valueHash)
        naive[c.leafKey] = *c.valueHash;
      else
        naive.erase(c.leafKey);
    }
    QCOMPARE(tree.root().value(), naiveRoot(naive));
  }

private slots:
  void hashesFollowTheDesignText() {
    const Bytes key{1, 2, 3};
    Bytes tagged{static_cast<Byte>(Table::Orders), 1, 2, 3};
    QCOMPARE(treeLeafKey(Table::Orders, key), taggedHash("wb.smtkey", tagged));
    QCOMPARE(treeValueHash(key), taggedHash("wb.smtval", key));
    QVERIFY(isCommitted(Table::Accounts) && isCommitted(Table::Orders) && isCommitted(Table::Delegates) &&
            isCommitted(Table::Votes) && isCommitted(Table::Totals));
    QVERIFY(!isCommitted(Table::OrdersByParty) && !isCommitted(Table::Deadlines) &&
            !isCommitted(Table::DelegateNames) && !isCommitted(Table::TreeNodes));
  }

  void emptyTreeIsZero() {
    MemoryKv kv;
    QCOMPARE(StateTree(kv).root().value(), Hash32{});
    QCOMPARE(naiveRoot({}), Hash32{});
  }

  void oneLeafIsTheLeafHash() {
    TreeAndNaive trees;
    auto& [kv, tree, naive] = trees;
    const Hash32 key = keyWithPrefix(0x80, 31, 1), value = keyWithPrefix(7, 0, 7);
    applyBoth(tree, naive, {{key, value}});
    QCOMPARE(tree.root().value(), naiveLeaf(key, value));
    QCOMPARE(nodeCount(kv), std::size_t(0));
  }

  void twoLeavesSharingALongPrefixThenDeletionBackToOne() {
    TreeAndNaive trees;
    auto& [kv, tree, naive] = trees;
    // 254 equal bits: the keys part at the second-to-last bit.
    const Hash32 a = keyWithPrefix(0x5a, 31, 0x58), b = keyWithPrefix(0x5a, 31, 0x5a);
    const Hash32 va = keyWithPrefix(1, 0, 1), vb = keyWithPrefix(2, 0, 2);
    applyBoth(tree, naive, {{a, va}});
    applyBoth(tree, naive, {{b, vb}});
    QCOMPARE(nodeCount(kv), std::size_t(255));  // one node per shared level, down to the split
    applyBoth(tree, naive, {{b, std::nullopt}});
    QCOMPARE(tree.root().value(), naiveLeaf(a, va));
    QCOMPARE(nodeCount(kv), std::size_t(0));  // nothing left behind
    applyBoth(tree, naive, {{a, std::nullopt}});
    QCOMPARE(tree.root().value(), Hash32{});
  }

  void randomBatchesMatchTheNaiveTreeAndRestoreByteForByte() {
    std::mt19937_64 rng(17);
    TreeAndNaive trees;
    auto& [kv, tree, naive] = trees;
    std::vector<Hash32> keys;
    for (int i = 0; i < 400; ++i) keys.push_back(randomHash(rng));
    for (int round = 0; round < 30; ++round) {
      std::vector<TreeChange> batch;
      for (int i = 0; i < 25; ++i) {
        const Hash32& key = keys[rng() % keys.size()];
        batch.push_back({key, rng() % 4 == 0 ? std::nullopt : std::optional(randomHash(rng))});
      }
      applyBoth(tree, naive, batch);
    }
    QVERIFY(naive.size() > 100);
    // The tree tables are a function of the leaves alone.
    MemoryKv fresh;
    std::vector<TreeChange> all;
    for (const auto& [k, v] : naive) all.push_back({k, v});
    WB_VERIFY_OK(StateTree(fresh).update(all));
    QCOMPARE(dumpState(fresh).value().entries, dumpState(kv).value().entries);
  }

  void proofsOfMembershipAndAbsenceVerify() {
    std::mt19937_64 rng(4);
    TreeAndNaive trees;
    auto& [kv, tree, naive] = trees;
    std::vector<TreeChange> batch;
    for (int i = 0; i < 200; ++i) batch.push_back({randomHash(rng), randomHash(rng)});
    // A neighbour sharing 255 bits with an absent key, so its path ends in that leaf.
    const Hash32 lonely = keyWithPrefix(0xee, 31, 0xe0), absentNeighbour = keyWithPrefix(0xee, 31, 0xe1);
    batch.push_back({lonely, randomHash(rng)});
    applyBoth(tree, naive, batch);
    const Hash32 root = tree.root().value();

    for (const auto& [key, value] : naive) {
      auto proof = tree.prove(key);
      WB_VERIFY_OK(proof);
      QCOMPARE(proof->end, ProofEnd::Leaf);
      QVERIFY(naiveVerify(root, key, value, *proof));
      QCOMPARE(foldTreeProof(key, value, *proof), std::optional(root));
      QVERIFY(!naiveVerify(root, key, randomHash(rng), *proof));  // another value does not pass
      QVERIFY(!naiveVerify(root, key, std::nullopt, *proof));
    }
    std::map<ProofEnd, int> ends;
    std::vector<Hash32> absent{absentNeighbour};
    for (int i = 0; i < 200; ++i) absent.push_back(randomHash(rng));
    for (const Hash32& key : absent) {
      auto proof = tree.prove(key);
      WB_VERIFY_OK(proof);
      QVERIFY(proof->end != ProofEnd::Leaf);
      ++ends[proof->end];
      QVERIFY(naiveVerify(root, key, std::nullopt, *proof));
      QCOMPARE(foldTreeProof(key, std::nullopt, *proof), std::optional(root));
    }
    QVERIFY(ends[ProofEnd::Empty] > 0);
    QVERIFY(ends[ProofEnd::OtherLeaf] > 0);
    auto neighbour = tree.prove(absentNeighbour).value();
    QCOMPARE(neighbour.end, ProofEnd::OtherLeaf);
    QCOMPARE(neighbour.otherLeafKey, lonely);
  }

  void emptyAndSingleTreesProve() {
    MemoryKv kv;
    StateTree tree(kv);
    const Hash32 key = keyWithPrefix(3, 0, 3), other = keyWithPrefix(4, 0, 4), value = keyWithPrefix(9, 0, 9);
    auto none = tree.prove(key).value();
    QCOMPARE(none.end, ProofEnd::Empty);
    QVERIFY(none.siblings.empty());
    QVERIFY(naiveVerify(Hash32{}, key, std::nullopt, none));
    WB_VERIFY_OK(tree.update({{other, value}}));
    auto single = tree.prove(key).value();
    QCOMPARE(single.end, ProofEnd::OtherLeaf);
    QVERIFY(naiveVerify(tree.root().value(), key, std::nullopt, single));
  }

  void genesisRootCommitsToTheGenesisRecords() {
    ChainParams params = devParams(ConsensusKind::Pow);
    GenesisState genesis;
    genesis.allocations.push_back({AccountKey{keyWithPrefix(1, 0, 1)}, 5 * kCoin, 0});
    genesis.allocations.push_back({AccountKey{keyWithPrefix(2, 0, 2)}, 7 * kCoin, 3 * kCoin});
    MemoryKv state;
    WB_VERIFY_OK(writeGenesisState(params, genesis, state));
    const Leaves expected = naive::leavesOf(state).value();
    QCOMPARE(expected.size(), std::size_t(3));  // two accounts and the totals
    QCOMPARE(genesisStateRoot(params, genesis).value(), naiveRoot(expected));
    genesis.allocations[0].balance += 1;
    QVERIFY(genesisStateRoot(params, genesis).value() != naiveRoot(expected));
  }
};

QTEST_GUILESS_MAIN(TestStateTree)
#include "test_state_tree.moc"
