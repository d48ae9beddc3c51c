// LightSync's order id requests (DESIGN §11): which orders a party takes part
// in is not in the state tree (the orders-by-party index is derived), so a light
// node takes the ids from its full peers — from all of them, merged, so one
// honest peer is enough for a complete list — and proves each order itself.
// A peer can only hide orders that every other peer hides too; an order it
// lists that is not the party's is found out by its proof (LightNode drops it).
#include "chain/light/light_sync.h"
#include "chain/net/net_errc.h"

namespace wb::light {

void LightSync::requestOrderIds(const AccountKey& party, std::uint32_t limit, std::optional<net::OrderRef> before,
                                OrderIdsCallback done) {
  const std::uint64_t id = nextOrderIdsId_++;
  OrderIdsRequest& request = orderIds_[id];
  request.ask = net::GetOrderIdsMsg{party, std::clamp<std::uint32_t>(limit, 1, net::kMaxOrderIdsPerMessage), before};
  request.deadlineMs = uptime_.elapsed() + config_.proofTimeoutMs;
  request.done = std::move(done);
  askForOrderIds(request);
  // With no peer to ask yet (none ready, or all over budget), it waits: a peer's
  // handshake or the tick asks, and the deadline ends it.
}

void LightSync::askForOrderIds(OrderIdsRequest& request) {
  const qint64 now = uptime_.elapsed();
  for (Slot& slot : slots_) {
    // Over its budget a peer would not answer: it is not waited for.
    if (!slot.peer || !slot.peer->ready() || !slot.proofBudget.take(now)) continue;
    request.waiting.insert(slot.peer->id());
    slot.peer->send(request.ask);
  }
}

void LightSync::askForUnaskedOrderIds() {
  for (auto& [id, request] : orderIds_) {
    if (request.waiting.empty() && request.answered == 0) askForOrderIds(request);
  }
}

void LightSync::onOrderIds(net::Peer& peer, const net::OrderIdsMsg& message) {
  for (auto& [id, request] : orderIds_) {
    if (request.waiting.count(peer.id()) == 0 || message.party != request.ask.party ||
        message.before != request.ask.before) {
      continue;
    }
    request.waiting.erase(peer.id());
    if (message.orders.size() > request.ask.limit || (message.more && message.orders.empty())) {
      peer.disconnectWith(fail(NetErrc::UnexpectedMessage, "an order id list that is not an answer to ours"), true);
      if (request.waiting.empty()) finishOrderIds(id);
      return;
    }
    ++request.answered;
    for (const net::OrderRef& ref : message.orders) request.listed[ref].push_back(peer.id());
    // Beyond the last order of an unfinished list, this peer said nothing yet.
    if (message.more) request.cutoff = std::max(request.cutoff.value_or(message.orders.back()), message.orders.back());
    if (request.waiting.empty()) finishOrderIds(id);
    return;
  }
}

void LightSync::finishOrderIds(std::uint64_t id) {
  const auto found = orderIds_.find(id);
  if (found == orderIds_.end()) return;
  OrderIdsRequest request = std::move(found->second);
  orderIds_.erase(found);
  if (request.answered == 0) {
    return request.done(fail(NetErrc::SocketError, "no full peer listed the orders in time"));
  }
  OrderIdsPage page;
  page.peers = request.answered;
  for (const auto& [ref, peers] : request.listed) {  // newest first
    if (request.cutoff && ref < *request.cutoff) break;
    if (page.orders.size() == request.ask.limit) break;
    page.orders.push_back(ref);
    page.listedBy[ref.id] = peers;
  }
  const bool truncated = page.orders.size() < request.listed.size();
  if ((truncated || request.cutoff) && !page.orders.empty()) page.next = page.orders.back();
  request.done(page);
}

void LightSync::orderIdsOnTick(qint64 now) {
  askForUnaskedOrderIds();
  std::vector<std::uint64_t> expired;
  for (const auto& [id, request] : orderIds_) {
    if (request.deadlineMs <= now) expired.push_back(id);
  }
  for (std::uint64_t id : expired) finishOrderIds(id);  // with the answers that came
}

void LightSync::orderIdsOnDisconnect(net::PeerId peer) {
  std::vector<std::uint64_t> complete;
  for (auto& [id, request] : orderIds_) {
    if (request.waiting.erase(peer) != 0 && request.waiting.empty()) complete.push_back(id);
  }
  for (std::uint64_t id : complete) finishOrderIds(id);
}

void LightSync::dropPeer(net::PeerId id, const Error& reason) {
  if (net::Peer* peer = peerById(id)) peer->disconnectWith(reason, true);
}

}  // namespace wb::light
