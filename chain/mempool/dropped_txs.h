// Why the mempool let go of a transaction it had accepted (DESIGN §7: a txid we
// returned is mined, or tx_status says why it was dropped). Remembers the most
// recent drops only; an old enough drop is "unknown" again.
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <optional>
#include <string_view>

#include "chain/core/bytes.h"

namespace wb {

enum class DropReason : std::uint8_t {
  Conflict,  // the chain took its nonce or its funds, or an order moved on
  Expired,   // waited too long behind a nonce gap
  Evicted,   // pushed out by higher fee rates when the pool was full
};

// "conflict", "expired", "evicted": the names tx_status uses.
std::string_view dropReasonName(DropReason reason);

class DroppedTxs {
public:
  explicit DroppedTxs(std::size_t capacity = 100'000) : capacity_(capacity) {}

  // Remembers (or updates) why `txid` was dropped, forgetting the oldest drop when full.
  void record(const Hash32& txid, DropReason reason);
  // The transaction is back (accepted again): no longer dropped.
  void forget(const Hash32& txid);
  std::optional<DropReason> find(const Hash32& txid) const;
  std::size_t size() const { return reasons_.size(); }

private:
  std::size_t capacity_;
  std::map<Hash32, DropReason> reasons_;
  std::deque<Hash32> order_;  // oldest first; may hold forgotten ids, skipped when trimming
};

}  // namespace wb
