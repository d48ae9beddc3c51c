#include "chain/state/memory_kv.h"

namespace wb::state {
namespace {

Bytes toBytes(ByteView view) { return Bytes(view.begin(), view.end()); }

}  // namespace

std::string_view tableName(Table table) {
  switch (table) {
    case Table::Accounts:
      return "accounts";
    case Table::Orders:
      return "orders";
    case Table::OrdersByParty:
      return "orders_by_party";
    case Table::Deadlines:
      return "deadlines";
    case Table::Delegates:
      return "delegates";
    case Table::DelegateNames:
      return "delegate_names";
    case Table::Votes:
      return "votes";
    case Table::Totals:
      return "totals";
    case Table::TreeLeaves:
      return "tree_leaves";
    case Table::TreeNodes:
      return "tree_nodes";
  }
  return "unknown";
}

Result<std::optional<Bytes>> MemoryKv::get(Table table, ByteView key) const {
  const Changes& changes = tables_[static_cast<std::size_t>(table)];
  if (auto it = changes.find(toBytes(key)); it != changes.end()) return it->second;
  if (base_ == nullptr) return std::optional<Bytes>();
  return base_->get(table, key);
}

// Both directions merge this overlay's changes with the base: the nearest key
// wins, an erased key here hides the base's entry and the search goes on past it.
Result<std::optional<KeyValue>> MemoryKv::lowerBound(Table table, ByteView key) const {
  const Changes& changes = tables_[static_cast<std::size_t>(table)];
  Bytes cursor = toBytes(key);
  for (;;) {
    std::optional<KeyValue> fromBase;
    if (base_ != nullptr) {
      WB_TRY_ASSIGN(found, base_->lowerBound(table, cursor));
      fromBase = std::move(*found);
    }
    auto mine = changes.lower_bound(cursor);
    if (mine != changes.end() && (!fromBase || mine->first <= fromBase->first)) {
      if (mine->second) return std::optional<KeyValue>(KeyValue{mine->first, *mine->second});
      // Erased here: continue just after it.
      cursor = mine->first;
      cursor.push_back(0);
      continue;
    }
    return fromBase;
  }
}

Result<std::optional<KeyValue>> MemoryKv::before(Table table, ByteView key) const {
  const Changes& changes = tables_[static_cast<std::size_t>(table)];
  Bytes cursor = toBytes(key);
  for (;;) {
    std::optional<KeyValue> fromBase;
    if (base_ != nullptr) {
      WB_TRY_ASSIGN(found, base_->before(table, cursor));
      fromBase = std::move(*found);
    }
    std::optional<Changes::const_iterator> mine;
    auto it = cursor.empty() ? changes.end() : changes.lower_bound(cursor);
    if (it != changes.begin()) mine = std::prev(it);
    if (mine && (!fromBase || (*mine)->first >= fromBase->first)) {
      if ((*mine)->second) return std::optional<KeyValue>(KeyValue{(*mine)->first, *(*mine)->second});
      cursor = (*mine)->first;  // erased here: continue strictly before it
      if (cursor.empty()) return std::optional<KeyValue>();
      continue;
    }
    return fromBase;
  }
}

Status MemoryKv::put(Table table, ByteView key, ByteView value) {
  tables_[static_cast<std::size_t>(table)][toBytes(key)] = toBytes(value);
  return {};
}

Status MemoryKv::erase(Table table, ByteView key) {
  Changes& changes = tables_[static_cast<std::size_t>(table)];
  if (base_ == nullptr) {
    changes.erase(toBytes(key));
  } else {
    changes[toBytes(key)] = std::nullopt;
  }
  return {};
}

Status MemoryKv::applyTo(KvStore& target) const {
  for (std::size_t t = 0; t < kTableCount; ++t) {
    const auto table = static_cast<Table>(t);
    for (const auto& [key, value] : tables_[t]) {
      WB_TRY(value ? target.put(table, key, *value) : target.erase(table, key));
    }
  }
  return {};
}

void MemoryKv::clear() {
  for (auto& changes : tables_) changes.clear();
}

std::size_t MemoryKv::changeCount() const {
  std::size_t n = 0;
  for (const auto& changes : tables_) n += changes.size();
  return n;
}

}  // namespace wb::state
