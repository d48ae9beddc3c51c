#include "chain/net/discouragement.h"

#include <algorithm>

#include "chain/address/net_address.h"

namespace wb::net {

Discouragement::Discouragement(std::size_t capacity, UnixClock clock)
    : capacity_(std::max<std::size_t>(capacity, 1)), clock_(std::move(clock)) {}

void Discouragement::add(const QHostAddress& address, std::int64_t seconds) {
  const std::int64_t now = clock_();
  const std::int64_t until = now + std::max<std::int64_t>(seconds, 1);
  const QString key = addressKey(address);
  if (auto it = until_.find(key); it != until_.end()) {
    it->second = std::max(it->second, until);
    return;
  }
  if (until_.size() >= capacity_) dropExpired(now);
  if (until_.size() >= capacity_) {
    until_.erase(std::min_element(until_.begin(), until_.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; }));
  }
  until_.emplace(key, until);
}

bool Discouragement::contains(const QHostAddress& address) const {
  const auto it = until_.find(addressKey(address));
  return it != until_.end() && clock_() < it->second;
}

void Discouragement::dropExpired(std::int64_t now) {
  std::erase_if(until_, [now](const auto& entry) { return entry.second <= now; });
}

}  // namespace wb::net
