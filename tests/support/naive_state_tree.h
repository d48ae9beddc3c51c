// A second, naive implementation of the state tree (DESIGN §11), written from the
// design text for tests to check chain/state/state_tree.h against: every leaf in
// a map, every hash recomputed from scratch, proofs folded directly.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "chain/core/hash.h"
#include "chain/state/audit.h"
#include "chain/state/state_tree.h"

namespace wb::testsupport::naive {

using Leaves = std::map<Hash32, Hash32>;  // leafkey → value hash

inline Hash32 hashPair(std::string_view tagText, const Hash32& a, const Hash32& b) {
  Bytes joined(a.begin(), a.end());
  joined.insert(joined.end(), b.begin(), b.end());
  return taggedHash(tagText, joined);
}
inline Hash32 leafHash(const Hash32& key, const Hash32& valueHash) { return hashPair("wb.smtleaf", key, valueHash); }
inline bool bitOf(const Hash32& key, std::size_t d) { return (key[d / 8] >> (7 - d % 8)) & 1; }

inline Hash32 subtree(const std::vector<std::pair<Hash32, Hash32>>& leaves, std::size_t depth) {
  if (leaves.empty()) return Hash32{};
  if (leaves.size() == 1) return leafHash(leaves[0].first, leaves[0].second);
  std::vector<std::pair<Hash32, Hash32>> side[2];
  for (const auto& l : leaves) side[bitOf(l.first, depth)].push_back(l);
  return hashPair("wb.smtnode", subtree(side[0], depth + 1), subtree(side[1], depth + 1));
}
inline Hash32 root(const Leaves& leaves) { return subtree({leaves.begin(), leaves.end()}, 0); }

inline Hash32 leafKey(std::uint8_t table, ByteView key) {
  Bytes tagged{table};
  tagged.insert(tagged.end(), key.begin(), key.end());
  return taggedHash("wb.smtkey", tagged);
}

// The leaves of every record of the committed tables (0, 1, 4, 6, 7) in `state`.
inline Result<Leaves> leavesOf(const state::KvReader& state) {
  Leaves leaves;
  for (std::uint8_t t : {0, 1, 4, 6, 7}) {
    WB_TRY(state::forEachEntry(state, static_cast<state::Table>(t), [&](const state::KeyValue& kv) -> Result<bool> {
      leaves[leafKey(t, kv.first)] = taggedHash("wb.smtval", kv.second);
      return true;
    }));
  }
  return leaves;
}

// Folds a proof for `key` (present with `valueHash`, or absent) and compares with `expectedRoot`.
inline bool verify(const Hash32& expectedRoot, const Hash32& key, const std::optional<Hash32>& valueHash,
                   const state::TreeProof& p) {
  Hash32 node{};
  if (p.end == state::ProofEnd::Leaf) {
    if (!valueHash) return false;
    node = leafHash(key, *valueHash);
  } else if (p.end == state::ProofEnd::OtherLeaf) {
    if (valueHash || p.otherLeafKey == key) return false;
    for (std::size_t d = 0; d < p.siblings.size(); ++d) {
      if (bitOf(p.otherLeafKey, d) != bitOf(key, d)) return false;
    }
    node = leafHash(p.otherLeafKey, p.otherValueHash);
  } else if (valueHash) {
    return false;
  }
  for (std::size_t d = p.siblings.size(); d-- > 0;) {
    node = bitOf(key, d) ? hashPair("wb.smtnode", p.siblings[d], node) : hashPair("wb.smtnode", node, p.siblings[d]);
  }
  return node == expectedRoot;
}

}  // namespace wb::testsupport::naive
