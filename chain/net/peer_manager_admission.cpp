// PeerManager: who may connect (operator bans, inbound limits with eviction),
// what a misbehaving connection costs its address (discouragement, DESIGN §7),
// and redialling the --connect peers after a drop.
#include <QTimer>

#include "chain/net/inbound_eviction.h"
#include "chain/net/net_errc.h"
#include "chain/net/net_log.h"
#include "chain/net/peer_manager.h"

namespace wb::net {

std::size_t PeerManager::inboundFrom(const QHostAddress& address) const {
  const QString key = addressKey(address);
  std::size_t n = 0;
  for (const auto& [id, state] : peers_) {
    n += live(state) && state.peer->inbound() && addressKey(state.peer->remote().host) == key ? 1 : 0;
  }
  return n;
}

void PeerManager::onNewConnection() {
  while (QTcpSocket* socket = server_.nextPendingConnection()) {
    const HostPort remote{canonicalAddress(socket->peerAddress()), socket->peerPort()};
    // Refused before a single byte is read: banned by the operator, or no room and nobody to evict.
    const char* refusal = nullptr;
    if (bans_.isBanned(remote.host)) {
      refusal = "the address is banned";
    } else if (!makeRoomFor(remote)) {
      refusal = "no inbound slot is free and every peer holding one is protected";
    }
    if (refusal != nullptr) {
      qCInfo(netLog).noquote() << QString("refused inbound connection from %1: %2").arg(hostPortText(remote), refusal);
      const ErrorCode code = bans_.isBanned(remote.host) ? NetErrc::Banned : NetErrc::TooManyPeers;
      rejectAndClose(*socket, networkMagic(chain_.params().genesisHash), Error{code, refusal});
      socket->deleteLater();
      continue;
    }
    addPeer(socket, true, remote);
  }
}

bool PeerManager::makeRoomFor(const HostPort& remote) {
  const bool addressFull = inboundFrom(remote.host) >= config_.maxInboundPerAddress;
  if (!addressFull && countPeers(true) < config_.maxInbound) return true;
  // An address at its own cap makes room among its own connections only.
  const QString key = addressKey(remote.host);
  std::vector<EvictionCandidate> candidates;
  for (const auto& [id, state] : peers_) {
    const Peer& p = *state.peer;
    if (!live(state) || !p.inbound()) continue;
    const QString address = addressKey(p.remote().host);
    if (addressFull && address != key) continue;
    candidates.push_back({id, address, discouraged_.contains(p.remote().host), p.ready(), state.connectedMs,
                          state.lastUsefulMs, p.lastPingMs()});
  }
  const auto victim = selectEvictionVictim(std::move(candidates), key);
  if (!victim) return false;
  Peer& evicted = *peers_.at(*victim).peer;
  evicted.disconnectWith(fail(NetErrc::TooManyPeers,
                              "evicted to make room for a new connection from " + hostPortText(remote).toStdString()),
                         false);
  return true;
}

bool PeerManager::exemptFromDiscouragement(const QHostAddress& address) const {
  // This machine's own nodes and wallets, and the peers the operator named.
  const QHostAddress host = canonicalAddress(address);
  if (host == QHostAddress(QHostAddress::LocalHost) || host == QHostAddress(QHostAddress::LocalHostIPv6)) return true;
  const QString key = addressKey(host);
  return std::any_of(persistent_.begin(), persistent_.end(),
                     [&](const auto& entry) { return addressKey(entry.second.target.host) == key; });
}

void PeerManager::discourage(const HostPort& remote, const Error& reason) {
  const QString what = QString("peer %1 misbehaved (%2): connection dropped")
                           .arg(hostPortText(remote), QString::fromStdString(reason.message));
  if (exemptFromDiscouragement(remote.host)) {
    qCInfo(netLog).noquote() << what + ", the address is exempt from discouragement";
    return;
  }
  discouraged_.add(remote.host, config_.discourageSeconds);
  qCInfo(netLog).noquote() << what + QString(", address discouraged for %1 s").arg(config_.discourageSeconds);
}

void PeerManager::scheduleRedial(const HostPort& remote) {
  auto it = persistent_.find(hostPortText(remote));
  if (it == persistent_.end() || it->second.redialScheduled) return;
  PersistentPeer& entry = it->second;
  const unsigned doublings = std::min<std::uint32_t>(entry.failures, 16);
  const int delay = static_cast<int>(
      std::min<qint64>(qint64{std::max(config_.redialFirstMs, 1)} << doublings, std::max(config_.redialMaxMs, 1)));
  ++entry.failures;
  entry.redialScheduled = true;
  qCInfo(netLog).noquote() << "redialling" << it->first << "in" << delay << "ms";
  QTimer::singleShot(delay, this, [this, key = it->first] { redial(key); });
}

void PeerManager::redial(const QString& key) {
  auto it = persistent_.find(key);
  if (it == persistent_.end()) return;
  it->second.redialScheduled = false;
  // A refusal (no slot, a ban) schedules the next attempt itself.
  if (auto id = connectTo(it->second.target, Dial::Persistent); !id) {
    qCInfo(netLog).noquote() << QString("cannot redial %1: %2").arg(key, QString::fromStdString(id.error().message));
  }
}

}  // namespace wb::net
