// LightSync's block requests: a light node fetches a block only to see which
// transactions it holds (whether one it submitted was mined), and trusts it
// only once the block's transactions hash to the tx_root of the header it
// verified itself.
#include <QLoggingCategory>

#include "chain/light/light_sync.h"
#include "chain/net/net_errc.h"

namespace wb::light {
namespace {

Q_LOGGING_CATEGORY(lightBlocksLog, "waybill.light")

// Block requests outstanding per peer: far below what a full node lets one peer queue.
constexpr std::size_t kBlocksInFlightPerPeer = 8;

}  // namespace

void LightSync::requestBlock(const BlockHash& hash, BlockCallback done) {
  auto [it, added] = blocks_.try_emplace(hash);
  it->second.callbacks.push_back(std::move(done));
  if (!added) return;
  it->second.hash = hash;
  it->second.deadlineMs = uptime_.elapsed() + config_.proofTimeoutMs;
  dispatchBlock(it->second);
}

void LightSync::broadcastTx(const Tx& tx) {
  for (Slot& slot : slots_) {
    if (slot.peer && slot.peer->ready()) slot.peer->send(net::TxMsg{tx});
  }
}

void LightSync::dispatchBlock(BlockRequest& request) {
  request.askedPeer = 0;
  if (request.attempts >= config_.maxProofAttempts) return;  // its deadline fails it
  for (Slot& slot : slots_) {
    net::Peer* peer = slot.peer;
    if (!peer || !peer->ready() || request.failed.count(peer->id()) != 0) continue;
    std::size_t inFlight = 0;
    for (const auto& [hash, other] : blocks_) inFlight += other.askedPeer == peer->id() ? 1 : 0;
    if (inFlight >= kBlocksInFlightPerPeer) continue;
    ++request.attempts;
    request.askedPeer = peer->id();
    request.deadlineMs = std::max(request.deadlineMs, uptime_.elapsed() + config_.proofTimeoutMs);
    peer->send(net::GetBlocksMsg{{request.hash}});
    return;
  }
}

void LightSync::onBlock(net::Peer& peer, const net::BlockMsg& message) {
  const BlockHash hash = blockHash(message.header);
  const auto found = blocks_.find(hash);
  if (found == blocks_.end() || found->second.askedPeer != peer.id()) return;  // unasked or late
  auto block = decodeBlock(message.encoded);
  if (block && computeTxRoot(block->txs) == block->header.txRoot) {
    finishBlock(hash, *block);
    return;
  }
  const std::string why = block ? "its transactions do not match its header's tx_root" : block.error().message;
  qCWarning(lightBlocksLog).noquote() << "full peer" << net::hostPortText(peer.remote())
                                      << "sent a wrong block:" << QString::fromStdString(why);
  found->second.failed.insert(peer.id());
  dispatchBlock(found->second);
  peer.disconnectWith(fail(NetErrc::InvalidBlock, "a block that does not match its header: " + why), true);
}

void LightSync::onNotFound(net::Peer& peer, const net::NotFoundMsg& message) {
  for (const net::InvItem& item : message.items) {
    if (item.kind != net::InvKind::Block) continue;
    const auto found = blocks_.find(BlockHash{item.hash});
    if (found == blocks_.end() || found->second.askedPeer != peer.id()) continue;
    found->second.failed.insert(peer.id());  // pruned or on another branch: no offence
    dispatchBlock(found->second);
  }
}

void LightSync::finishBlock(const BlockHash& hash, const Result<Block>& result) {
  const auto found = blocks_.find(hash);
  if (found == blocks_.end()) return;
  std::vector<BlockCallback> callbacks = std::move(found->second.callbacks);
  blocks_.erase(found);
  for (const BlockCallback& callback : callbacks) callback(result);
}

void LightSync::blocksOnTick(qint64 now) {
  std::vector<BlockHash> expired;
  for (auto& [hash, request] : blocks_) {
    if (request.deadlineMs <= now) {
      expired.push_back(hash);
    } else if (request.askedPeer == 0) {
      dispatchBlock(request);
    }
  }
  for (const BlockHash& hash : expired) {
    finishBlock(hash, fail(NetErrc::SocketError, "no full peer delivered block " + toHex(hash) + " in time"));
  }
}

void LightSync::blocksOnDisconnect(net::PeerId id) {
  for (auto& [hash, request] : blocks_) {
    if (request.askedPeer == id) dispatchBlock(request);
  }
}

}  // namespace wb::light
