#include "chain/net/address_book.h"

#include <algorithm>

namespace wb::net {

bool AddressBook::add(const HostPort& endpoint) {
  if (!isDialable(endpoint)) return false;
  const HostPort canonical{canonicalAddress(endpoint.host), endpoint.port};
  if (!keys_.insert(keyOf(canonical)).second) return false;
  order_.push_back(canonical);
  if (order_.size() > capacity_) {
    keys_.erase(keyOf(order_.front()));
    order_.pop_front();
  }
  return true;
}

void AddressBook::remove(const HostPort& endpoint) {
  if (keys_.erase(keyOf(endpoint)) == 0) return;
  const Key key = keyOf(endpoint);
  order_.erase(std::find_if(order_.begin(), order_.end(), [&](const HostPort& e) { return keyOf(e) == key; }));
}

bool AddressBook::contains(const HostPort& endpoint) const { return keys_.count(keyOf(endpoint)) != 0; }

std::vector<HostPort> AddressBook::newest(std::size_t limit) const {
  std::vector<HostPort> out;
  for (auto it = order_.rbegin(); it != order_.rend() && out.size() < limit; ++it) out.push_back(*it);
  return out;
}

}  // namespace wb::net
