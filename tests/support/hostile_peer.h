// A hand-driven peer on a raw socket for P2P tests: it speaks our framing and
// handshake byte by byte, so a test can play an honest peer or an attacker
// (garbage, any message in any order, a slow reader that stops reading) against
// a real PeerManager over loopback. Bound to its own `local` address (127.0.0.x)
// so that what the node does to that address is told apart from other peers.
#pragma once

#include <QHostAddress>
#include <QTcpSocket>
#include <optional>
#include <vector>

#include "chain/net/frame.h"
#include "chain/net/messages.h"

namespace wb::testsupport {

class HostilePeer {
public:
  HostilePeer(const Hash32& genesis, const QHostAddress& local);

  // Connects to 127.0.0.1:`port`; true once connected (within 5 s).
  bool connectTo(quint16 port);
  void sendRaw(const Bytes& bytes);
  void send(const net::Message& message);
  // The next message of type `type` (others are skipped), waiting up to `ms`.
  std::optional<net::Message> waitFor(net::MessageType type, int ms = 5'000);
  // Sends hello (claiming `bestHeight`), answers the node's hello, waits for its ack.
  bool handshake(std::uint64_t bestHeight = 0, std::uint64_t nonce = 0x1234);
  bool waitDisconnected(int ms = 5'000);
  bool connected() const { return socket_.state() == QAbstractSocket::ConnectedState; }
  // Closes the connection at once.
  void disconnect() { socket_.abort(); }

  // From now on nothing is read from the socket: what the node sends piles up in
  // the kernel's buffers and then in the node's send queue (a slow reader).
  void stopReading();

private:
  void pump();

  Hash32 genesis_;
  net::FrameDecoder decoder_;
  QTcpSocket socket_;
  std::vector<net::Message> inbox_;
  bool reading_ = true;
};

}  // namespace wb::testsupport
