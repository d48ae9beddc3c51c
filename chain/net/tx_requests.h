// Transactions asked of one peer and not received yet, with the other peers
// that announced them: a request not answered in time goes to the next
// announcer (a peer that announces and then never answers cannot stop a
// transaction from reaching us). Bounded: past `capacity` transactions in
// flight, new ones are not tracked (the first announcer is still asked).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <utility>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/net/peer.h"

namespace wb::net {

class TxRequests {
public:
  TxRequests(std::size_t capacity, std::int64_t timeoutMs) : capacity_(capacity), timeoutMs_(timeoutMs) {}

  // `txid` was just asked of `peer` at `nowMs`.
  void asked(const Hash32& txid, PeerId peer, std::int64_t nowMs);
  // `peer` announced `txid`, which is already asked of someone: it is the next to ask.
  void alsoAnnounced(const Hash32& txid, PeerId peer);
  // `txid` arrived (from anyone): nothing more to ask.
  void received(const Hash32& txid) { entries_.erase(txid); }
  // `peer` is gone: requests waiting on it are due at once, and it is nobody's next.
  void peerGone(PeerId peer);
  // The requests whose time ran out by `nowMs`, each paired with the announcer
  // to ask next (now in flight with it); those with nobody left are forgotten.
  std::vector<std::pair<PeerId, Hash32>> takeExpired(std::int64_t nowMs);
  std::size_t size() const { return entries_.size(); }

private:
  struct Entry {
    PeerId askedOf = 0;
    std::int64_t deadline = 0;
    std::deque<PeerId> next;  // other announcers, first come first asked
  };
  static constexpr std::size_t kMaxAnnouncers = 8;

  std::size_t capacity_;
  std::int64_t timeoutMs_;
  std::map<Hash32, Entry> entries_;
};

}  // namespace wb::net
