#include "chain/light/light_sync.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <algorithm>

#include "chain/consensus/consensus_errc.h"
#include "chain/light/light_errc.h"
#include "chain/net/block_locator.h"
#include "chain/net/net_errc.h"

namespace wb::light {

Q_LOGGING_CATEGORY(lightLog, "waybill.light")

namespace {

constexpr int kTickMs = 250;
constexpr qint64 kClockRetryMs = 2'000;  // headers our clock called "future" are asked for again after this

// A refusal that says more about our clock than about the peer.
bool clockDisagreement(ErrorCode code) {
  return code == ConsensusErrc::TimeTooFarAhead || code == ConsensusErrc::SlotTooFarAhead;
}

// Failures of our own store: never the peer's fault.
bool localFault(ErrorCode code) {
  const auto value = code.value();
  return value >= 450 && value < 470;
}

}  // namespace

StateProof stateProofFromMessage(const net::ProofMsg& m) {
  StateProof p;
  p.height = m.height;
  p.block = m.block;
  p.stateRoot = m.stateRoot;
  p.value = m.value;
  p.proof.siblings = m.siblings;
  p.proof.end = static_cast<state::ProofEnd>(m.end);
  p.proof.otherLeafKey = m.otherLeafKey;
  p.proof.otherValueHash = m.otherValueHash;
  return p;
}

LightSync::LightSync(HeaderChain& chain, LightSyncConfig config, QObject* parent)
    : QObject(parent), chain_(chain), config_(std::move(config)) {
  nonce_ = QRandomGenerator::system()->generate64();
  for (const net::HostPort& endpoint : config_.peers) {
    Slot slot;
    slot.endpoint = endpoint;
    slots_.push_back(slot);
  }
  uptime_.start();
  tick_.setInterval(kTickMs);
  connect(&tick_, &QTimer::timeout, this, &LightSync::onTick);
}

LightSync::~LightSync() { stop(); }

void LightSync::start() {
  stopped_ = false;
  for (std::size_t i = 0; i < slots_.size(); ++i) dial(i);
  tick_.start();
}

void LightSync::stop() {
  stopped_ = true;
  tick_.stop();
  for (Slot& slot : slots_) {
    if (slot.redial) slot.redial->stop();
    if (slot.peer && !slot.peer->closed())
      slot.peer->disconnectWith(fail(NetErrc::SocketError, "shutting down"), false);
  }
}

net::HelloMsg LightSync::ourHello() const {
  net::HelloMsg hello;
  hello.genesis = chain_.params().genesisHash;
  // Height 0: full nodes never ask a light node for headers or blocks.
  hello.bestHeight = 0;
  hello.bestHash = chain_.genesisHash();
  hello.nonce = nonce_;
  hello.listenPort = 0;
  hello.agent = config_.agent.substr(0, net::kMaxAgentBytes);
  return hello;
}

void LightSync::dial(std::size_t index) {
  if (stopped_) return;
  Slot& slot = slots_[index];
  if (slot.peer) return;
  const net::PeerId id = nextPeerId_++;
  auto* peer = new net::Peer(id, new QTcpSocket, false, slot.endpoint, ourHello(), config_.limits, this);
  slot.peer = peer;
  // A new connection, a new budget.
  slot.proofBudget = net::RequestBudget(net::kProofBurst, net::kProofsPerSecond * net::kProofPacing);
  slotOf_[id] = index;
  connect(peer, &net::Peer::handshakeCompleted, this, &LightSync::onHandshake);
  connect(peer, &net::Peer::messageReceived, this, &LightSync::onMessage);
  connect(peer, &net::Peer::disconnected, this, &LightSync::onDisconnected);
  peer->start();
}

net::Peer* LightSync::peerById(net::PeerId id) const {
  const auto found = slotOf_.find(id);
  if (found == slotOf_.end()) return nullptr;
  net::Peer* peer = slots_[found->second].peer;
  return peer && peer->id() == id ? peer : nullptr;
}

std::vector<net::PeerInfo> LightSync::peers() const {
  std::vector<net::PeerInfo> out;
  for (const Slot& slot : slots_) {
    if (!slot.peer) continue;
    const net::Peer& p = *slot.peer;
    net::PeerInfo info;
    info.id = p.id();
    info.remote = p.remote();
    info.inbound = p.inbound();
    info.ready = p.ready();
    info.bestHeight = p.ready() ? p.theirHello().bestHeight : 0;
    info.listenPort = p.ready() ? p.theirHello().listenPort : 0;
    info.agent = p.ready() ? QString::fromStdString(p.theirHello().agent) : QString();
    info.pingMs = p.lastPingMs();
    info.queuedBytes = p.queuedBytes();
    out.push_back(std::move(info));
  }
  return out;
}

std::size_t LightSync::readyPeers() const {
  std::size_t n = 0;
  for (const Slot& slot : slots_) n += slot.peer && slot.peer->ready() ? 1 : 0;
  return n;
}

std::uint64_t LightSync::bestKnownHeight() const {
  std::uint64_t best = 0;
  for (const Slot& slot : slots_) {
    if (slot.peer && slot.peer->ready()) best = std::max(best, slot.peer->theirHello().bestHeight);
  }
  return best;
}

void LightSync::onHandshake(net::PeerId id) {
  net::Peer* peer = peerById(id);
  if (!peer) return;
  qCInfo(lightLog).noquote() << "full peer" << net::hostPortText(peer->remote()) << "ready at height"
                             << peer->theirHello().bestHeight;
  requestHeaders(*peer);
  for (auto& [requestId, request] : proofs_) {
    if (request.askedPeer == 0 && !request.awaitingHeaders && !request.finished) dispatchProof(request);
  }
  for (auto& [hash, request] : blocks_) {
    if (request.askedPeer == 0) dispatchBlock(request);
  }
  askForDelegateKeys();
  askForUnaskedOrderIds();
  emit peerReady();
}

void LightSync::onDisconnected(net::PeerId id, const Error& reason, bool misbehaved) {
  const auto found = slotOf_.find(id);
  if (found == slotOf_.end()) return;
  const std::size_t index = found->second;
  slotOf_.erase(found);
  retryHeadersAtMs_.erase(id);
  pendingHeaders_.erase(id);
  finishDelegateKeys(id, fail(NetErrc::SocketError, "the full peer asked for the delegates disconnected"));
  Slot& slot = slots_[index];
  if (slot.peer && slot.peer->id() == id) {
    slot.peer->deleteLater();
    slot.peer = nullptr;
  }
  const QString address = net::hostPortText(slot.endpoint);
  qCInfo(lightLog).noquote() << "full peer" << address << "disconnected:" << QString::fromStdString(reason.message);
  emit peerDropped(address, QString::fromStdString(reason.message), misbehaved);
  // Requests it held go to another peer.
  std::vector<std::uint64_t> orphaned;
  for (auto& [requestId, request] : proofs_) {
    if (request.askedPeer == id) orphaned.push_back(requestId);
  }
  for (std::uint64_t requestId : orphaned) {
    ProofRequest& request = proofs_.at(requestId);
    request.askedPeer = 0;
    request.awaitingHeaders = false;
    dispatchProof(request);
  }
  blocksOnDisconnect(id);
  orderIdsOnDisconnect(id);
  if (stopped_) return;
  if (!slot.redial) {
    slot.redial = new QTimer(this);
    slot.redial->setSingleShot(true);
    connect(slot.redial, &QTimer::timeout, this, [this, index] { dial(index); });
  }
  slot.redial->start(config_.redialMs);
}

void LightSync::requestHeaders(net::Peer& peer) {
  if (!peer.ready()) return;
  net::GetHeadersMsg request;
  for (std::uint64_t height : net::locatorHeights(chain_.tip().height)) {
    auto hash = chain_.hashAtHeight(height);
    if (!hash) {
      qCWarning(lightLog).noquote() << "cannot build a locator:" << QString::fromStdString(hash.error().message);
      return;
    }
    if (*hash) request.locator.push_back(**hash);
  }
  peer.send(request);
}

void LightSync::onMessage(net::PeerId id, const net::Message& message) {
  net::Peer* peer = peerById(id);
  if (!peer) return;
  if (const auto* headers = std::get_if<net::HeadersMsg>(&message)) {
    onHeaders(*peer, headers->headers);
  } else if (const auto* proof = std::get_if<net::ProofMsg>(&message)) {
    onProof(*peer, *proof);
  } else if (const auto* block = std::get_if<net::BlockMsg>(&message)) {
    onBlock(*peer, *block);
  } else if (const auto* orderIds = std::get_if<net::OrderIdsMsg>(&message)) {
    onOrderIds(*peer, *orderIds);
  } else if (const auto* witnesses = std::get_if<net::WitnessesMsg>(&message)) {
    onWitnesses(*peer, *witnesses);
  } else if (const auto* keys = std::get_if<net::DelegateKeysMsg>(&message)) {
    onDelegateKeys(*peer, *keys);
  } else if (const auto* missing = std::get_if<net::NotFoundMsg>(&message)) {
    onNotFound(*peer, *missing);
  } else if (const auto* inv = std::get_if<net::InvMsg>(&message)) {
    for (const net::InvItem& item : inv->items) {
      if (item.kind != net::InvKind::Block) continue;
      auto known = chain_.header(BlockHash{item.hash});
      if (known && !*known) {
        requestHeaders(*peer);
        break;
      }
    }
  } else if (std::holds_alternative<net::GetHeadersMsg>(message)) {
    peer->send(net::HeadersMsg{});  // a light node has nothing to offer
  } else if (const auto* blocks = std::get_if<net::GetBlocksMsg>(&message)) {
    net::NotFoundMsg none;
    for (const BlockHash& hash : blocks->hashes) none.items.push_back({net::InvKind::Block, hash});
    if (!none.items.empty()) peer->send(none);
  } else if (const auto* txs = std::get_if<net::GetTxsMsg>(&message)) {
    net::NotFoundMsg none;
    for (const Hash32& txid : txs->txids) none.items.push_back({net::InvKind::Tx, txid});
    if (!none.items.empty()) peer->send(none);
  } else if (std::holds_alternative<net::GetAddrMsg>(message)) {
    peer->send(net::AddrMsg{});
  }
}

void LightSync::onHeaders(net::Peer& peer, const std::vector<BlockHeader>& headers) {
  const bool fullPage = headers.size() >= net::kMaxHeadersPerMessage;
  if (chain_.engine().kind() != ConsensusKind::Pow && !headers.empty()) {
    return awaitWitnesses(peer, headers, fullPage);
  }
  addHeadersFrom(peer, headers, {}, fullPage);
}

void LightSync::addHeadersFrom(net::Peer& peer, std::span<const BlockHeader> headers,
                               std::span<const state::ConsensusWitness> witnesses, bool fullPage) {
  const net::PeerId id = peer.id();
  if (!headers.empty()) {
    auto added = chain_.addHeaders(headers, witnesses);
    if (!added) {
      const Error& error = added.error();
      if (clockDisagreement(error.code)) {
        // Our clock may be behind: no offence; ask again a little later.
        retryHeadersAtMs_[id] = uptime_.elapsed() + kClockRetryMs;
      } else if (localFault(error.code)) {
        qCWarning(lightLog).noquote() << "cannot store headers:" << QString::fromStdString(error.message);
      } else {
        peer.disconnectWith(fail(NetErrc::BadHeaders, "headers refused: " + error.message), true);
        return;
      }
    } else {
      if (added->forkHeight && added->reorgDepth > 0) emit branchSwitched(*added->forkHeight);
      if (added->tipChanged) emit tipChanged(added->tip.height, added->tip.hash);
      // A full page: there is more.
      if (fullPage) {
        requestHeaders(peer);
        return;
      }
    }
  }
  // Proofs that waited for this peer's headers are asked again.
  for (auto& [requestId, request] : proofs_) {
    if (request.askedPeer == id && request.awaitingHeaders) {
      request.awaitingHeaders = false;
      request.askedPeer = 0;
      dispatchProof(request);
    }
  }
}

void LightSync::requestProof(state::Table table, Bytes key, ProofCallback done) {
  for (auto& [id, request] : proofs_) {
    if (request.table == table && request.key == key) {
      request.callbacks.push_back(std::move(done));
      return;
    }
  }
  const std::uint64_t id = nextProofId_++;
  ProofRequest& request = proofs_[id];
  request.id = id;
  request.table = table;
  request.key = std::move(key);
  request.callbacks.push_back(std::move(done));
  request.deadlineMs = uptime_.elapsed() + config_.proofTimeoutMs;
  dispatchProof(request);
}

void LightSync::dispatchProof(ProofRequest& request) {
  if (request.attempts >= config_.maxProofAttempts) {
    const std::uint64_t id = request.id;
    // Finished from the event loop: callers may be iterating over proofs_.
    QMetaObject::invokeMethod(
        this,
        [this, id] {
          finishProof(id, fail(LightErrc::ProofUnknownBlock,
                               "no full peer gave a proof that verifies against this node's headers"));
        },
        Qt::QueuedConnection);
    request.askedPeer = 0;
    request.finished = true;
    return;
  }
  const qint64 now = uptime_.elapsed();
  bool paced = false;
  for (Slot& slot : slots_) {
    net::Peer* peer = slot.peer;
    if (!peer || !peer->ready() || request.failed.count(peer->id()) != 0) continue;
    // Over its budget the peer would not answer: wait for the tick instead.
    if (!slot.proofBudget.take(now)) {
      paced = true;
      continue;
    }
    ++request.attempts;
    request.askedPeer = peer->id();
    request.deadlineMs = std::max(request.deadlineMs, now + config_.proofTimeoutMs);
    peer->send(net::GetProofMsg{static_cast<std::uint8_t>(request.table), request.key});
    return;
  }
  // No ready peer, or none with budget left: tried again by the tick or the next
  // handshake. Waiting for budget is our pacing, not the peers' silence: no deadline yet.
  request.askedPeer = 0;
  if (paced) request.deadlineMs = std::max(request.deadlineMs, now + config_.proofTimeoutMs);
}

void LightSync::onProof(net::Peer& peer, const net::ProofMsg& message) {
  ProofRequest* request = nullptr;
  for (auto& [id, r] : proofs_) {
    if (r.askedPeer == peer.id() && !r.awaitingHeaders && static_cast<std::uint8_t>(r.table) == message.table &&
        r.key == message.key) {
      request = &r;
      break;
    }
  }
  if (!request) return;  // unasked, or late: nothing to check it for
  auto proven = checkProof(chain_, request->table, request->key, stateProofFromMessage(message));
  if (proven) {
    if (proven->height + config_.maxProofLag >= chain_.tip().height) {
      finishProof(request->id, proven);
      return;
    }
    // True but stale: the state may have moved since. Someone more recent, please.
    request->failed.insert(peer.id());
    request->askedPeer = 0;
    dispatchProof(*request);
    return;
  }
  if (proven.code() == LightErrc::ProofUnknownBlock) {
    auto known = chain_.header(message.block);
    if (known && !*known) {
      // The peer is ahead of our headers: fetch them, then ask again.
      request->awaitingHeaders = true;
      requestHeaders(peer);
      return;
    }
    // A block of a branch we do not follow: ask someone else, no offence.
    request->failed.insert(peer.id());
    request->askedPeer = 0;
    dispatchProof(*request);
    return;
  }
  if (localFault(proven.code())) {
    finishProof(request->id, proven);
    return;
  }
  // A proof that does not verify: the peer lied. Ask another one, and drop it.
  qCWarning(lightLog).noquote() << "full peer" << net::hostPortText(peer.remote())
                                << "sent a state proof that does not verify:"
                                << QString::fromStdString(proven.error().message);
  request->failed.insert(peer.id());
  request->askedPeer = 0;
  dispatchProof(*request);
  peer.disconnectWith(fail(proven.code(), "a state proof that does not verify: " + proven.error().message), true);
}

void LightSync::finishProof(std::uint64_t id, const Result<ProvenRecord>& result) {
  const auto found = proofs_.find(id);
  if (found == proofs_.end()) return;
  std::vector<ProofCallback> callbacks = std::move(found->second.callbacks);
  proofs_.erase(found);
  for (const ProofCallback& callback : callbacks) callback(result);
}

void LightSync::onTick() {
  const qint64 now = uptime_.elapsed();
  std::vector<std::uint64_t> expired;
  for (auto& [id, request] : proofs_) {
    if (request.deadlineMs <= now) {
      expired.push_back(id);
    } else if (request.askedPeer == 0 && !request.awaitingHeaders && !request.finished) {
      dispatchProof(request);
    }
  }
  for (std::uint64_t id : expired) {
    finishProof(id, fail(NetErrc::SocketError, "no full peer answered with a verifiable proof in time"));
  }
  blocksOnTick(now);
  orderIdsOnTick(now);
  witnessesOnTick(now);
  delegateKeysOnTick(now);
  const bool refresh = now - lastRefreshMs_ >= config_.refreshMs;
  if (refresh) lastRefreshMs_ = now;
  for (Slot& slot : slots_) {
    if (!slot.peer || !slot.peer->ready()) continue;
    const auto retry = retryHeadersAtMs_.find(slot.peer->id());
    const bool due = retry != retryHeadersAtMs_.end() && retry->second <= now;
    if (due) retryHeadersAtMs_.erase(retry);
    if (refresh || due) requestHeaders(*slot.peer);
  }
}

}  // namespace wb::light
