// A real dev node for wallet-layer and GUI page tests (unlike tests/support/dev_node.h
// it can join another node's network, dial it, run on the real clock, and run work
// on the node's thread): a dev network of any consensus
// with the manual dev clock, running on its own thread (NodeRunner) in a
// temporary data directory and listening on loopback, with the dev accounts as
// producers, plus an unlocked keystore of the dev mnemonic. Blocks come only
// from produce(). Header-only; used by tests/wallet and tests/ui/*.
#pragma once

#include <QHostAddress>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "chain/core/genesis.h"
#include "chain/node/node_client.h"
#include "chain/node/node_runner.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore.h"

namespace wb::test {

inline std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

// A dev genesis of `kind` starting now.
inline Result<GenesisFile> devGenesis(const SecpContext& ctx, ConsensusKind kind) {
  auto keys = devAccountKeys(ctx);
  if (!keys) return keys.error();
  return makeDevGenesis(kind, unixNow(), std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
}

struct LoopbackNodeOptions {
  std::optional<GenesisFile> genesis;  // nullopt: a new network of the node's kind
  std::optional<quint16> connect;      // a loopback port to dial at start
  bool produces = true;                // false: no producer keys
  bool manualClock = true;             // false: real time (the mining switch works)

  // A node of `genesis`'s network (to meet a node that already runs it).
  static LoopbackNodeOptions joining(GenesisFile genesis) {
    LoopbackNodeOptions options;
    options.genesis = std::move(genesis);
    return options;
  }
  // A node on the real clock, not producing until told to.
  static LoopbackNodeOptions realClock() {
    LoopbackNodeOptions options;
    options.manualClock = false;
    return options;
  }
};

class LoopbackDevNode {
public:
  LoopbackDevNode(const SecpContext& ctx, ConsensusKind kind, LoopbackNodeOptions options = {}) : ctx_(ctx) {
    auto genesis = std::move(options.genesis);
    const auto connect = options.connect;
    const bool produces = options.produces;
    auto keys = devAccountKeys(ctx);
    auto secrets = devAccountSecrets(ctx);
    if (!keys || !secrets) {
      error_ = "dev keys";
      return;
    }
    keys_ = *keys;
    secrets_ = std::move(*secrets);
    if (!genesis) {
      auto made = devGenesis(ctx, kind);
      if (!made) {
        error_ = made.error().message;
        return;
      }
      genesis = std::move(*made);
    }
    genesis_ = *genesis;
    node::NodeConfig config;
    config.dataDir = dir_.path();
    config.genesis = genesis_;
    config.manualClock = options.manualClock;
    config.listen = net::HostPort{QHostAddress(QHostAddress::LocalHost), 0};
    if (connect) config.connect.push_back(net::HostPort{QHostAddress(QHostAddress::LocalHost), *connect});
    if (produces) {
      for (std::size_t i = 0; i < keys_.size(); ++i) config.producers.push_back({keys_[i], &secrets_[i]});
    }
    runner_ = std::make_unique<node::NodeRunner>();
    if (Status started = runner_->start(config, ctx); !started) {
      error_ = started.error().message;
      runner_.reset();
      return;
    }
    client_ = std::make_unique<node::NodeClient>(runner_->node());
  }

  ~LoopbackDevNode() { stop(); }

  // Empty when the node runs.
  const std::string& error() const { return error_; }
  bool ok() const { return error_.empty(); }

  // The client first, then the node (NodeClient's contract).
  void stop() {
    client_.reset();
    runner_.reset();
  }

  const GenesisFile& genesis() const { return genesis_; }
  const ChainParams& params() const { return genesis_.params; }
  const AccountKey& key(std::size_t i) const { return keys_[i]; }
  node::NodeClient* client() const { return client_.get(); }
  node::Node* node() const { return runner_->node(); }

  // Runs `work` on the node's thread and waits for it.
  void onNode(const std::function<void(node::Node&)>& work) const {
    node::Node* n = runner_->node();
    QMetaObject::invokeMethod(n, [&] { work(*n); }, Qt::BlockingQueuedConnection);
  }

  // Produces `count` blocks; false (with the reason in error()) on failure.
  bool produce(std::size_t count) {
    std::string failure;
    onNode([&](node::Node& n) {
      auto made = n.devProduce(count);
      if (!made) failure = made.error().message;
    });
    if (!failure.empty()) error_ = failure;
    return failure.empty();
  }

  // Node::submitTx on the node's thread.
  Result<Hash32> submit(const Tx& tx) const {
    Result<Hash32> result = fail(Errc::IoError, "not run");
    onNode([&](node::Node& n) { result = n.submitTx(tx); });
    return result;
  }

  TipPosition tip() const {
    TipPosition tip;
    onNode([&](node::Node& n) { tip = n.chain().tip(); });
    return tip;
  }

  quint16 p2pPort() const {
    quint16 port = 0;
    onNode([&](node::Node& n) { port = n.p2pPort(); });
    return port;
  }

  // An unlocked keystore of the dev mnemonic with accounts 0…count−1 (cheap KDF).
  Result<Keystore> devKeystore(std::size_t count, std::string_view passphrase = "test passphrase") const {
    KeystoreParams params;
    params.network = {genesis_.params.hrp, genesis_.params.genesisHash};
    params.kdf = KdfParams::minimum();
    auto keystore = Keystore::create(ctx_, params, kDevMnemonic, "", passphrase);
    if (!keystore) return keystore.error();
    for (std::size_t i = 1; i < count; ++i) {
      auto added = keystore->addAccount(ctx_, "");
      if (!added) return added.error();
    }
    return keystore;
  }

private:
  const SecpContext& ctx_;
  QTemporaryDir dir_;
  std::string error_;
  GenesisFile genesis_;
  std::vector<AccountKey> keys_;
  std::vector<SecureBytes> secrets_;
  std::unique_ptr<node::NodeRunner> runner_;
  std::unique_ptr<node::NodeClient> client_;
};

}  // namespace wb::test
