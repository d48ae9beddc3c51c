#include "tests/support/dev_node.h"

#include <chrono>

#include "chain/core/bech32m.h"
#include "wallet/dev_accounts.h"

namespace wb::test {
namespace {

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

}  // namespace

Result<std::unique_ptr<DevNode>> DevNode::start(ConsensusKind kind, const QString& dataDir, const SecpContext& ctx) {
  std::unique_ptr<DevNode> out(new DevNode(ctx));
  auto keys = devAccountKeys(ctx);
  if (!keys) return keys.error();
  auto secrets = devAccountSecrets(ctx);
  if (!secrets) return secrets.error();
  out->keys_ = std::move(*keys);
  out->secrets_ = std::move(*secrets);
  auto genesis = makeDevGenesis(kind, unixNow(), std::span<const AccountKey, kDevAccounts>(out->keys_.data(), kDevAccounts));
  if (!genesis) return genesis.error();
  out->genesis_ = std::move(*genesis);
  node::NodeConfig config;
  config.dataDir = dataDir;
  config.genesis = out->genesis_;
  config.manualClock = true;
  config.listen = net::HostPort{QHostAddress(QHostAddress::LocalHost), 0};
  for (std::size_t i = 0; i < out->keys_.size(); ++i) config.producers.push_back({out->keys_[i], &out->secrets_[i]});
  WB_TRY(out->runner_.start(config, ctx));
  out->client_ = std::make_unique<node::NodeClient>(out->runner_.node());
  return out;
}

DevNode::~DevNode() {
  client_.reset();
  runner_.stop();
}

QString DevNode::address(std::size_t index) const {
  return QString::fromStdString(encodeAddress(genesis_.params.hrp, keys_.at(index)));
}

Status DevNode::produce(std::size_t count) {
  Status result;
  QMetaObject::invokeMethod(
      runner_.node(),
      [&] {
        auto made = runner_.node()->devProduce(count);
        if (!made) result = made.error();
      },
      Qt::BlockingQueuedConnection);
  return result;
}

Result<Keystore> DevNode::devKeystore() const {
  KeystoreParams params;
  params.network = NetworkId{genesis_.params.hrp, genesis_.params.genesisHash};
  params.kdf = KdfParams::minimum();
  auto keystore = Keystore::create(ctx_, params, kDevMnemonic, "", "");
  if (!keystore) return keystore.error();
  for (std::size_t i = 1; i < kDevAccounts; ++i) {
    auto added = keystore->addAccount(ctx_, "dev" + std::to_string(i));
    if (!added) return added.error();
  }
  return keystore;
}

quint16 DevNode::p2pPort() const {
  quint16 port = 0;
  QMetaObject::invokeMethod(runner_.node(), [&] { port = runner_.node()->p2pPort(); }, Qt::BlockingQueuedConnection);
  return port;
}

}  // namespace wb::test
