#include "chain/net/tx_requests.h"

#include <algorithm>

namespace wb::net {

void TxRequests::asked(const Hash32& txid, PeerId peer, std::int64_t nowMs) {
  auto it = entries_.find(txid);
  if (it == entries_.end()) {
    if (entries_.size() >= capacity_) return;
    it = entries_.emplace(txid, Entry{}).first;
  }
  it->second.askedOf = peer;
  it->second.deadline = nowMs + timeoutMs_;
}

void TxRequests::alsoAnnounced(const Hash32& txid, PeerId peer) {
  auto it = entries_.find(txid);
  if (it == entries_.end() || it->second.askedOf == peer) return;
  auto& next = it->second.next;
  if (next.size() < kMaxAnnouncers && std::find(next.begin(), next.end(), peer) == next.end()) next.push_back(peer);
}

void TxRequests::peerGone(PeerId peer) {
  for (auto& [txid, entry] : entries_) {
    std::erase(entry.next, peer);
    if (entry.askedOf == peer) entry.deadline = 0;
  }
}

std::vector<std::pair<PeerId, Hash32>> TxRequests::takeExpired(std::int64_t nowMs) {
  std::vector<std::pair<PeerId, Hash32>> out;
  for (auto it = entries_.begin(); it != entries_.end();) {
    Entry& entry = it->second;
    if (entry.deadline > nowMs) {
      ++it;
      continue;
    }
    if (entry.next.empty()) {
      it = entries_.erase(it);
      continue;
    }
    entry.askedOf = entry.next.front();
    entry.next.pop_front();
    entry.deadline = nowMs + timeoutMs_;
    out.emplace_back(entry.askedOf, it->first);
    ++it;
  }
  return out;
}

}  // namespace wb::net
