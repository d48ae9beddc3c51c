#include "tests/support/hostile_peer.h"

#include <QtTest>

namespace wb::testsupport {

HostilePeer::HostilePeer(const Hash32& genesis, const QHostAddress& local)
    : genesis_(genesis), decoder_(net::networkMagic(genesis)) {
  socket_.bind(local, 0);
}

bool HostilePeer::connectTo(quint16 port) {
  socket_.connectToHost(QHostAddress::LocalHost, port);
  return QTest::qWaitFor([&] { return socket_.state() == QAbstractSocket::ConnectedState; }, 5'000);
}

void HostilePeer::sendRaw(const Bytes& bytes) {
  socket_.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
  socket_.flush();
}

void HostilePeer::send(const net::Message& message) {
  sendRaw(net::encodeFrame(net::networkMagic(genesis_), static_cast<std::uint8_t>(net::messageType(message)),
                           net::encodePayload(message)));
}

std::optional<net::Message> HostilePeer::waitFor(net::MessageType type, int ms) {
  std::optional<net::Message> found;
  (void)QTest::qWaitFor(
      [&] {
        pump();
        for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
          if (net::messageType(*it) == type) {
            found = *it;
            inbox_.erase(it);
            return true;
          }
        }
        return false;
      },
      ms);
  return found;
}

bool HostilePeer::handshake(std::uint64_t bestHeight, std::uint64_t nonce) {
  net::HelloMsg hello;
  hello.genesis = genesis_;
  hello.bestHeight = bestHeight;
  hello.nonce = nonce;
  hello.agent = "hostile-test-peer";
  send(hello);
  if (!waitFor(net::MessageType::Hello)) return false;
  send(net::HelloAckMsg{});
  return waitFor(net::MessageType::HelloAck).has_value();
}

bool HostilePeer::waitDisconnected(int ms) {
  return QTest::qWaitFor([&] { return socket_.state() == QAbstractSocket::UnconnectedState; }, ms);
}

void HostilePeer::stopReading() {
  reading_ = false;
  // Qt stops taking bytes from the kernel once this much is buffered, and a
  // small kernel buffer makes the node's own queue grow sooner.
  socket_.setReadBufferSize(4096);
  socket_.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
}

void HostilePeer::pump() {
  if (!reading_) return;
  const QByteArray data = socket_.readAll();
  decoder_.feed(ByteView(reinterpret_cast<const Byte*>(data.constData()), std::size_t(data.size())));
  for (;;) {
    auto frame = decoder_.next();
    if (!frame || !*frame) return;
    auto message = net::decodeMessage((*frame)->type, (*frame)->payload);
    if (message) inbox_.push_back(std::move(*message));
  }
}

}  // namespace wb::testsupport
