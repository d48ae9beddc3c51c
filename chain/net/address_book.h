// Endpoints of other nodes learnt from addr messages and handshakes, bounded:
// when full, the oldest entry makes room, so a peer flooding addr messages can
// neither grow memory nor pin its own entries forever.
#pragma once

#include <cstddef>
#include <deque>
#include <set>
#include <utility>
#include <vector>

#include "chain/address/net_address.h"

namespace wb::net {

class AddressBook {
public:
  explicit AddressBook(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Adds a dialable endpoint (isDialable); returns false for a duplicate or an unusable one.
  bool add(const HostPort& endpoint);
  void remove(const HostPort& endpoint);
  bool contains(const HostPort& endpoint) const;
  std::size_t size() const { return order_.size(); }

  // Up to `limit` entries, newest first.
  std::vector<HostPort> newest(std::size_t limit) const;

private:
  using Key = std::pair<QString, quint16>;
  static Key keyOf(const HostPort& endpoint) { return {addressKey(endpoint.host), endpoint.port}; }

  std::size_t capacity_;
  std::set<Key> keys_;
  std::deque<HostPort> order_;  // oldest first
};

}  // namespace wb::net
