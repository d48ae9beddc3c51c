// A real dev network node for GUI and wallet tests: a NodeRunner on its own
// thread over a temporary data directory, with the dev accounts funded, the
// manual dev clock (blocks come only from produce()) and a NodeClient on the
// caller's thread. Real store, real engine, real signatures — only the clock is
// driven by the test.
#pragma once

#include <QString>

#include <memory>
#include <vector>

#include "chain/core/genesis.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/node/node_client.h"
#include "chain/node/node_runner.h"
#include "wallet/keystore.h"

namespace wb::test {

class DevNode {
public:
  // Starts a `kind` dev network in `dataDir` (which must outlive the node), listening
  // on a free loopback port. `ctx` must outlive the node. Fails like NodeRunner::start.
  [[nodiscard]] static Result<std::unique_ptr<DevNode>> start(ConsensusKind kind, const QString& dataDir,
                                                              const SecpContext& ctx);
  ~DevNode();  // the client first, then the node (NodeClient's contract)

  node::NodeClient& client() { return *client_; }
  node::Node* node() const { return runner_.node(); }
  const GenesisFile& genesis() const { return genesis_; }
  const ChainParams& params() const { return genesis_.params; }
  // The dev accounts' public keys (dev0 … dev9) and their bech32m addresses.
  const std::vector<AccountKey>& keys() const { return keys_; }
  QString address(std::size_t index) const;

  // Produces `count` blocks on the node's thread and waits for them (the
  // caller's event loop does not run meanwhile; queued answers arrive after).
  [[nodiscard]] Status produce(std::size_t count);

  // A new, unlocked keystore with the dev mnemonic and all dev accounts (labels
  // dev0…dev9), an empty passphrase and the fastest KDF.
  [[nodiscard]] Result<Keystore> devKeystore() const;

  // The P2P port the node listens on.
  quint16 p2pPort() const;

private:
  DevNode(const SecpContext& ctx) : ctx_(ctx) {}

  const SecpContext& ctx_;
  GenesisFile genesis_;
  std::vector<AccountKey> keys_;
  std::vector<SecureBytes> secrets_;
  node::NodeRunner runner_;
  std::unique_ptr<node::NodeClient> client_;
};

}  // namespace wb::test
