#include "chain/state/state_tree.h"

#include <algorithm>

#include "chain/core/hash.h"
#include "chain/state/state_errc.h"

namespace wb::state {
namespace {

constexpr unsigned kKeyBits = 256;
constexpr std::size_t kNodeValueBytes = 65;

// The stored key of the node at `depth` on `path` (bits past depth are zero).
Bytes nodeKey(unsigned depth, const Hash32& path) {
  Bytes key;
  key.reserve(1 + (depth + 7) / 8);
  key.push_back(static_cast<Byte>(depth));
  key.insert(key.end(), path.begin(), path.begin() + (depth + 7) / 8);
  return key;
}

Hash32 withBit(Hash32 path, unsigned depth) {
  path[depth / 8] |= static_cast<Byte>(0x80 >> (depth % 8));
  return path;
}

// True when the first `depth` bits of `key` are those of `path`.
bool onPath(ByteView key, unsigned depth, const Hash32& path) {
  if (key.size() != 32) return false;
  const unsigned whole = depth / 8;
  if (!std::equal(path.begin(), path.begin() + whole, key.begin())) return false;
  if (depth % 8 == 0) return true;
  const auto mask = static_cast<Byte>(0xff << (8 - depth % 8));
  return (key[whole] & mask) == (path[whole] & mask);
}

Hash32 toHash(ByteView bytes) {
  Hash32 out{};
  std::copy(bytes.begin(), bytes.end(), out.begin());
  return out;
}

Error damaged(const std::string& what) { return fail(StateErrc::Corrupt, "the state tree is damaged: " + what); }

}  // namespace

bool isCommitted(Table table) {
  switch (table) {
    case Table::Accounts:
    case Table::Orders:
    case Table::Delegates:
    case Table::Votes:
    case Table::Totals:
      return true;
    default:
      return false;
  }
}

Hash32 treeLeafKey(Table table, ByteView key) {
  const Byte t = static_cast<Byte>(table);
  return TaggedHasher(tag::kSmtKey).update(ByteView(&t, 1)).update(key).final();
}

Hash32 treeValueHash(ByteView value) { return taggedHash(tag::kSmtValue, value); }

Hash32 treeLeafHash(const Hash32& leafKey, const Hash32& valueHash) {
  return TaggedHasher(tag::kSmtLeaf).update(leafKey).update(valueHash).final();
}

Hash32 treeNodeHash(const Hash32& left, const Hash32& right) {
  return TaggedHasher(tag::kSmtNode).update(left).update(right).final();
}

std::optional<Hash32> foldTreeProof(const Hash32& leafKey, const std::optional<Hash32>& valueHash,
                                    const TreeProof& proof) {
  const std::size_t depth = proof.siblings.size();
  if (depth > kKeyBits) return std::nullopt;
  Hash32 node{};
  switch (proof.end) {
    case ProofEnd::Leaf:
      if (!valueHash) return std::nullopt;
      node = treeLeafHash(leafKey, *valueHash);
      break;
    case ProofEnd::Empty:
      if (valueHash) return std::nullopt;
      break;
    case ProofEnd::OtherLeaf:
      // Another leaf may only end the path where it shares the path's bits.
      if (valueHash || proof.otherLeafKey == leafKey ||
          !onPath(proof.otherLeafKey, static_cast<unsigned>(depth), leafKey)) {
        return std::nullopt;
      }
      node = treeLeafHash(proof.otherLeafKey, proof.otherValueHash);
      break;
    default:
      return std::nullopt;
  }
  for (std::size_t d = depth; d-- > 0;) {
    node = treeBit(leafKey, static_cast<unsigned>(d)) ? treeNodeHash(proof.siblings[d], node)
                                                      : treeNodeHash(node, proof.siblings[d]);
  }
  return node;
}

Result<std::optional<StateTree::Node>> StateTree::node(unsigned depth, const Hash32& path) const {
  if (depth >= kKeyBits) return std::optional<Node>();
  WB_TRY_ASSIGN(raw, reader_.get(Table::TreeNodes, nodeKey(depth, path)));
  if (!*raw) return std::optional<Node>();
  const Bytes& v = **raw;
  const Byte kinds = v.size() == kNodeValueBytes ? v[64] : 0xff;
  if (v.size() != kNodeValueBytes || (kinds & 3) > 2 || (kinds >> 2) > 2) {
    return damaged("a node at depth " + std::to_string(depth) + " is malformed");
  }
  Node n;
  for (int b = 0; b < 2; ++b) {
    n.child[b].kind = static_cast<Kind>((kinds >> (2 * b)) & 3);
    n.child[b].hash = toHash(ByteView(v).subspan(32 * b, 32));
  }
  return std::optional<Node>(n);
}

Result<StateTree::LeafScan> StateTree::fromLeaves(unsigned depth, const Hash32& path) const {
  LeafScan scan;
  WB_TRY_ASSIGN(first, reader_.lowerBound(Table::TreeLeaves, path));
  if (!*first || !onPath((*first)->first, depth, path)) return scan;
  if ((*first)->second.size() != 32) return damaged("a leaf is malformed");
  scan.count = 1;
  scan.leafKey = toHash((*first)->first);
  scan.valueHash = toHash((*first)->second);
  scan.subtree = {Kind::Single, treeLeafHash(scan.leafKey, scan.valueHash)};
  Bytes after((*first)->first.begin(), (*first)->first.end());
  after.push_back(0);  // the smallest key greater than the first leaf's
  WB_TRY_ASSIGN(second, reader_.lowerBound(Table::TreeLeaves, after));
  if (*second && onPath((*second)->first, depth, path)) scan.count = 2;
  return scan;
}

Result<Hash32> StateTree::root() const {
  const Hash32 top{};
  WB_TRY_ASSIGN(n, node(0, top));
  if (*n) return treeNodeHash((*n)->child[0].hash, (*n)->child[1].hash);
  WB_TRY_ASSIGN(scan, fromLeaves(0, top));
  if (scan->count > 1) return damaged("the root node is missing");
  return scan->subtree.hash;
}

Result<StateTree::Subtree> StateTree::rebuild(unsigned depth, const Hash32& path, ChangeIt first, ChangeIt last) {
  WB_TRY_ASSIGN(stored, node(depth, path));
  Subtree child[2];
  if (*stored) {
    child[0] = (*stored)->child[0];
    child[1] = (*stored)->child[1];
  } else {
    // At most one leaf here before: count what there is now.
    WB_TRY_ASSIGN(scan, fromLeaves(depth, path));
    if (scan->count < 2) return scan->subtree;
  }
  const auto split = std::partition_point(first, last, [&](const TreeChange& c) { return !treeBit(c.leafKey, depth); });
  const Hash32 childPath[2] = {path, withBit(path, depth)};
  const std::pair<ChangeIt, ChangeIt> ranges[2] = {{first, split}, {split, last}};
  for (int b = 0; b < 2; ++b) {
    if (ranges[b].first != ranges[b].second) {
      WB_TRY_ASSIGN(rebuilt, rebuild(depth + 1, childPath[b], ranges[b].first, ranges[b].second));
      child[b] = *rebuilt;
    } else if (!*stored) {
      WB_TRY_ASSIGN(scan, fromLeaves(depth + 1, childPath[b]));
      child[b] = scan->subtree;
    }
  }

  const bool collapses = (child[0].kind == Kind::Empty && child[1].kind != Kind::Multi) ||
                         (child[1].kind == Kind::Empty && child[0].kind != Kind::Multi);
  if (collapses) {
    if (*stored) WB_TRY(kv_.erase(Table::TreeNodes, nodeKey(depth, path)));
    return child[0].kind == Kind::Empty ? child[1] : child[0];
  }
  Bytes value;
  value.reserve(kNodeValueBytes);
  value.insert(value.end(), child[0].hash.begin(), child[0].hash.end());
  value.insert(value.end(), child[1].hash.begin(), child[1].hash.end());
  value.push_back(static_cast<Byte>(static_cast<Byte>(child[0].kind) | (static_cast<Byte>(child[1].kind) << 2)));
  WB_TRY(kv_.put(Table::TreeNodes, nodeKey(depth, path), value));
  return Subtree{Kind::Multi, treeNodeHash(child[0].hash, child[1].hash)};
}

Status StateTree::update(std::vector<TreeChange> changes) {
  std::stable_sort(changes.begin(), changes.end(),
                   [](const TreeChange& a, const TreeChange& b) { return a.leafKey < b.leafKey; });
  // The last change of each key wins; changes that change nothing go.
  std::vector<TreeChange> effective;
  effective.reserve(changes.size());
  for (std::size_t i = 0; i < changes.size(); ++i) {
    if (i + 1 < changes.size() && changes[i + 1].leafKey == changes[i].leafKey) continue;
    const TreeChange& c = changes[i];
    WB_TRY_ASSIGN(current, reader_.get(Table::TreeLeaves, c.leafKey));
    const bool same =
        c.valueHash ? (*current && ByteView(**current).size() == 32 && toHash(**current) == *c.valueHash) : !*current;
    if (same) continue;
    WB_TRY(c.valueHash ? kv_.put(Table::TreeLeaves, c.leafKey, *c.valueHash) : kv_.erase(Table::TreeLeaves, c.leafKey));
    effective.push_back(c);
  }
  if (effective.empty()) return {};
  WB_TRY_ASSIGN(top, rebuild(0, Hash32{}, effective.cbegin(), effective.cend()));
  return {};
}

Status StateTree::updateFor(const UndoLog& log, const KvReader& current) {
  std::vector<TreeChange> changes;
  changes.reserve(log.entries.size());
  for (const UndoEntry& e : log.entries) {
    if (!isCommitted(e.table)) continue;
    WB_TRY_ASSIGN(value, current.get(e.table, e.key));
    changes.push_back({treeLeafKey(e.table, e.key), *value ? std::optional(treeValueHash(**value)) : std::nullopt});
  }
  return update(std::move(changes));
}

Result<TreeProof> StateTree::prove(const Hash32& leafKey) const {
  TreeProof proof;
  Hash32 path{};
  for (unsigned depth = 0;; ++depth) {
    WB_TRY_ASSIGN(n, node(depth, path));
    if (!*n) {
      WB_TRY_ASSIGN(scan, fromLeaves(depth, path));
      if (scan->count > 1) return damaged("a node at depth " + std::to_string(depth) + " is missing");
      if (scan->count == 0) {
        proof.end = ProofEnd::Empty;
      } else if (scan->leafKey == leafKey) {
        proof.end = ProofEnd::Leaf;
      } else {
        proof.end = ProofEnd::OtherLeaf;
        proof.otherLeafKey = scan->leafKey;
        proof.otherValueHash = scan->valueHash;
      }
      return proof;
    }
    const bool bit = treeBit(leafKey, depth);
    proof.siblings.push_back((*n)->child[bit ? 0 : 1].hash);
    if (bit) path = withBit(path, depth);
    if ((*n)->child[bit ? 1 : 0].kind == Kind::Empty) {
      proof.end = ProofEnd::Empty;
      return proof;
    }
  }
}

}  // namespace wb::state
