#include "chain/net/inbound_eviction.h"

#include <algorithm>
#include <map>

namespace wb::net {
namespace {

// Removes up to `count` candidates ranked best by `better` among those `eligible` says may be protected.
template <typename Eligible, typename Better>
void protect(std::vector<EvictionCandidate>& candidates, std::size_t count, Eligible eligible, Better better) {
  std::vector<EvictionCandidate> ranked;
  std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(ranked), eligible);
  std::sort(ranked.begin(), ranked.end(), better);
  ranked.resize(std::min(ranked.size(), count));
  std::erase_if(candidates, [&](const EvictionCandidate& c) {
    return std::any_of(ranked.begin(), ranked.end(), [&](const EvictionCandidate& p) { return p.id == c.id; });
  });
}

bool connectedEarlier(const EvictionCandidate& a, const EvictionCandidate& b) {
  return a.connectedMs != b.connectedMs ? a.connectedMs < b.connectedMs : a.id < b.id;
}

// Protects the oldest peer of up to `count` addresses other than `arriving`, the least crowded first.
void protectOtherAddresses(std::vector<EvictionCandidate>& candidates, const QString& arriving, std::size_t count) {
  std::map<QString, std::vector<EvictionCandidate>> byAddress;
  for (const EvictionCandidate& c : candidates) {
    if (c.address != arriving && !c.discouraged) byAddress[c.address].push_back(c);
  }
  std::vector<std::pair<std::size_t, QString>> bySize;
  for (const auto& [address, group] : byAddress) bySize.emplace_back(group.size(), address);
  std::sort(bySize.begin(), bySize.end());
  bySize.resize(std::min(bySize.size(), count));
  for (const auto& [size, address] : bySize) {
    const auto& group = byAddress.at(address);
    const PeerId oldest = std::min_element(group.begin(), group.end(), connectedEarlier)->id;
    std::erase_if(candidates, [&](const EvictionCandidate& c) { return c.id == oldest; });
  }
}

}  // namespace

std::optional<PeerId> selectEvictionVictim(std::vector<EvictionCandidate> candidates, const QString& arriving,
                                           EvictionProtection protection) {
  protectOtherAddresses(candidates, arriving, protection.otherAddresses);
  // A discouraged peer earns no protection.
  protect(
      candidates, protection.recentlyUseful,
      [](const EvictionCandidate& c) { return !c.discouraged && c.lastUsefulMs >= 0; },
      [](const EvictionCandidate& a, const EvictionCandidate& b) { return a.lastUsefulMs > b.lastUsefulMs; });
  protect(
      candidates, protection.lowestPing,
      [](const EvictionCandidate& c) { return !c.discouraged && c.ready && c.pingMs >= 0; },
      [](const EvictionCandidate& a, const EvictionCandidate& b) { return a.pingMs < b.pingMs; });
  if (candidates.empty()) return std::nullopt;

  std::vector<EvictionCandidate> group;
  std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(group),
               [](const EvictionCandidate& c) { return c.discouraged; });
  if (group.empty()) {
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(group),
                 [](const EvictionCandidate& c) { return !c.ready; });
  }
  if (group.empty()) {
    std::map<QString, std::size_t> perAddress;
    for (const EvictionCandidate& c : candidates) ++perAddress[c.address];
    const auto crowded = std::max_element(perAddress.begin(), perAddress.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    std::copy_if(candidates.begin(), candidates.end(), std::back_inserter(group),
                 [&](const EvictionCandidate& c) { return c.address == crowded->first; });
  }
  return std::max_element(group.begin(), group.end(), connectedEarlier)->id;
}

}  // namespace wb::net
