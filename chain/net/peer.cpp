#include "chain/net/peer.h"

#include <QRandomGenerator>

#include "chain/net/net_errc.h"

namespace wb::net {

void rejectAndClose(QTcpSocket& socket, std::uint32_t magic, const Error& reason) {
  if (socket.state() == QAbstractSocket::ConnectedState) {
    std::string text = reason.message;
    if (text.size() > kMaxRejectReasonBytes) {
      text.resize(kMaxRejectReasonBytes);
      while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xc0) == 0x80) text.pop_back();
      if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xc0) text.pop_back();  // a cut lead byte
    }
    const RejectMsg reject{reason.code.value(), std::move(text)};
    const Bytes frame = encodeFrame(magic, static_cast<std::uint8_t>(MessageType::Reject), encodePayload(reject));
    socket.write(reinterpret_cast<const char*>(frame.data()), static_cast<qint64>(frame.size()));
    socket.flush();  // what the kernel takes now; a peer that does not read never learns why
  }
  socket.abort();
}

Peer::Peer(PeerId id, QTcpSocket* socket, bool inbound, HostPort remote, HelloMsg ourHello, PeerLimits limits,
           QObject* parent)
    : QObject(parent),
      id_(id),
      socket_(socket),
      inbound_(inbound),
      remote_(std::move(remote)),
      ourHello_(std::move(ourHello)),
      limits_(limits),
      decoder_(networkMagic(ourHello_.genesis)) {
  socket_->setParent(this);
  socket_->setReadBufferSize(limits_.readChunkBytes);
  connect(socket_, &QTcpSocket::readyRead, this, &Peer::onReadyRead);
  connect(socket_, &QTcpSocket::bytesWritten, this, &Peer::onBytesWritten);
  connect(socket_, &QTcpSocket::errorOccurred, this, &Peer::onSocketError);
  connect(socket_, &QTcpSocket::disconnected, this, &Peer::onSocketError);
  connect(socket_, &QTcpSocket::connected, this, [this] { send(ourHello_); });

  handshakeTimer_.setSingleShot(true);
  connect(&handshakeTimer_, &QTimer::timeout, this, [this] {
    disconnectWith(fail(NetErrc::HandshakeTimeout,
                        "no complete handshake within " + std::to_string(limits_.handshakeTimeoutMs) + " ms"),
                   false);
  });
  pongTimer_.setSingleShot(true);
  connect(&pongTimer_, &QTimer::timeout, this, [this] {
    disconnectWith(fail(NetErrc::PingTimeout, "no pong within " + std::to_string(limits_.pingTimeoutMs) + " ms"),
                   false);
  });
  connect(&pingTimer_, &QTimer::timeout, this, &Peer::onPingTimer);
}

void Peer::start() {
  handshakeTimer_.start(limits_.handshakeTimeoutMs);
  if (inbound_) {
    send(ourHello_);
    // Bytes may have arrived before we were wired up.
    if (socket_->bytesAvailable() > 0) QTimer::singleShot(0, this, &Peer::onReadyRead);
  } else {
    socket_->connectToHost(remote_.host, remote_.port);
  }
}

qint64 Peer::queuedBytes() const { return closed_ ? 0 : socket_->bytesToWrite(); }

void Peer::send(const Message& message) {
  if (closed_) return;
  sendFrame(static_cast<std::uint8_t>(messageType(message)), encodePayload(message));
}

void Peer::sendFrame(std::uint8_t type, const Bytes& payload) {
  const Bytes frame = encodeFrame(networkMagic(ourHello_.genesis), type, payload);
  if (socket_->bytesToWrite() + static_cast<qint64>(frame.size()) > limits_.maxSendQueueBytes) {
    disconnectWith(fail(NetErrc::SendQueueFull, "the peer does not read what we send (over " +
                                                    std::to_string(limits_.maxSendQueueBytes) + " bytes queued)"),
                   false);
    return;
  }
  socket_->write(reinterpret_cast<const char*>(frame.data()), static_cast<qint64>(frame.size()));
}

void Peer::disconnectWith(const Error& reason, bool misbehaved) {
  if (closed_) return;
  closed_ = true;
  handshakeTimer_.stop();
  pingTimer_.stop();
  pongTimer_.stop();
  socket_->disconnect(this);  // no more socket signals reach us, even from abort()
  // A socket error or the other side's own reject needs no answer.
  if (reason.code == NetErrc::SocketError) {
    socket_->abort();
  } else {
    rejectAndClose(*socket_, networkMagic(ourHello_.genesis), reason);
  }
  emit disconnected(id_, reason, misbehaved);
}

void Peer::onSocketError() {
  const std::string what = socket_->error() == QAbstractSocket::RemoteHostClosedError ||
                                   socket_->error() == QAbstractSocket::UnknownSocketError
                               ? "the connection was closed"
                               : socket_->errorString().toStdString();
  disconnectWith(fail(NetErrc::SocketError, what), false);
}

void Peer::onBytesWritten() {
  if (!closed_ && socket_->bytesToWrite() < limits_.maxSendQueueBytes / 4) emit readyForMore(id_);
}

void Peer::onReadyRead() {
  while (!closed_ && socket_->bytesAvailable() > 0) {
    const QByteArray chunk = socket_->read(limits_.readChunkBytes);
    decoder_.feed(ByteView(reinterpret_cast<const Byte*>(chunk.constData()), static_cast<std::size_t>(chunk.size())));
    while (!closed_) {
      auto frame = decoder_.next();
      if (!frame) {
        disconnectWith(frame.error(), true);
        return;
      }
      if (!*frame) break;
      handleFrame(**frame);
    }
  }
}

void Peer::handleFrame(const Frame& frame) {
  auto message = decodeMessage(frame.type, frame.payload);
  if (!message) {
    disconnectWith(message.error(), true);
    return;
  }
  if (const auto* reject = std::get_if<RejectMsg>(&*message)) {
    disconnectWith(fail(NetErrc::SocketError, "the peer closed the connection: " + reject->reason), false);
    return;
  }
  if (!ready_) {
    handleHandshake(*message);
    return;
  }
  if (const auto* ping = std::get_if<PingMsg>(&*message)) {
    send(PongMsg{ping->nonce});
    return;
  }
  if (const auto* pong = std::get_if<PongMsg>(&*message)) {
    // A stray pong (late, or unasked) is harmless; only the awaited one counts.
    if (pingNonce_ && pong->nonce == *pingNonce_) {
      pingNonce_.reset();
      pongTimer_.stop();
      lastPingMs_ = pingClock_.elapsed();
    }
    return;
  }
  if (std::holds_alternative<HelloMsg>(*message) || std::holds_alternative<HelloAckMsg>(*message)) {
    disconnectWith(
        fail(NetErrc::UnexpectedMessage, std::string(messageTypeName(messageType(*message))) + " after the handshake"),
        true);
    return;
  }
  emit messageReceived(id_, *message);
}

void Peer::handleHandshake(const Message& message) {
  if (const auto* hello = std::get_if<HelloMsg>(&message)) {
    if (gotHello_) {
      disconnectWith(fail(NetErrc::UnexpectedMessage, "a second hello"), true);
      return;
    }
    // Another network, version or ourselves: not an attack, just nothing to talk about.
    if (hello->genesis != ourHello_.genesis) {
      disconnectWith(fail(NetErrc::WrongNetwork,
                          "the peer is on another network (genesis " + toHex(ByteView(hello->genesis).first(8)) + "…)"),
                     false);
      return;
    }
    if (hello->version != kProtocolVersion) {
      disconnectWith(fail(NetErrc::WrongVersion, "the peer speaks protocol version " + std::to_string(hello->version) +
                                                     ", we speak " + std::to_string(kProtocolVersion)),
                     false);
      return;
    }
    if (hello->nonce == ourHello_.nonce) {
      disconnectWith(fail(NetErrc::SelfConnection, "connected to ourselves"), false);
      return;
    }
    gotHello_ = true;
    theirHello_ = *hello;
    send(HelloAckMsg{});
  } else if (std::holds_alternative<HelloAckMsg>(message) && gotHello_ && !gotAck_) {
    gotAck_ = true;
  } else {
    disconnectWith(fail(NetErrc::UnexpectedMessage,
                        std::string(messageTypeName(messageType(message))) +
                            (gotHello_ ? " before the handshake completed" : " before hello: hello must come first")),
                   true);
    return;
  }
  if (closed_ || !gotHello_ || !gotAck_) return;
  ready_ = true;
  handshakeTimer_.stop();
  pingTimer_.start(limits_.pingIntervalMs);
  emit handshakeCompleted(id_);
}

void Peer::onPingTimer() {
  if (closed_ || pingNonce_) return;  // the pong timer is already running
  pingNonce_ = QRandomGenerator::global()->generate64();
  pingClock_.start();
  pongTimer_.start(limits_.pingTimeoutMs);
  send(PingMsg{*pingNonce_});
}

}  // namespace wb::net
