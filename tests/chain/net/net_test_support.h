// Shared by the P2P suites: a node (real LMDB chain in a temporary directory +
// PeerManager on 127.0.0.1) and RawPeer, a bare socket speaking frames by hand,
// to play an honest or a hostile peer byte by byte (tests/support/hostile_peer.h).
#pragma once

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

#include "chain/net/frame.h"
#include "chain/net/messages.h"
#include "chain/net/peer_manager.h"
#include "tests/support/hostile_peer.h"
#include "tests/support/test_chain.h"

namespace wb::nettest {

// The loopback addresses a test's honest and hostile raw peers connect from,
// so the node tells them apart.
inline const QHostAddress kHonestAddress{QStringLiteral("127.0.0.1")};
inline const QHostAddress kHostileAddress{QStringLiteral("127.0.0.2")};

// What every node of a test network shares: keys, genesis and a pre-built chain.
struct Network {
  SecpContext ctx;
  testsupport::TestAccounts accounts{ctx, 8};
  ChainGenesis genesis = testsupport::testGenesis(accounts);
  std::vector<Block> blocks;  // blocks[i] is at height i + 1

  // Builds `count` consecutive valid blocks of `txsPerBlock` transactions on top of genesis.
  void build(std::size_t count, std::size_t txsPerBlock = 3) {
    testsupport::BlockFactory factory(ctx, genesis, accounts);
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
  // port unless `port` is given). With an `engine` (which must outlive the chain) blocks are checked by
  // consensus rules too, the block time against the engine's clock included.
  Status open(net::PeerManagerConfig config = testConfig(), const ConsensusEngine* engine = nullptr, quint16 port = 0) {
    manager.reset();
    chain.reset();
    WB_TRY_ASSIGN(opened, Chain::open(std::filesystem::path(dir_.path().toStdString()) / name_.toStdString(), "test",
                                      net_.genesis, net_.ctx, engine));
    chain = std::move(*opened);
    if (config.banListPath.isEmpty()) config.banListPath = dir_.filePath(name_ + "-banlist.dat");
    manager = std::make_unique<net::PeerManager>(*chain, std::move(config));
    return manager->listen(QHostAddress::LocalHost, port);
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

// The code of the last misbehaviour `manager` reported (0 while none). Declared
// after the node that owns `manager`, so it is gone before the node is.
struct LastMisbehaviour {
  explicit LastMisbehaviour(net::PeerManager& manager) {
    QObject::connect(&manager, &net::PeerManager::peerMisbehaved,
                     [this](net::PeerId, QString, int reported, QString) { code = reported; });
  }
  LastMisbehaviour(const LastMisbehaviour&) = delete;  // the connection writes to this one
  LastMisbehaviour& operator=(const LastMisbehaviour&) = delete;

  int code = 0;
};

// A hand-driven peer on a raw socket (tests/support/hostile_peer.h).
using RawPeer = testsupport::HostilePeer;

}  // namespace wb::nettest
