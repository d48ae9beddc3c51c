// A bounded set of hashes that forgets the oldest first: what a peer is known to
// have (so announcements are not echoed back) and what we asked for recently.
// Ordered containers keep every operation O(log n) whatever hashes a peer sends.
#pragma once

#include <cstddef>
#include <deque>
#include <set>

#include "chain/core/bytes.h"

namespace wb::net {

class RecentHashes {
public:
  explicit RecentHashes(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Remembers `hash`, forgetting the oldest entry when full. Returns false if it was already there.
  bool insert(const Hash32& hash) {
    if (!set_.insert(hash).second) return false;
    order_.push_back(hash);
    if (order_.size() > capacity_) {
      set_.erase(order_.front());
      order_.pop_front();
    }
    return true;
  }
  bool contains(const Hash32& hash) const { return set_.count(hash) != 0; }
  std::size_t size() const { return set_.size(); }

private:
  std::size_t capacity_;
  std::set<Hash32> set_;
  std::deque<Hash32> order_;
};

}  // namespace wb::net
