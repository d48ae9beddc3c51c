// Addresses whose connections misbehaved lately (DESIGN §7, "discouragement"):
// unlike an operator's ban it refuses nothing outright. The node does not dial
// a discouraged address and evicts its inbound peers first when slots are full,
// but an honest node behind the same address (NAT, a shop's office) can still
// connect. Kept in memory only and bounded: when full, the entry that expires
// first makes room.
#pragma once

#include <QHostAddress>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <map>

#include "chain/net/ban_list.h"

namespace wb::net {

class Discouragement {
public:
  Discouragement(std::size_t capacity, UnixClock clock);

  // Discourages `address` for `seconds` from now (an existing entry is extended, never shortened).
  void add(const QHostAddress& address, std::int64_t seconds);
  bool contains(const QHostAddress& address) const;
  std::size_t size() const { return until_.size(); }

private:
  void dropExpired(std::int64_t now);

  std::size_t capacity_;
  UnixClock clock_;
  std::map<QString, std::int64_t> until_;  // addressKey → unix seconds
};

}  // namespace wb::net
