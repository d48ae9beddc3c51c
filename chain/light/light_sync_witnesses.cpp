// LightSync's consensus witnesses (DESIGN §11): a PoS or DPoS header is checked
// with the parent's state it reads — the producer's stake, a new round's
// delegates — proven against the parent's state_root. New headers from a peer
// wait here while the same peer sends their witnesses (getwitnesses, a quarter
// page at a time, paced to its budget); then the whole page is verified and
// stored at once, as a PoW page is. A witness for another block than asked, or
// one that does not prove what the header needs, costs the peer its connection
// (HeaderChain refuses the page); a peer that has no witness to give (it never
// connected the block) or does not answer in time is only not waited for.
#include <QLoggingCategory>

#include "chain/light/light_sync.h"
#include "chain/net/net_errc.h"

namespace wb::light {

Q_DECLARE_LOGGING_CATEGORY(lightLog)

void LightSync::awaitWitnesses(net::Peer& peer, std::vector<BlockHeader> headers, bool fullPage) {
  if (pendingHeaders_.contains(peer.id())) return;  // one page at a time; the refresh asks again
  PendingHeaders pending;
  for (BlockHeader& header : headers) {
    auto known = chain_.header(blockHash(header));
    if (known && *known) continue;
    pending.headers.push_back(std::move(header));
  }
  if (pending.headers.empty()) return addHeadersFrom(peer, {}, {}, fullPage);
  pending.fullPage = fullPage;
  pending.deadlineMs = uptime_.elapsed() + config_.proofTimeoutMs;
  requestWitnesses(peer, pendingHeaders_[peer.id()] = std::move(pending));
}

void LightSync::requestWitnesses(net::Peer& peer, PendingHeaders& pending) {
  const auto slot = slotOf_.find(peer.id());
  if (slot == slotOf_.end() || !slots_[slot->second].witnessBudget.take(uptime_.elapsed())) {
    pending.asked = false;  // the tick sends it once the budget allows
    return;
  }
  net::GetWitnessesMsg ask;
  const std::size_t from = pending.witnesses.size();
  const std::size_t count = std::min<std::size_t>(net::kMaxWitnessBlocks, pending.headers.size() - from);
  for (std::size_t i = from; i < from + count; ++i) ask.blocks.push_back(blockHash(pending.headers[i]));
  peer.send(ask);
  pending.asked = true;
}

void LightSync::onWitnesses(net::Peer& peer, const net::WitnessesMsg& message) {
  const auto found = pendingHeaders_.find(peer.id());
  if (found == pendingHeaders_.end() || !found->second.asked) return;  // unasked (or given up on): ignored
  PendingHeaders& pending = found->second;
  pending.asked = false;
  const std::size_t from = pending.witnesses.size();
  if (message.witnesses.empty() || message.witnesses.size() > pending.headers.size() - from) {
    peer.disconnectWith(
        fail(NetErrc::BadHeaders, "witnesses: " + std::to_string(message.witnesses.size()) + " given for " +
                                      std::to_string(pending.headers.size() - from) + " blocks asked"),
        true);
    return;
  }
  for (std::size_t i = 0; i < message.witnesses.size(); ++i) {
    const net::BlockWitness& given = message.witnesses[i];
    if (given.block != blockHash(pending.headers[from + i])) {
      peer.disconnectWith(fail(NetErrc::BadHeaders, "witnesses: a witness for another block than asked"), true);
      return;
    }
    if (!given.known) {
      // It sent a header of a block it has not connected (a branch it stores
      // only): not verifiable through it, not a lie. Asked again at the refresh.
      pendingHeaders_.erase(found);
      return;
    }
    pending.witnesses.push_back(given.witness);
  }
  if (pending.witnesses.size() < pending.headers.size()) return requestWitnesses(peer, pending);
  PendingHeaders complete = std::move(pending);
  pendingHeaders_.erase(found);
  addHeadersFrom(peer, complete.headers, complete.witnesses, complete.fullPage);
}

void LightSync::witnessesOnTick(qint64 now) {
  for (auto it = pendingHeaders_.begin(); it != pendingHeaders_.end();) {
    net::Peer* peer = peerById(it->first);
    if (peer == nullptr || it->second.deadlineMs <= now) {
      if (peer != nullptr) {
        qCInfo(lightLog).noquote() << "full peer" << net::hostPortText(peer->remote())
                                   << "sent no consensus witnesses in time; its headers are asked again later";
      }
      it = pendingHeaders_.erase(it);
      continue;
    }
    if (!it->second.asked) requestWitnesses(*peer, it->second);
    ++it;
  }
}

}  // namespace wb::light
