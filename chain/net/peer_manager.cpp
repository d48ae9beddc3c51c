#include "chain/net/peer_manager.h"

#include <QRandomGenerator>
#include <algorithm>

#include "chain/address/endpoint_errc.h"
#include "chain/net/net_errc.h"
#include "chain/net/net_log.h"

namespace wb::net {
namespace {

// Per-peer request budgets: bursts an honest syncing peer never exceeds, refilled steadily.
constexpr double kHeadersBurst = 20, kHeadersPerSecond = 5;
constexpr double kTxItemsBurst = 2 * kMaxInvEntries, kTxItemsPerSecond = kMaxInvEntries;
// addr entries: one full message, then a trickle (gossip needs no more).
constexpr double kAddrBurst = kMaxAddrEntries, kAddrPerSecond = 1;

}  // namespace

PeerManager::PeerManager(Chain& chain, PeerManagerConfig config, QObject* parent)
    : QObject(parent),
      chain_(chain),
      config_(std::move(config)),
      nonce_(config_.nonce != 0 ? config_.nonce : QRandomGenerator::system()->generate64() | 1),
      bans_(config_.banListPath, config_.clock),
      discouraged_(config_.maxDiscouraged, config_.clock),
      addresses_(config_.addressBookCapacity),
      requestedTxs_(config_.knownInventoryPerPeer),
      txRequests_(config_.maxTxRequests, config_.txRequestTimeoutMs),
      replyLink_(std::make_shared<ReplyLink>(this)) {
  if (config_.agent.size() > kMaxAgentBytes) config_.agent.resize(kMaxAgentBytes);
  uptime_.start();
  banListStatus_ = bans_.load();
  SyncLinks links{[this](PeerId id, const Message& message) { send(id, message); },
                  [this](PeerId id, const Error& reason) { punish(id, reason); },
                  [this](PeerId id, Offence offence, const Error& reason, std::size_t items) {
                    penalize(id, offence, reason, items);
                  }};
  sync_ = std::make_unique<BlockSync>(chain_, config_.sync, std::move(links));
  connect(sync_.get(), &BlockSync::tipAdvanced, this, &PeerManager::onTipAdvanced);
  connect(sync_.get(), &BlockSync::blockAccepted, this, [this](const BlockHash& hash, quint64 height, PeerId from) {
    if (auto it = peers_.find(from); it != peers_.end()) it->second.lastUsefulMs = uptime_.elapsed();
    emit blockReceived(hash, height, from);
  });
  connect(sync_.get(), &BlockSync::sideBranchStored, this, &PeerManager::sideBranchStored);
  connect(sync_.get(), &BlockSync::storeFailed, this,
          [this](const Error& error) { emit warning(QString::fromStdString("block sync: " + error.message)); });
  connect(&server_, &QTcpServer::newConnection, this, &PeerManager::onNewConnection);
  connect(&autoConnectTimer_, &QTimer::timeout, this, &PeerManager::onAutoConnect);
  if (config_.autoConnect) autoConnectTimer_.start(config_.autoConnectIntervalMs);
  connect(&txRequestTimer_, &QTimer::timeout, this, &PeerManager::onTxRequestTimer);
  txRequestTimer_.start(std::clamp(config_.txRequestTimeoutMs / 4, 50, 1'000));
}

PeerManager::~PeerManager() {
  replyLink_->detach();  // proofs still being built on reader threads are dropped
  // Peers go first, quietly: nobody should hear about disconnects of a manager being destroyed.
  for (auto& [id, state] : peers_) {
    state.peer->disconnect(this);
    delete state.peer;
  }
  peers_.clear();
  sync_.reset();
}

Status PeerManager::listen(const QHostAddress& address, quint16 port) {
  if (!server_.listen(address, port)) {
    return fail(NetErrc::ListenFailed, "cannot listen on " + hostPortText({address, port}).toStdString() + ": " +
                                           server_.errorString().toStdString());
  }
  return {};
}

quint16 PeerManager::listenPort() const { return server_.isListening() ? server_.serverPort() : 0; }

HelloMsg PeerManager::ourHello() const {
  const auto tip = chain_.tip();
  HelloMsg hello;
  hello.genesis = chain_.params().genesisHash;
  hello.bestHeight = tip.height;
  hello.bestHash = tip.hash;
  hello.nonce = nonce_;
  hello.listenPort = listenPort();
  hello.agent = config_.agent;
  return hello;
}

std::size_t PeerManager::countPeers(bool inbound) const {
  std::size_t n = 0;
  for (const auto& [id, state] : peers_) n += live(state) && state.peer->inbound() == inbound ? 1 : 0;
  return n;
}

Peer* PeerManager::addPeer(QTcpSocket* socket, bool inbound, const HostPort& remote) {
  const PeerId id = nextId_++;
  auto* peer = new Peer(id, socket, inbound, remote, ourHello(), config_.peer, this);
  PeerState state{.peer = peer,
                  .known = RecentHashes(config_.knownInventoryPerPeer),
                  .toServe = {},
                  .connectedMs = uptime_.elapsed(),
                  .lastUsefulMs = -1,
                  .headersBudget = RequestBudget(kHeadersBurst, kHeadersPerSecond),
                  .proofBudget = RequestBudget(kProofBurst, kProofsPerSecond),
                  .witnessBudget = RequestBudget(kWitnessBurst, kWitnessRequestsPerSecond),
                  .txsBudget = RequestBudget(kTxItemsBurst, kTxItemsPerSecond),
                  .addrBudget = RequestBudget(kAddrBurst, kAddrPerSecond),
                  .score = {}};
  peers_.emplace(id, std::move(state));
  connect(peer, &Peer::handshakeCompleted, this, &PeerManager::onHandshake);
  connect(peer, &Peer::messageReceived, this, &PeerManager::onMessage);
  connect(peer, &Peer::disconnected, this, &PeerManager::onDisconnected);
  connect(peer, &Peer::readyForMore, this, &PeerManager::serveBlocks);
  peer->start();
  return peer;
}

Result<PeerId> PeerManager::connectTo(const HostPort& endpoint, Dial dial) {
  if (!isDialable(endpoint)) {
    return fail(EndpointErrc::BadAddress, hostPortText(endpoint).toStdString() + " cannot be connected to");
  }
  const HostPort target{canonicalAddress(endpoint.host), endpoint.port};
  if (dial == Dial::Persistent) persistent_.try_emplace(hostPortText(target), PersistentPeer{target});
  auto id = dialOut(target);
  // A persistent peer refused for now (no slot, a ban that may be lifted) is tried again later.
  if (!id && id.code() != NetErrc::AlreadyConnected) scheduleRedial(target);
  return id;
}

Result<PeerId> PeerManager::dialOut(const HostPort& target) {
  if (bans_.isBanned(target.host)) return fail(NetErrc::Banned, hostPortText(target).toStdString() + " is banned");
  if (discouraged_.contains(target.host) && !exemptFromDiscouragement(target.host)) {
    return fail(NetErrc::Discouraged, hostPortText(target).toStdString() + " misbehaved lately: not dialled");
  }
  if (countPeers(false) >= config_.maxOutbound) {
    return fail(NetErrc::TooManyPeers, "already " + std::to_string(config_.maxOutbound) + " outbound connections");
  }
  for (const auto& [id, state] : peers_) {
    if (!live(state)) continue;
    const Peer& p = *state.peer;
    const bool same = p.inbound()
                          ? (p.ready() && p.remote().host == target.host && p.theirHello().listenPort == target.port)
                          : p.remote() == target;
    if (same) return fail(NetErrc::AlreadyConnected, "already connected to " + hostPortText(target).toStdString());
  }
  lastDialled_[hostPortText(target)] = config_.clock();
  return addPeer(new QTcpSocket, false, target)->id();
}

void PeerManager::onHandshake(PeerId id) {
  auto it = peers_.find(id);
  if (it == peers_.end()) return;
  Peer& peer = *it->second.peer;
  const HelloMsg& hello = peer.theirHello();
  if (!peer.inbound()) {
    if (auto persistent = persistent_.find(hostPortText(peer.remote())); persistent != persistent_.end()) {
      persistent->second.failures = 0;
    }
  }
  it->second.known.insert(hello.bestHash);
  if (hello.listenPort != 0) addresses_.add({peer.remote().host, hello.listenPort});
  if (!peer.inbound()) peer.send(GetAddrMsg{});
  emit peerConnected(id, hostPortText(peer.remote()), peer.inbound());
  sync_->peerReady(id, hello.bestHeight);
}

void PeerManager::onDisconnected(PeerId id, const Error& reason, bool misbehaved) {
  // The handler that closed the peer (serving it, announcing, BlockSync…) may still
  // hold its state: it is destroyed once the event loop runs again.
  QMetaObject::invokeMethod(
      this, [this, id, reason, misbehaved] { reap(id, reason, misbehaved); }, Qt::QueuedConnection);
}

void PeerManager::reap(PeerId id, const Error& reason, bool misbehaved) {
  auto it = peers_.find(id);
  if (it == peers_.end()) return;
  Peer* peer = it->second.peer;
  const HostPort remote = peer->remote();
  const bool inbound = peer->inbound();
  peers_.erase(it);
  peer->deleteLater();
  sync_->peerGone(id);
  txRequests_.peerGone(id);
  if (reason.code == NetErrc::SelfConnection && !inbound) addresses_.remove(remote);
  const QString address = hostPortText(remote);
  const QString why = QString::fromStdString(reason.message);
  qCInfo(netLog).noquote() << (inbound ? "inbound" : "outbound") << "peer" << address << "disconnected:" << why;
  if (misbehaved) {
    emit peerMisbehaved(id, address, reason.code.value(), why);
    discourage(remote, reason);
  }
  emit peerDisconnected(id, address, why);
  if (!inbound) scheduleRedial(remote);
}

Status PeerManager::ban(const QHostAddress& address, std::int64_t seconds) {
  const Status saved = bans_.ban(address, seconds);
  if (!saved.ok() && saved.code() != NetErrc::BanListIo) return saved;
  const QString key = addressKey(address);
  std::vector<Peer*> victims;
  for (const auto& [id, state] : peers_) {
    if (live(state) && addressKey(state.peer->remote().host) == key) victims.push_back(state.peer);
  }
  for (Peer* peer : victims) peer->disconnectWith(fail(NetErrc::Banned, "the address is banned"), false);
  return saved;
}

Status PeerManager::unban(const QHostAddress& address) { return bans_.unban(address); }

void PeerManager::punish(PeerId id, const Error& reason) {
  if (auto it = peers_.find(id); it != peers_.end()) it->second.peer->disconnectWith(reason, true);
}

void PeerManager::penalize(PeerId id, Offence offence, const Error& reason, std::size_t items) {
  auto it = peers_.find(id);
  if (it == peers_.end() || !live(it->second)) return;
  if (it->second.score.charge(offence, uptime_.elapsed(), items)) return;
  punish(id, Error{reason.code, "too often: " + reason.message});
}

void PeerManager::disconnectPeer(PeerId id) {
  if (auto it = peers_.find(id); it != peers_.end()) {
    it->second.peer->disconnectWith(fail(NetErrc::SocketError, "disconnected by us"), false);
  }
}

void PeerManager::send(PeerId id, const Message& message) {
  if (auto it = peers_.find(id); it != peers_.end()) it->second.peer->send(message);
}

void PeerManager::announceBlock(const BlockHash& hash) {
  // A send may close a slow peer; its state stays until reap(), so iterating on is safe.
  for (auto& [id, state] : peers_) {
    if (state.peer->ready() && state.known.insert(hash)) state.peer->send(InvMsg{{{InvKind::Block, hash}}});
  }
}

void PeerManager::announceTx(const Hash32& txid) {
  for (auto& [id, state] : peers_) {
    if (state.peer->ready() && state.known.insert(txid)) state.peer->send(InvMsg{{{InvKind::Tx, txid}}});
  }
}

void PeerManager::onTipAdvanced(const BlockHash& hash, quint64 height) {
  emit tipAdvanced(hash, height);
  // While catching up nobody needs each intermediate tip; announce once we are there.
  if (sync_->pendingBlocks() == 0) announceBlock(hash);
}

std::vector<PeerInfo> PeerManager::peers() const {
  std::vector<PeerInfo> out;
  for (const auto& [id, state] : peers_) {
    if (!live(state)) continue;
    const Peer& p = *state.peer;
    PeerInfo info;
    info.id = id;
    info.remote = p.remote();
    info.inbound = p.inbound();
    info.ready = p.ready();
    // Its hello is only where it started: a peer syncing from us, or we from it, moves on.
    info.bestHeight = std::max({p.theirHello().bestHeight, state.heightSeen, sync_->bestHeightOf(id)});
    info.listenPort = p.theirHello().listenPort;
    info.agent = QString::fromStdString(p.theirHello().agent);
    info.blocksReceived = sync_->blocksFrom(id);
    info.pingMs = p.lastPingMs();
    info.queuedBytes = p.queuedBytes();
    out.push_back(std::move(info));
  }
  return out;
}

std::size_t PeerManager::readyPeerCount() const {
  std::size_t n = 0;
  for (const auto& [id, state] : peers_) n += state.peer->ready() ? 1 : 0;
  return n;
}

void PeerManager::onTxRequestTimer() {
  std::map<PeerId, GetTxsMsg> requests;
  for (const auto& [peer, txid] : txRequests_.takeExpired(uptime_.elapsed())) {
    auto& request = requests[peer];
    if (request.txids.size() < kMaxInvEntries) request.txids.push_back(txid);
  }
  for (const auto& [peer, request] : requests) send(peer, request);
}

void PeerManager::onAutoConnect() {
  const std::int64_t now = config_.clock();
  constexpr std::int64_t kRetrySeconds = 60;
  std::erase_if(lastDialled_, [now](const auto& entry) { return now - entry.second >= kRetrySeconds; });
  for (const HostPort& candidate : addresses_.newest(addresses_.size())) {
    if (countPeers(false) >= config_.maxOutbound) return;
    const auto last = lastDialled_.find(hostPortText(candidate));
    if (last != lastDialled_.end() && now - last->second < kRetrySeconds) continue;
    (void)connectTo(candidate);  // banned or already connected: skipped
    lastDialled_[hostPortText(candidate)] = now;
  }
}

}  // namespace wb::net
