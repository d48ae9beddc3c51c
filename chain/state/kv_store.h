// The ledger state as ordered key-value tables. The state machine reads and writes
// only through this interface, so the same rules run on LMDB (the node's store,
// inside one write transaction per block) and on in-memory overlays (mempool
// checks, block templates, undo recording).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

#include "chain/core/bytes.h"
#include "chain/core/error.h"

namespace wb::state {

// The state tables (DESIGN §5). Each maps to one LMDB named database.
enum class Table : std::uint8_t {
  Accounts = 0,       // account key → Account
  Orders = 1,         // order id → Order
  OrdersByParty = 2,  // party ‖ role ‖ created height ‖ id → (empty)
  Deadlines = 3,      // deadline ‖ kind ‖ id → (empty)
  Delegates = 4,      // delegate key → Delegate
  DelegateNames = 5,  // name → delegate key
  Votes = 6,          // voter key → list of delegate keys
  Totals = 7,         // "supply" → Totals
  // The state commitment's sparse Merkle tree (DESIGN §11, state_tree.h): derived
  // from the tables above, never read by the rules.
  TreeLeaves = 8,  // leafkey → H("wb.smtval", value)
  TreeNodes = 9,   // depth ‖ prefix → both children (subtrees of two leaves or more)
};
inline constexpr std::size_t kTableCount = 10;

// The LMDB database name of a table ("accounts", "orders"…).
std::string_view tableName(Table table);

using KeyValue = std::pair<Bytes, Bytes>;

// Read access. Errors come from the storage underneath (I/O, corruption).
class KvReader {
public:
  virtual ~KvReader() = default;

  // The value under `key`, or nullopt when absent.
  [[nodiscard]] virtual Result<std::optional<Bytes>> get(Table table, ByteView key) const = 0;

  // The first entry whose key is ≥ `key` (byte order), or nullopt past the end.
  [[nodiscard]] virtual Result<std::optional<KeyValue>> lowerBound(Table table, ByteView key) const = 0;

  // The last entry whose key is < `key`, or nullopt before the start. An empty
  // `key` means "past the end" (the table's last entry).
  [[nodiscard]] virtual Result<std::optional<KeyValue>> before(Table table, ByteView key) const = 0;
};

// Read and write access.
class KvStore : public KvReader {
public:
  // Sets `key` to `value`.
  [[nodiscard]] virtual Status put(Table table, ByteView key, ByteView value) = 0;
  // Removes `key`; removing an absent key is not an error.
  [[nodiscard]] virtual Status erase(Table table, ByteView key) = 0;
};

}  // namespace wb::state
