// LoopbackDevNode: tests/support/dev_node.h's DevNode in its own temporary data
// directory, for tests that start and stop nodes as values (several per test,
// joining each other's network). Failures land in error() instead of a Result.
#pragma once

#include <QHostAddress>
#include <QTemporaryDir>
#include <memory>
#include <string>

#include "chain/core/core_errc.h"
#include "chain/node/node.h"
#include "tests/support/dev_node.h"

namespace wb::test {

using LoopbackNodeOptions = DevNodeOptions;

class LoopbackDevNode {
public:
  LoopbackDevNode(const SecpContext& ctx, ConsensusKind kind, LoopbackNodeOptions options = {}) {
    auto started = DevNode::start(kind, dir_.path(), ctx, std::move(options));
    if (started)
      node_ = std::move(*started);
    else
      error_ = started.error().message;
  }

  // Empty when the node runs.
  const std::string& error() const { return error_; }
  bool ok() const { return error_.empty(); }
  // Stops the node (client first, as NodeClient's contract says).
  void stop() { node_.reset(); }

  const GenesisFile& genesis() const { return node_->genesis(); }
  const ChainParams& params() const { return node_->params(); }
  const AccountKey& key(std::size_t i) const { return node_->keys().at(i); }
  node::LocalNodeClient* client() const { return &node_->client(); }
  node::Node* node() const { return node_->node(); }
  void onNode(const std::function<void(node::Node&)>& work) const { node_->onNode(work); }
  // Produces `count` blocks; false (with the reason in error()) on failure.
  bool produce(std::size_t count) {
    const Status made = node_->produce(count);
    if (!made) error_ = made.error().message;
    return made.ok();
  }
  Result<Hash32> submit(const Tx& tx) const { return node_->submit(tx); }
  TipPosition tip() const { return node_->tip(); }
  quint16 p2pPort() const { return node_->p2pPort(); }
  // Dials `other`'s P2P port on loopback from this node's thread.
  Result<net::PeerId> dial(const LoopbackDevNode& other) const {
    Result<net::PeerId> dialled = fail(CoreErrc::IoError, "not run");
    onNode([&, port = other.p2pPort()](node::Node& n) {
      dialled = n.peers().connectTo(net::HostPort{QHostAddress(QHostAddress::LocalHost), port});
    });
    return dialled;
  }
  // An unlocked keystore of the dev mnemonic with accounts 0…count−1 (cheap KDF).
  Result<Keystore> devKeystore(std::size_t count, std::string_view passphrase = "test passphrase") const {
    return node_->devKeystore(count, passphrase);
  }

private:
  QTemporaryDir dir_;  // outlives node_ (declared first)
  std::string error_;
  std::unique_ptr<DevNode> node_;
};

}  // namespace wb::test
