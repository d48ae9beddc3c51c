// LightSync's delegate key requests (DESIGN §11): which delegates exist is a
// peer's word; LightNode proves each one and the totals that count them, so a
// peer leaving one out (or adding one) is found out.
#include <utility>

#include "chain/light/light_sync.h"
#include "chain/net/net_errc.h"

namespace wb::light {

void LightSync::requestDelegateKeys(DelegateKeysCallback done) {
  // A peer already asked answers this caller too.
  for (auto& [id, request] : delegateKeys_) {
    request.callbacks.push_back(std::move(done));
    return;
  }
  // Otherwise the caller waits for a peer that can be asked: none may be ready
  // yet (a node just started), or all may be over their budget.
  if (delegateKeysWaiting_.empty()) delegateKeysWaitingDeadlineMs_ = uptime_.elapsed() + config_.proofTimeoutMs;
  delegateKeysWaiting_.push_back(std::move(done));
  askForDelegateKeys();
}

void LightSync::askForDelegateKeys() {
  if (delegateKeysWaiting_.empty()) return;
  const qint64 now = uptime_.elapsed();
  for (Slot& slot : slots_) {
    if (!slot.peer || !slot.peer->ready() || !slot.proofBudget.take(now)) continue;
    DelegateKeysRequest& request = delegateKeys_[slot.peer->id()];
    for (DelegateKeysCallback& callback : delegateKeysWaiting_) request.callbacks.push_back(std::move(callback));
    delegateKeysWaiting_.clear();
    request.deadlineMs = now + config_.proofTimeoutMs;
    slot.peer->send(net::GetDelegateKeysMsg{});
    return;
  }
}

void LightSync::onDelegateKeys(net::Peer& peer, const net::DelegateKeysMsg& message) {
  if (!delegateKeys_.contains(peer.id())) return;  // unasked: ignored
  finishDelegateKeys(peer.id(), DelegateKeys{message.keys, peer.id()});
}

void LightSync::finishDelegateKeys(net::PeerId id, const Result<DelegateKeys>& result) {
  auto found = delegateKeys_.find(id);
  if (found == delegateKeys_.end()) return;
  std::vector<DelegateKeysCallback> callbacks = std::move(found->second.callbacks);
  delegateKeys_.erase(found);
  for (const DelegateKeysCallback& callback : callbacks) callback(result);
}

void LightSync::delegateKeysOnTick(qint64 now) {
  askForDelegateKeys();
  if (!delegateKeysWaiting_.empty() && delegateKeysWaitingDeadlineMs_ <= now) {
    const std::vector<DelegateKeysCallback> callbacks = std::exchange(delegateKeysWaiting_, {});
    for (const DelegateKeysCallback& callback : callbacks) {
      callback(fail(NetErrc::SocketError, "no full peer could be asked for the delegates in time"));
    }
  }
  std::vector<net::PeerId> expired;
  for (const auto& [id, request] : delegateKeys_) {
    if (request.deadlineMs <= now) expired.push_back(id);
  }
  for (net::PeerId id : expired) {
    finishDelegateKeys(id, fail(NetErrc::SocketError, "the full peer asked for the delegates did not answer in time"));
  }
}

}  // namespace wb::light
