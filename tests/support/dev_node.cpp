#include "tests/support/dev_node.h"

#include <chrono>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "wallet/dev_accounts.h"

namespace wb::test {
namespace {

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

}  // namespace

Result<GenesisFile> devGenesis(const SecpContext& ctx, ConsensusKind kind) {
  WB_TRY_ASSIGN(keys, devAccountKeys(ctx));
  return makeDevGenesis(kind, unixNow(), std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
}

Result<std::unique_ptr<DevNode>> DevNode::start(ConsensusKind kind, const QString& dataDir, const SecpContext& ctx,
                                                DevNodeOptions options) {
  std::unique_ptr<DevNode> out(new DevNode(ctx));
  WB_TRY_ASSIGN(keys, devAccountKeys(ctx));
  WB_TRY_ASSIGN(secrets, devAccountSecrets(ctx));
  out->keys_ = std::move(*keys);
  out->secrets_ = std::move(*secrets);
  if (!options.genesis) {
    WB_TRY_ASSIGN(made, devGenesis(ctx, kind));
    options.genesis = std::move(*made);
  }
  out->genesis_ = std::move(*options.genesis);
  node::NodeConfig config;
  config.dataDir = dataDir;
  config.genesis = out->genesis_;
  config.manualClock = options.manualClock;
  config.mempool = options.mempool;
  config.listen = net::HostPort{QHostAddress(QHostAddress::LocalHost), 0};
  if (options.connect) config.connect.push_back(net::HostPort{QHostAddress(QHostAddress::LocalHost), *options.connect});
  if (options.produces) {
    for (std::size_t i = 0; i < out->keys_.size(); ++i) config.producers.push_back({out->keys_[i], &out->secrets_[i]});
  }
  WB_TRY(out->runner_.start(config, ctx));
  out->client_ = std::make_unique<node::LocalNodeClient>(out->runner_.node());
  return out;
}

DevNode::~DevNode() {
  client_.reset();
  runner_.stop();
}

QString DevNode::address(std::size_t index) const {
  return QString::fromStdString(encodeAddress(genesis_.params.hrp, keys_.at(index)));
}

void DevNode::onNode(const std::function<void(node::Node&)>& work) const {
  node::Node* n = runner_.node();
  QMetaObject::invokeMethod(
      n, [&] { work(*n); }, Qt::BlockingQueuedConnection);
}

Status DevNode::produce(std::size_t count) {
  Status result;
  onNode([&](node::Node& n) {
    auto made = n.devProduce(count);
    if (!made) result = made.error();
  });
  return result;
}

Result<Hash32> DevNode::submit(const Tx& tx) const {
  Result<Hash32> result = fail(CoreErrc::IoError, "not run");
  onNode([&](node::Node& n) { result = n.submitTx(tx); });
  return result;
}

Result<Hash32> DevNode::submitPayload(const TxBuilder& builder, const AccountKey& from, TxPayload payload) const {
  Result<Hash32> result = fail(CoreErrc::IoError, "not run");
  onNode([&](node::Node& n) {
    auto nonce = n.mempool().nextNonce(from);
    if (!nonce) {
      result = nonce.error();
      return;
    }
    auto tx = builder.build(from, *nonce, std::move(payload));
    result = tx ? n.submitTx(*tx) : Result<Hash32>(tx.error());
  });
  return result;
}

TipPosition DevNode::tip() const {
  TipPosition tip;
  onNode([&](node::Node& n) { tip = n.chain().tip(); });
  return tip;
}

Result<Keystore> DevNode::devKeystore(std::size_t count, std::string_view passphrase) const {
  KeystoreParams params;
  params.network = NetworkId{genesis_.params.hrp, genesis_.params.genesisHash};
  params.kdf = KdfParams::minimum();
  WB_TRY_ASSIGN(keystore, Keystore::create(ctx_, params, kDevMnemonic, "", passphrase));
  WB_TRY(keystore->setAccountLabel(0, "dev0"));
  for (std::size_t i = 1; i < count; ++i) {
    WB_TRY_ASSIGN(added, keystore->addAccount(ctx_, "dev" + std::to_string(i)));
  }
  return keystore;
}

quint16 DevNode::p2pPort() const {
  quint16 port = 0;
  onNode([&](node::Node& n) { port = n.p2pPort(); });
  return port;
}

}  // namespace wb::test
