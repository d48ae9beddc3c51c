// Range scans over a database: every key with a prefix, in either direction,
// resumable after a given key — the building block for paged listings such as
// "this party's orders, newest first, 50 at a time".
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/store/cursor.h"
#include "chain/store/db.h"
#include "chain/store/txn.h"

namespace wb {

enum class ScanOrder { Ascending, Descending };

// Which entries a scan visits.
struct KeyRange {
  // Only keys that start with these bytes (empty: every key).
  Bytes prefix;
  // Resume strictly after this key in scan order (descending: only smaller
  // keys). It must start with `prefix`. For DupSort databases every value of
  // this key is skipped.
  std::optional<Bytes> after;
  ScanOrder order = ScanOrder::Ascending;
};

// What a visitor wants next.
enum class Visit { Continue, Stop };

// Called for each entry in order; its views are valid only during the call.
// An error stops the scan and is returned by scan().
using EntryVisitor = std::function<Result<Visit>(const Entry&)>;

// Visits the entries of `range` in `db` until the range ends or the visitor
// says Stop. Returns how many entries were visited. Fails with CoreErrc::BadStoreKey if
// `after` does not start with `prefix`.
[[nodiscard]] Result<std::size_t> scan(const Txn& txn, const Db& db, const KeyRange& range, const EntryVisitor& visit);

// A copied key/value pair, independent of any transaction.
struct Record {
  Bytes key;
  Bytes value;
};

// One page of a listing.
struct Page {
  std::vector<Record> records;
  // True when the range has entries past the last record: ask for the next
  // page with `after` = records.back().key.
  bool more = false;
};

// Up to `limit` records of `range`, copied.
[[nodiscard]] Result<Page> readPage(const Txn& txn, const Db& db, const KeyRange& range, std::size_t limit);

}  // namespace wb
