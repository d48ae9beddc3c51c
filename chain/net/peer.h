// One connection to another node over a QTcpSocket. A Peer runs the handshake
// (both sides send hello first; each answers a valid hello with hello_ack),
// keeps the connection alive with ping/pong, bounds what it buffers in both
// directions, and turns every protocol violation into a disconnect whose reason
// says whether the other side misbehaved (the manager discourages those).
//
// Everything happens on the thread that owns the Peer; nothing blocks. After
// disconnected() the Peer is inert and the owner deletes it (deleteLater).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <cstdint>
#include <optional>

#include "chain/address/net_address.h"
#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "interfaces/node_types.h"

namespace wb::net {

// PeerId: interfaces/node_types.h.

// Tells the other end of `socket` why we close it (a reject frame of the network
// `magic`, written now if the socket takes it), then closes it.
void rejectAndClose(QTcpSocket& socket, std::uint32_t magic, const Error& reason);

// Timeouts and bounds of one connection.
struct PeerLimits {
  int handshakeTimeoutMs = 10'000;  // from start() to a complete handshake (includes connecting)
  int pingIntervalMs = 30'000;      // a ping after this much time without one
  int pingTimeoutMs = 20'000;       // the pong must come within this
  // More unsent data than this: a slow reader, dropped. Above a 4 MiB block plus
  // the manager's high-water mark (half of it), so serving blocks never trips it.
  qint64 maxSendQueueBytes = 10 * 1024 * 1024;
  qint64 readChunkBytes = 256 * 1024;  // socket read buffer: what Qt buffers before we read
};

class Peer : public QObject {
  Q_OBJECT
public:
  // Takes ownership of `socket` (re-parented). For an inbound peer the socket is
  // connected; for an outbound one start() connects it to `remote`. `ourHello`
  // is sent first; its genesis and nonce are what the other hello is checked against.
  Peer(PeerId id, QTcpSocket* socket, bool inbound, HostPort remote, HelloMsg ourHello, PeerLimits limits,
       QObject* parent = nullptr);

  // Connects (outbound) or sends hello (inbound) and starts the handshake timer.
  void start();

  PeerId id() const { return id_; }
  bool inbound() const { return inbound_; }
  const HostPort& remote() const { return remote_; }
  // True once both hellos were exchanged and acknowledged, until disconnect.
  bool ready() const { return ready_ && !closed_; }
  bool closed() const { return closed_; }
  // The other side's hello (meaningful once ready()).
  const HelloMsg& theirHello() const { return theirHello_; }
  // Bytes written but not yet taken by the network.
  qint64 queuedBytes() const;
  // Milliseconds of the last ping round trip, or -1 if none yet.
  qint64 lastPingMs() const { return lastPingMs_; }

  // Queues `message`. Drops the peer (NetErrc::SendQueueFull) if the queue would exceed
  // its limit. Does nothing once closed.
  void send(const Message& message);

  // Closes the connection now and emits disconnected(reason, misbehaved) once.
  void disconnectWith(const Error& reason, bool misbehaved);

signals:
  // The handshake completed: theirHello() is valid.
  void handshakeCompleted(wb::net::PeerId id);
  // A message after the handshake (ping and pong are handled here, never reported).
  void messageReceived(wb::net::PeerId id, const wb::net::Message& message);
  // The send queue fell below a quarter of its limit: there is room to send more.
  void readyForMore(wb::net::PeerId id);
  // The connection is gone; `misbehaved` when the other side broke the protocol.
  void disconnected(wb::net::PeerId id, const wb::Error& reason, bool misbehaved);

private:
  void onReadyRead();
  void onBytesWritten();
  void onSocketError();
  void handleFrame(const Frame& frame);
  void handleHandshake(const Message& message);
  void onPingTimer();
  void sendFrame(std::uint8_t type, const Bytes& payload);

  PeerId id_;
  QTcpSocket* socket_;
  bool inbound_;
  HostPort remote_;
  HelloMsg ourHello_;
  HelloMsg theirHello_;
  PeerLimits limits_;
  FrameDecoder decoder_;
  QTimer handshakeTimer_;
  QTimer pingTimer_;
  QTimer pongTimer_;
  QElapsedTimer pingClock_;
  std::optional<std::uint64_t> pingNonce_;  // the ping awaiting its pong
  qint64 lastPingMs_ = -1;
  bool gotHello_ = false;
  bool gotAck_ = false;
  bool ready_ = false;
  bool closed_ = false;
};

}  // namespace wb::net
