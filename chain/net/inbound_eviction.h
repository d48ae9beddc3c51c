// Which inbound peer makes room for a new connection when the inbound slots, or
// the slots of one address, are full (the idea of Bitcoin Core's eviction): a
// flood of idle sockets must not keep honest nodes out. Protected are peers that
// proved useful (blocks or transactions delivered lately, the lowest ping times)
// and the oldest peer of a few other addresses, so that one address cannot push
// out the rest; among the others, discouraged peers go first, then peers that
// have not finished their handshake, then the youngest connection of the
// address holding the most connections.
#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

#include "chain/net/peer.h"

namespace wb::net {

struct EvictionCandidate {
  PeerId id = 0;
  QString address;                 // addressKey of its host
  bool discouraged = false;        // the address misbehaved lately
  bool ready = false;              // handshake complete
  std::int64_t connectedMs = 0;    // when it connected (monotonic ms)
  std::int64_t lastUsefulMs = -1;  // when it last delivered a block or a transaction we wanted (-1: never)
  std::int64_t pingMs = -1;        // last ping round trip (-1: none yet)
};

// How many peers each protection keeps out of reach.
struct EvictionProtection {
  std::size_t recentlyUseful = 4;
  std::size_t lowestPing = 4;
  std::size_t otherAddresses = 4;  // the oldest peer of each of this many addresses (the least crowded first)
};

// The peer to evict among `candidates` for a connection arriving from `arriving`
// (an addressKey), or nothing if every one is protected.
std::optional<PeerId> selectEvictionVictim(std::vector<EvictionCandidate> candidates, const QString& arriving,
                                           EvictionProtection protection = {});

}  // namespace wb::net
