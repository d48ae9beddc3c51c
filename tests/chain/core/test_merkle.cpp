#include <QtTest>
#include <vector>

#include "chain/core/hash.h"
#include "chain/core/merkle.h"
#include "chain/core/secure_bytes.h"

using namespace wb;

namespace {

// Inner node composed by hand from the DESIGN definition, independently of merkleParent.
Hash32 node(const Hash32& left, const Hash32& right) {
  Bytes both(left.begin(), left.end());
  both.insert(both.end(), right.begin(), right.end());
  return taggedHash(tag::kMerkle, both);
}

// Distinct leaves, as a block's wtx hashes would be.
std::vector<Hash32> leaves(std::size_t n) {
  std::vector<Hash32> out;
  for (std::size_t i = 0; i < n; ++i) {
    const Byte seed[1] = {static_cast<Byte>(i)};
    out.push_back(taggedHash(tag::kWtx, seed));
  }
  return out;
}

}  // namespace

class TestMerkle : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void emptyIsZero() { QCOMPARE(merkleRoot({}), Hash32{}); }

  void oneLeafIsItsOwnRoot() {
    const auto l = leaves(1);
    QCOMPARE(merkleRoot(l), l[0]);
  }

  void twoLeaves() {
    const auto l = leaves(2);
    QCOMPARE(merkleRoot(l), node(l[0], l[1]));
    QCOMPARE(merkleParent(l[0], l[1]), node(l[0], l[1]));
  }

  void threeLeavesCarryTheOddOneUp() {
    const auto l = leaves(3);
    QCOMPARE(merkleRoot(l), node(node(l[0], l[1]), l[2]));
  }

  void fiveLeaves() {
    const auto l = leaves(5);
    QCOMPARE(merkleRoot(l), node(node(node(l[0], l[1]), node(l[2], l[3])), l[4]));
  }

  void sixAndSevenLeaves() {
    auto l = leaves(7);
    const Hash32 ab = node(l[0], l[1]), cd = node(l[2], l[3]), ef = node(l[4], l[5]);
    QCOMPARE(merkleRoot(std::span(l).first(6)), node(node(ab, cd), ef));
    QCOMPARE(merkleRoot(l), node(node(ab, cd), node(ef, l[6])));
  }

  // Bitcoin's CVE-2012-2459: duplicating the last leaf must change the root.
  void repeatingTheLastLeafChangesTheRoot() {
    for (std::size_t n : {1, 3, 5, 7}) {
      auto l = leaves(n);
      const Hash32 root = merkleRoot(l);
      l.push_back(l.back());
      QVERIFY(merkleRoot(l) != root);
    }
  }

  void orderMatters() {
    auto l = leaves(4);
    const Hash32 root = merkleRoot(l);
    std::swap(l[1], l[2]);
    QVERIFY(merkleRoot(l) != root);
  }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "test_merkle.moc"
