// Shared by the P2P suites: a node (real LMDB chain in a temporary directory +
// PeerManager on 127.0.0.1) and RawPeer, a bare socket speaking frames by hand,
// to play an honest or a hostile peer byte by byte.
#pragma once

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "chain/net/peer_manager.h"
#include "tests/support/test_chain.h"

namespace wb::nettest {

// What every node of a test network shares: keys, genesis and a pre-built chain.
struct Network {
  SecpContext ctx;
  testsupport::TestAccounts accounts{ctx, 8};
  ChainGenesis genesis = testsupport::testGenesis(accounts);
  std::vector<Block> blocks;  // blocks[i] is at height i + 1

  // Builds `count` consecutive valid blocks of `txsPerBlock` transactions on top of genesis.
  void build(std::size_t count, std::size_t txsPerBlock = 3) {
    testsupport::BlockFactory factory(ctx, genesis.params, accounts);
    BlockHeader parent = genesis.header;
    for (std::size_t i = 0; i < count; ++i) {
      blocks.push_back(factory.makeBlock(parent, factory.mixedTxs(txsPerBlock), i % accounts.size()));
      parent = blocks.back().header;
    }
  }
};

// A quiet configuration: fast timeouts fit for tests, no auto-connect.
inline net::PeerManagerConfig testConfig() {
  net::PeerManagerConfig config;
  config.peer.handshakeTimeoutMs = 5'000;
  config.sync.requestTimeoutMs = 3'000;
  return config;
}

class Node {
public:
  Node(Network& net, QString name) : net_(net), name_(std::move(name)) {}

  // Opens (or reopens) the chain and a manager listening on 127.0.0.1 (OS-chosen
  // port). With an `engine` (which must outlive the chain) blocks are checked by
  // consensus rules too, the block time against the engine's clock included.
  Status open(net::PeerManagerConfig config = testConfig(), const ConsensusEngine* engine = nullptr) {
    manager.reset();
    chain.reset();
    auto opened = Chain::open(std::filesystem::path(dir_.path().toStdString()) / name_.toStdString(), "test",
                              net_.genesis, net_.ctx, engine);
    if (!opened) return opened.error();
    chain = std::move(*opened);
    if (config.banListPath.isEmpty()) config.banListPath = dir_.filePath(name_ + "-banlist.dat");
    manager = std::make_unique<net::PeerManager>(*chain, std::move(config));
    return manager->listen(QHostAddress::LocalHost, 0);
  }
  void close() {
    manager.reset();
    chain.reset();
  }
  // Imports net.blocks[from, to) (heights from+1 … to).
  Status importBlocks(std::size_t from, std::size_t to) {
    std::vector<Bytes> encoded;
    for (std::size_t i = from; i < to; ++i) encoded.push_back(encodeBlock(net_.blocks[i]));
    std::vector<ByteView> views(encoded.begin(), encoded.end());
    return chain->importBlocks(views);
  }
  net::HostPort endpoint() const { return {QHostAddress::LocalHost, manager->listenPort()}; }
  std::uint64_t height() const { return chain->tip().height; }

  std::unique_ptr<Chain> chain;
  std::unique_ptr<net::PeerManager> manager;

private:
  Network& net_;
  QString name_;
  QTemporaryDir dir_;
};

// A hand-driven peer on a raw socket, bound to `local` (127.0.0.x) so that bans
// of it do not touch other test peers.
class RawPeer {
public:
  RawPeer(const Hash32& genesis, const QHostAddress& local) : genesis_(genesis), decoder_(net::networkMagic(genesis)) {
    socket_.bind(local, 0);
  }

  bool connectTo(quint16 port) {
    socket_.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([&] { return socket_.state() == QAbstractSocket::ConnectedState; }, 5'000);
  }
  void sendRaw(const Bytes& bytes) {
    socket_.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
    socket_.flush();
  }
  void send(const net::Message& message) {
    sendRaw(net::encodeFrame(net::networkMagic(genesis_), static_cast<std::uint8_t>(net::messageType(message)),
                             net::encodePayload(message)));
  }
  // The next message of type `type` (others are skipped), waiting up to `ms`.
  std::optional<net::Message> waitFor(net::MessageType type, int ms = 5'000) {
    std::optional<net::Message> found;
    (void)QTest::qWaitFor([&] {
      pump();
      for (auto it = inbox_.begin(); it != inbox_.end(); ++it) {
        if (net::messageType(*it) == type) {
          found = *it;
          inbox_.erase(it);
          return true;
        }
      }
      return false;
    }, ms);
    return found;
  }
  // Sends hello (claiming `bestHeight`), answers the manager's hello, waits for its ack.
  bool handshake(std::uint64_t bestHeight = 0, std::uint64_t nonce = 0x1234) {
    net::HelloMsg hello;
    hello.genesis = genesis_;
    hello.bestHeight = bestHeight;
    hello.nonce = nonce;
    hello.agent = "raw-test-peer";
    send(hello);
    if (!waitFor(net::MessageType::Hello)) return false;
    send(net::HelloAckMsg{});
    return waitFor(net::MessageType::HelloAck).has_value();
  }
  bool waitDisconnected(int ms = 5'000) {
    return QTest::qWaitFor([&] { return socket_.state() == QAbstractSocket::UnconnectedState; }, ms);
  }
  bool connected() const { return socket_.state() == QAbstractSocket::ConnectedState; }

private:
  void pump() {
    const QByteArray data = socket_.readAll();
    decoder_.feed(ByteView(reinterpret_cast<const Byte*>(data.constData()), std::size_t(data.size())));
    for (;;) {
      auto frame = decoder_.next();
      if (!frame || !*frame) return;
      auto message = net::decodeMessage((*frame)->type, (*frame)->payload);
      if (message) inbox_.push_back(std::move(*message));
    }
  }

  Hash32 genesis_;
  net::FrameDecoder decoder_;
  QTcpSocket socket_;
  std::vector<net::Message> inbox_;
};

}  // namespace wb::nettest
