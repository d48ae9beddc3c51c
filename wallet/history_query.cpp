// History queries: paging newest first, filters and text search.
#include <algorithm>

#include "chain/core/bech32m.h"
#include "wallet/history.h"

namespace wb {

namespace {

// ASCII lower case only: addresses and hex are ASCII, and other scripts (e.g.
// Chinese item names) have no case to fold.
std::string lowerAscii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return out;
}

bool containsFolded(std::string_view haystack, const std::string& needle) {
  return lowerAscii(haystack).find(needle) != std::string::npos;
}

}  // namespace

bool History::matches(const HistoryEntry& entry, const HistoryQuery& query, const std::string& needle) const {
  if (query.account && entry.account != *query.account) return false;
  if (query.kind && entry.kind != *query.kind) return false;
  if (needle.empty()) return true;
  if (containsFolded(entry.memo, needle) || containsFolded(entry.item, needle)) return true;
  if (entry.noteText && containsFolded(*entry.noteText, needle)) return true;
  if (!isZero(entry.counterparty) && containsFolded(encodeAddress(params_.hrp, entry.counterparty), needle))
    return true;
  if (!isZero(entry.txid) && toHex(entry.txid).find(needle) != std::string::npos) return true;
  return entry.order && toHex(*entry.order).find(needle) != std::string::npos;
}

HistoryPage History::query(const HistoryQuery& query) const {
  HistoryPage page;
  const std::size_t limit = std::min(query.limit, kMaxHistoryPage);
  if (limit == 0) return page;
  const std::string needle = lowerAscii(query.text);
  auto end = entries_.end();
  if (query.before) {
    end = std::lower_bound(entries_.begin(), entries_.end(), *query.before,
                           [](const HistoryEntry& e, const HistoryCursor& c) { return e.position < c; });
  }
  for (auto it = end; it != entries_.begin();) {
    --it;
    if (!matches(*it, query, needle)) continue;
    page.entries.push_back(*it);
    if (page.entries.size() == limit) {
      page.next = it->position;
      break;
    }
  }
  return page;
}

}  // namespace wb
