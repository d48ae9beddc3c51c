#include "chain/mempool/dropped_txs.h"

namespace wb {

std::string_view dropReasonName(DropReason reason) {
  switch (reason) {
    case DropReason::Conflict:
      return "conflict";
    case DropReason::Expired:
      return "expired";
    case DropReason::Evicted:
      return "evicted";
  }
  return "conflict";
}

void DroppedTxs::record(const Hash32& txid, DropReason reason) {
  auto [it, inserted] = reasons_.insert_or_assign(txid, reason);
  (void)it;
  if (inserted) order_.push_back(txid);
  while (reasons_.size() > capacity_ && !order_.empty()) {
    reasons_.erase(order_.front());
    order_.pop_front();
  }
  // Forgotten ids linger in order_; keep it from growing without bound.
  if (order_.size() > 2 * capacity_ + 16) {
    std::deque<Hash32> live;
    for (const Hash32& id : order_) {
      if (reasons_.count(id)) live.push_back(id);
    }
    order_ = std::move(live);
  }
}

void DroppedTxs::forget(const Hash32& txid) { reasons_.erase(txid); }

std::optional<DropReason> DroppedTxs::find(const Hash32& txid) const {
  auto it = reasons_.find(txid);
  if (it == reasons_.end()) return std::nullopt;
  return it->second;
}

}  // namespace wb
