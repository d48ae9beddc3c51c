#include "app/node_setup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <chrono>

#include "app/app_errc.h"
#include "chain/address/net_address.h"
#include "chain/consensus/pow/pow_calibration.h"
#include "chain/core/core_errc.h"
#include "chain/core/genesis_file.h"
#include "chain/node/node_errc.h"
#include "wallet/account_keys.h"
#include "wallet/bip39.h"
#include "wallet/keystore_file.h"
#include "wallet/passphrase_text.h"

namespace wb::app {
namespace {

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

ConsensusKind kindOf(DevConsensus dev) {
  switch (dev) {
    case DevConsensus::Pow:
      return ConsensusKind::Pow;
    case DevConsensus::Pos:
      return ConsensusKind::Pos;
    case DevConsensus::Dpos:
      return ConsensusKind::Dpos;
  }
  return ConsensusKind::Pow;
}

std::string devNetworkName(DevConsensus dev) {
  switch (dev) {
    case DevConsensus::Pow:
      return "dev-pow";
    case DevConsensus::Pos:
      return "dev-pos";
    case DevConsensus::Dpos:
      return "dev-dpos";
  }
  return "dev-pow";
}

std::filesystem::path genesisPathIn(const QString& dataDir, const std::string& network) {
  return std::filesystem::path(dataDir.toStdString()) / network / "genesis.json";
}

Status ensureDir(const std::filesystem::path& dir) {
  if (!QDir().mkpath(QString::fromStdString(dir.string()))) {
    return fail(NodeErrc::DataDirIo, "cannot create the directory " + dir.string());
  }
  return {};
}

// Keeps `file` as the network's genesis.json, or checks it equals the one there.
Status adoptGenesis(const QString& dataDir, const GenesisFile& file) {
  const auto path = genesisPathIn(dataDir, file.params.name);
  if (std::filesystem::exists(path)) {
    WB_TRY_ASSIGN(stored, readGenesisFile(path));
    if (stored->params.genesisHash != file.params.genesisHash) {
      return fail(NodeErrc::GenesisMismatch, "the data directory already holds another network named '" +
                                                 file.params.name + "' (" + path.string() + ")");
    }
    return {};
  }
  WB_TRY(ensureDir(path.parent_path()));
  return writeGenesisFile(path, file);
}

Result<net::HostPort> hostPort(const Endpoint& e, const char* option) {
  const QString host = QString::fromStdString(e.host);
  QHostAddress address(host == "localhost" ? QStringLiteral("127.0.0.1") : host);
  if (address.isNull())
    return fail(AppErrc::UsageBadValue, std::string(option) + ": '" + e.host + "' is not an IP address");
  return net::HostPort{address, e.port};
}

// A dev wallet with the dev mnemonic, an empty passphrase and the ten funded
// accounts, so the GUI and wallet tools can open it. Dev networks only: anyone
// knows this mnemonic. Named <network>.dev.wallet so a wallet the user creates
// for the same network (<network>.wallet) never clashes with it.
Result<QString> writeDevWallet(const SecpContext& ctx, const QString& dataDir, const GenesisFile& genesis) {
  const QString dir = QDir(dataDir).filePath("wallets");
  const QString path = QDir(dir).filePath(QString::fromStdString(genesis.params.name + std::string(kDevWalletSuffix)));
  if (QFileInfo::exists(path)) return path;
  if (!QDir().mkpath(dir)) return fail(NodeErrc::DataDirIo, "cannot create " + dir.toStdString());
  KeystoreParams params;
  params.network = NetworkId{genesis.params.hrp, genesis.params.genesisHash};
  params.kdf = KdfParams::minimum();  // the mnemonic is public: a slow KDF protects nothing
  WB_TRY_ASSIGN(keystore, Keystore::create(ctx, params, kDevMnemonic, "", ""));
  WB_TRY(keystore->setAccountLabel(0, "dev0"));
  for (std::size_t i = 1; i < kDevAccounts; ++i) {
    WB_TRY_ASSIGN(added, keystore->addAccount(ctx, "dev" + std::to_string(i)));
  }
  WB_TRY(saveKeystore(*keystore, path));
  return path;
}

Result<ProducerKeys> walletKeys(const SecpContext& ctx, const Options& options, const GenesisFile& genesis,
                                std::unique_ptr<SecureBytes>& passphraseOut) {
  ProducerKeys out;
  if (!options.walletFile) return out;
  WB_TRY_ASSIGN(keystore, loadKeystore(ctx, QString::fromStdString(*options.walletFile), genesis.params.genesisHash));
  if (!options.passphraseFile) return out;  // locked: no production keys
  QFile file(QString::fromStdString(*options.passphraseFile));
  if (!file.open(QIODevice::ReadOnly)) {
    return fail(CoreErrc::IoError, "cannot read the passphrase file " + *options.passphraseFile);
  }
  SecureBytes passphrase = SecureBytes::copyOf(file.readAll().toStdString());
  std::string_view text = passphrase.asString();
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  // The same bytes the GUI makes of the same passphrase (NFKD).
  SecureBytes normalised = normalisePassphrase(text);
  WB_TRY(keystore->unlock(ctx, normalised.asString()));
  passphraseOut = std::make_unique<SecureBytes>(std::move(normalised));
  for (const AccountEntry& account : keystore->accounts()) {
    WB_TRY_ASSIGN(secret, keystore->secretKey(ctx, account.index));
    out.keys.push_back(account.key);
    out.secrets.push_back(std::make_unique<SecureBytes>(std::move(*secret)));
  }
  keystore->lock();
  return out;
}

}  // namespace

std::vector<LocalProducer> ProducerKeys::producers() const {
  std::vector<LocalProducer> out;
  for (std::size_t i = 0; i < keys.size(); ++i) out.push_back({keys[i], secrets[i].get()});
  return out;
}

QString dataDirectory(const Options& options) {
  if (options.dataDir) return QString::fromStdString(*options.dataDir);
  return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Result<ProducerKeys> devAccounts(const SecpContext& ctx, std::size_t count) {
  WB_TRY_ASSIGN(secrets, devAccountSecrets(ctx, count));
  ProducerKeys out;
  for (SecureBytes& secret : *secrets) {
    WB_TRY_ASSIGN(key, xonlyFromSecret(ctx, secret));
    out.keys.push_back(*key);
    out.secrets.push_back(std::make_unique<SecureBytes>(std::move(secret)));
  }
  return out;
}

Result<GenesisFile> resolveNetwork(const Options& options, const QString& dataDir, const SecpContext& ctx) {
  if (options.genesisFile) {
    WB_TRY_ASSIGN(file, readGenesisFile(*options.genesisFile));
    if (options.dev && file->params.name != devNetworkName(*options.dev)) {
      return fail(AppErrc::UsageBadValue, "--genesis describes '" + file->params.name + "', not the dev network " +
                                              devNetworkName(*options.dev));
    }
    WB_TRY(adoptGenesis(dataDir, *file));
    return file;
  }
  if (options.dev) {
    const std::string name = devNetworkName(*options.dev);
    const auto path = genesisPathIn(dataDir, name);
    if (std::filesystem::exists(path)) return readGenesisFile(path);
    WB_TRY_ASSIGN(accounts, devAccounts(ctx, kDevAccounts));
    std::array<AccountKey, kDevAccounts> keys{};
    std::copy(accounts->keys.begin(), accounts->keys.end(), keys.begin());
    // A manual-clock network is dated back (see kManualDevBackdateSeconds).
    const std::uint64_t time = unixNow() - (options.devClockManual ? kManualDevBackdateSeconds : 0);
    WB_TRY_ASSIGN(file, makeDevGenesis(kindOf(*options.dev), time, keys));
    if (file->params.consensus == ConsensusKind::Pow && !options.devClockManual) {
      // DESIGN §4: one block per block_time from block 1 on this machine, not a
      // burst while ASERT catches up (a manual clock needs no difficulty).
      const double rate = measureHashRate(options.mineThreads.value_or(1), std::chrono::milliseconds(500));
      file->params.initialBits = bitsForHashRate(rate, file->params.blockTime, file->params.powLimit);
      file->params.genesisHash = genesisHash(*file);
    }
    WB_TRY(adoptGenesis(dataDir, *file));
    return file;
  }
  if (options.network) {
    const auto path = genesisPathIn(dataDir, *options.network);
    if (!std::filesystem::exists(path)) {
      return fail(NodeErrc::UnknownNetwork, "no network '" + *options.network + "' in " + dataDir.toStdString() +
                                                " (join one with --genesis FILE)");
    }
    return readGenesisFile(path);
  }
  return fail(AppErrc::UsageMissingValue, "no network given: use --dev pow|pos|dpos, --genesis FILE or --network NAME");
}

Result<NodeSetup> prepareNode(const Options& options, const SecpContext& ctx) {
  NodeSetup setup;
  const QString dataDir = dataDirectory(options);
  if (dataDir.isEmpty()) return fail(NodeErrc::DataDirIo, "no data directory: give --datadir DIR");
  WB_TRY_ASSIGN(genesis, resolveNetwork(options, dataDir, ctx));
  setup.networkDir = QDir(dataDir).filePath(QString::fromStdString(genesis->params.name));

  node::NodeConfig& config = setup.config;
  config.dataDir = dataDir;
  config.genesis = *genesis;
  if (options.listen) {
    WB_TRY_ASSIGN(listen, hostPort(*options.listen, "--listen"));
    config.listen = *listen;
  }
  for (const Endpoint& e : options.connect) {
    WB_TRY_ASSIGN(peer, hostPort(e, "--connect"));
    config.connect.push_back(*peer);
  }
  if (!options.noRpc) {
    rpc::RpcEndpoint rpc;
    if (options.rpc) {
      WB_TRY_ASSIGN(where, hostPort(*options.rpc, "--rpc"));
      rpc.host = where->host;
      rpc.port = where->port;
    }
    config.rpc = rpc;
  }
  config.mineThreads = options.mineThreads.value_or(1);
  config.manualClock = options.devClockManual;
  if (options.devClockManual && !options.dev) {
    return fail(AppErrc::UsageBadValue, "--dev-clock manual is only for dev networks (--dev)");
  }
  if (options.dev) {
    WB_TRY_ASSIGN(keys, devAccounts(ctx, kDevAccounts));
    setup.keys = std::move(*keys);
    WB_TRY_ASSIGN(wallet, writeDevWallet(ctx, dataDir, *genesis));
    setup.walletPath = *wallet;
    setup.walletPassphrase = std::make_unique<SecureBytes>();
    config.produce = true;  // DESIGN §6: a dev node produces with the dev keys
  } else {
    auto keys = walletKeys(ctx, options, *genesis, setup.walletPassphrase);
    if (options.walletFile) setup.walletPath = QString::fromStdString(*options.walletFile);
    WB_TRY(keys);
    setup.keys = std::move(*keys);
    config.produce = options.produce;
  }
  config.producers = setup.keys.producers();
  return setup;
}

light::LightNodeConfig lightNodeConfig(const NodeSetup& setup, const std::string& agent) {
  light::LightNodeConfig config;
  config.dataDir = setup.config.dataDir;
  config.genesis = setup.config.genesis;
  config.connect = setup.config.connect;
  config.rpc = setup.config.rpc;
  config.agent = agent + " (light)";
  return config;
}

}  // namespace wb::app
