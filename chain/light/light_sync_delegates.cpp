// LightSync's delegate key requests (DESIGN §11): which delegates exist is a
// peer's word; LightNode proves each one and the totals that count them, so a
// peer leaving one out (or adding one) is found out.
#include "chain/light/light_sync.h"

namespace wb::light {

void LightSync::requestDelegateKeys(DelegateKeysCallback done) {
  const qint64 now = uptime_.elapsed();
  // A peer already asked answers this caller too.
  for (auto& [id, request] : delegateKeys_) {
    request.callbacks.push_back(std::move(done));
    return;
  }
  for (Slot& slot : slots_) {
    if (!slot.peer || !slot.peer->ready() || !slot.proofBudget.take(now)) continue;
    DelegateKeysRequest& request = delegateKeys_[slot.peer->id()];
    request.callbacks.push_back(std::move(done));
    request.deadlineMs = now + config_.proofTimeoutMs;
    slot.peer->send(net::GetDelegateKeysMsg{});
    return;
  }
  // Answered from the event loop, like every other answer.
  QMetaObject::invokeMethod(
      this,
      [done = std::move(done)] { done(fail(Errc::NetSocketError, "no full peer can be asked for the delegates now")); },
      Qt::QueuedConnection);
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
  std::vector<net::PeerId> expired;
  for (const auto& [id, request] : delegateKeys_) {
    if (request.deadlineMs <= now) expired.push_back(id);
  }
  for (net::PeerId id : expired) {
    finishDelegateKeys(id, fail(Errc::NetSocketError, "the full peer asked for the delegates did not answer in time"));
  }
}

}  // namespace wb::light
