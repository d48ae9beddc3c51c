#include "chain/store/range.h"

#include <algorithm>

#include "chain/core/core_errc.h"

namespace wb {

namespace {

bool startsWith(ByteView key, ByteView prefix) {
  return key.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), key.begin());
}

bool sameKey(ByteView a, ByteView b) { return std::equal(a.begin(), a.end(), b.begin(), b.end()); }

// The smallest key greater than every key that starts with `prefix`, or
// nullopt if there is none (empty or all-0xff prefix).
std::optional<Bytes> prefixSuccessor(ByteView prefix) {
  Bytes next(prefix.begin(), prefix.end());
  while (!next.empty() && next.back() == 0xff) next.pop_back();
  if (next.empty()) return std::nullopt;
  ++next.back();
  return next;
}

// Puts the cursor on the first entry of the scan.
CursorStep position(Cursor& cursor, const KeyRange& range) {
  const bool ascending = range.order == ScanOrder::Ascending;
  if (range.after.has_value()) {
    const Bytes& after = *range.after;
    auto atOrAfter = cursor.seek(after);
    if (!atOrAfter) return atOrAfter;
    if (ascending) {
      if (atOrAfter->has_value() && sameKey((*atOrAfter)->key, after)) return cursor.nextKey();
      return atOrAfter;
    }
    // The first entry >= after is past the end: step back once.
    return atOrAfter->has_value() ? cursor.prev() : cursor.last();
  }
  if (ascending) return range.prefix.empty() ? cursor.first() : cursor.seek(range.prefix);
  const auto beyond = prefixSuccessor(range.prefix);
  if (!beyond.has_value()) return cursor.last();
  auto atOrAfter = cursor.seek(*beyond);
  if (!atOrAfter) return atOrAfter;
  return atOrAfter->has_value() ? cursor.prev() : cursor.last();
}

}  // namespace

Result<std::size_t> scan(const Txn& txn, const Db& db, const KeyRange& range, const EntryVisitor& visit) {
  if (range.after.has_value() && !startsWith(*range.after, range.prefix)) {
    return fail(CoreErrc::BadStoreKey, "scanning database '" + db.name() + "': the resume key " + toHex(*range.after) +
                                           " does not start with the prefix " + toHex(range.prefix));
  }
  WB_TRY_ASSIGN(cursor, txn.cursor(db));
  const bool ascending = range.order == ScanOrder::Ascending;
  std::size_t visited = 0;
  for (auto step = position(*cursor, range);; step = ascending ? cursor->next() : cursor->prev()) {
    WB_TRY(step);
    if (!step->has_value() || !startsWith((*step)->key, range.prefix)) return visited;
    ++visited;
    WB_TRY_ASSIGN(wanted, visit(**step));
    if (*wanted == Visit::Stop) return visited;
  }
}

Result<Page> readPage(const Txn& txn, const Db& db, const KeyRange& range, std::size_t limit) {
  Page page;
  WB_TRY_ASSIGN(visited, scan(txn, db, range, [&](const Entry& entry) -> Result<Visit> {
                  if (page.records.size() == limit) {  // one entry past the page: there is more
                    page.more = true;
                    return Visit::Stop;
                  }
                  page.records.push_back(
                      Record{Bytes(entry.key.begin(), entry.key.end()), Bytes(entry.value.begin(), entry.value.end())});
                  return Visit::Continue;
                }));
  return page;
}

}  // namespace wb
