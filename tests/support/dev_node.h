// A real dev network node for GUI and wallet tests: a NodeRunner on its own
// thread over a temporary data directory, with the dev accounts funded, the
// manual dev clock (blocks come only from produce()) and a NodeClient on the
// caller's thread. Real store, real engine, real signatures — only the clock is
// driven by the test.
#pragma once

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "chain/core/genesis.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/node/local_node_client.h"
#include "chain/node/node_runner.h"
#include "wallet/keystore.h"
#include "wallet/tx_builder.h"

namespace wb::test {

// A dev genesis of `kind` for the dev accounts, starting now.
[[nodiscard]] Result<GenesisFile> devGenesis(const SecpContext& ctx, ConsensusKind kind);

struct DevNodeOptions {
  std::optional<GenesisFile> genesis;  // nullopt: a new network of the node's kind
  std::optional<quint16> connect;      // a loopback port to dial at start
  bool produces = true;                // false: no producer keys
  bool manualClock = true;             // false: real time (automatic production can run)
  MempoolLimits mempool;               // the node's mempool bounds

  // A node of `genesis`'s network (to meet a node that already runs it).
  static DevNodeOptions joining(GenesisFile genesis) {
    DevNodeOptions options;
    options.genesis = std::move(genesis);
    return options;
  }
  // A node on the real clock, not producing until told to.
  static DevNodeOptions realClock() {
    DevNodeOptions options;
    options.manualClock = false;
    return options;
  }
};

class DevNode {
public:
  // Starts a `kind` dev network in `dataDir` (which must outlive the node), listening
  // on a free loopback port. `ctx` must outlive the node. Fails like NodeRunner::start.
  [[nodiscard]] static Result<std::unique_ptr<DevNode>> start(ConsensusKind kind, const QString& dataDir,
                                                              const SecpContext& ctx, DevNodeOptions options = {});
  ~DevNode();  // the client first, then the node (NodeClient's contract)

  node::LocalNodeClient& client() { return *client_; }
  node::Node* node() const { return runner_.node(); }
  const GenesisFile& genesis() const { return genesis_; }
  const ChainParams& params() const { return genesis_.params; }
  // The dev accounts' public keys (dev0 … dev9) and their bech32m addresses.
  const std::vector<AccountKey>& keys() const { return keys_; }
  QString address(std::size_t index) const;

  // Runs `work` on the node's thread and waits for it (the caller's event loop
  // does not run meanwhile; queued answers arrive after).
  void onNode(const std::function<void(node::Node&)>& work) const;

  // Produces `count` blocks on the node's thread and waits for them.
  [[nodiscard]] Status produce(std::size_t count);

  // Node::submitTx on the node's thread.
  [[nodiscard]] Result<Hash32> submit(const Tx& tx) const;
  // Builds `payload` from `from` with the next nonce the node expects (counting
  // pending transactions), signs it with `builder` and submits it.
  [[nodiscard]] Result<Hash32> submitPayload(const TxBuilder& builder, const AccountKey& from, TxPayload payload) const;

  TipPosition tip() const;

  // A new, unlocked keystore with the dev mnemonic and dev accounts 0…count−1
  // (labels dev0…), sealed under `passphrase` with the fastest KDF.
  [[nodiscard]] Result<Keystore> devKeystore(std::size_t count = kDevAccounts, std::string_view passphrase = "") const;

  // The P2P port the node listens on.
  quint16 p2pPort() const;

private:
  DevNode(const SecpContext& ctx) : ctx_(ctx) {}

  const SecpContext& ctx_;
  GenesisFile genesis_;
  std::vector<AccountKey> keys_;
  std::vector<SecureBytes> secrets_;
  node::NodeRunner runner_;
  std::unique_ptr<node::LocalNodeClient> client_;
};

}  // namespace wb::test
