// The state commitment (DESIGN §11): one sparse Merkle tree over the records the
// rules read (accounts, orders, delegates, votes, totals), keyed by
// leafkey = H("wb.smtkey", table ‖ key) and split by its bits, most significant
// first. An empty subtree hashes to 32 zero bytes, a subtree with one leaf to that
// leaf, any other to H("wb.smtnode", left ‖ right).
//
// The tree lives in two tables of the same KvStore as the state, so it moves
// with the state inside one LMDB write transaction (or one overlay):
//   TreeLeaves  leafkey → value hash, in leafkey order (finds a subtree's leaves);
//   TreeNodes   depth u8 ‖ the first ⌈depth/8⌉ bytes of the path (bits past depth
//               zero) → left 32 ‖ right 32 ‖ kinds u8, only for subtrees holding
//               two leaves or more.
// Both are a function of the set of leaves alone, so undoing a block's records and
// updating the tree for them restores the tree byte for byte.
#pragma once

#include <optional>
#include <vector>

#include "chain/state/kv_store.h"
#include "chain/state/undo_log.h"

namespace wb::state {

// True for the tables the tree commits to.
bool isCommitted(Table table);

// The hashes of DESIGN §11.
Hash32 treeLeafKey(Table table, ByteView key);
Hash32 treeValueHash(ByteView value);
Hash32 treeLeafHash(const Hash32& leafKey, const Hash32& valueHash);
Hash32 treeNodeHash(const Hash32& left, const Hash32& right);

// Bit `depth` (0 = most significant) of `key`.
inline bool treeBit(const Hash32& key, unsigned depth) { return (key[depth / 8] >> (7 - depth % 8)) & 1; }

// A leaf to set (valueHash) or remove (nullopt).
struct TreeChange {
  Hash32 leafKey{};
  std::optional<Hash32> valueHash;
};

// Where a key's path ends, for proofs.
enum class ProofEnd : std::uint8_t {
  Leaf = 0,       // in the key's own leaf: the key is present
  Empty = 1,      // in an empty subtree: the key is absent
  OtherLeaf = 2,  // in another key's leaf (otherLeafKey, otherValueHash): the key is absent
};

// A proof for one key against the root, without the record itself.
struct TreeProof {
  std::vector<Hash32> siblings;  // from the root's children down: depth 0 first
  ProofEnd end = ProofEnd::Empty;
  Hash32 otherLeafKey{};
  Hash32 otherValueHash{};
  bool operator==(const TreeProof&) const = default;
};

// Folds `proof` for `leafKey` (present with `valueHash`, or absent) up to a root
// as DESIGN §11 describes; nullopt when the proof's shape contradicts itself (a
// Leaf end without a value, another leaf with the same key, too many siblings).
std::optional<Hash32> foldTreeProof(const Hash32& leafKey, const std::optional<Hash32>& valueHash,
                                    const TreeProof& proof);

class StateTree {
public:
  // `kv` must outlive the tree.
  explicit StateTree(KvStore& kv) : kv_(kv), reader_(kv) {}

  // The root hash.
  [[nodiscard]] Result<Hash32> root() const;

  // Sets and removes leaves; recomputes only the nodes on their paths. A change
  // whose leaf already has that value is skipped. Changes may come in any order;
  // the last change of a key wins.
  [[nodiscard]] Status update(std::vector<TreeChange> changes);

  // Updates the tree for every committed record named in `log` (the keys a block
  // wrote, or the keys its undo restored), reading their values in `current`.
  [[nodiscard]] Status updateFor(const UndoLog& log, const KvReader& current);

  // The proof for `leafKey` against root().
  [[nodiscard]] Result<TreeProof> prove(const Hash32& leafKey) const;

private:
  enum class Kind : std::uint8_t { Empty = 0, Single = 1, Multi = 2 };
  struct Subtree {
    Kind kind = Kind::Empty;
    Hash32 hash{};
  };
  struct Node {
    Subtree child[2];
  };
  // What the leaves table says about a subtree with no stored node.
  struct LeafScan {
    int count = 0;  // 0, 1, or 2 for "two or more"
    Hash32 leafKey{};
    Hash32 valueHash{};
    Subtree subtree;  // when count < 2
  };
  using ChangeIt = std::vector<TreeChange>::const_iterator;

  // Recomputes the subtree at `depth` on `path` for the sorted changes [first, last).
  [[nodiscard]] Result<Subtree> rebuild(unsigned depth, const Hash32& path, ChangeIt first, ChangeIt last);
  [[nodiscard]] Result<LeafScan> fromLeaves(unsigned depth, const Hash32& path) const;
  [[nodiscard]] Result<std::optional<Node>> node(unsigned depth, const Hash32& path) const;

  KvStore& kv_;
  const KvReader& reader_;
};

}  // namespace wb::state
