#include "ui/wizard/wallet_setup.h"

#include <QDir>
#include <QFileInfo>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"
#include "chain/core/genesis_file.h"
#include "chain/node/node_errc.h"
#include "interfaces/pow_setup.h"
#include "wallet/account_keys.h"
#include "wallet/bip39.h"
#include "wallet/keystore_file.h"
#include "wallet/wallet_errc.h"

namespace wb::ui {

namespace {

std::filesystem::path toPath(const QString& path) { return std::filesystem::path(path.toStdU16String()); }

QString networkGenesisPath(const QString& dataDir, const std::string& name) {
  return QDir(dataDir).filePath(QString::fromStdString(name) + QStringLiteral("/genesis.json"));
}

// Account 0 of the wallet being created (derived again by Keystore::create; PBKDF2 with
// 2048 rounds is cheap next to Argon2id).
Result<AccountKey> firstAccountKey(const SecpContext& ctx, const WalletSetupRequest& request) {
  WB_TRY_ASSIGN(seed, seedFromMnemonic(request.mnemonic.asString(), request.bip39Passphrase.asString()));
  WB_TRY_ASSIGN(chain, accountChainFromSeed(ctx, *seed));
  return accountPublicKey(ctx, *chain, 0);
}

// The dev network's genesis: the one on disk if the network exists, else a new one.
Result<GenesisFile> devGenesis(const SecpContext& ctx, const WalletSetupRequest& request, bool& mustWrite) {
  const std::string name = "dev-" + std::string(consensusKindName(request.consensus));
  const QString path = networkGenesisPath(request.dataDir, name);
  mustWrite = !QFileInfo::exists(path);
  if (!mustWrite) return readGenesisFile(toPath(path));
  WB_TRY_ASSIGN(keys, devAccountKeys(ctx));
  return makeDevGenesis(request.consensus, request.now,
                        std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
}

Result<GenesisFile> newGenesis(const SecpContext& ctx, const WalletSetupRequest& request) {
  WB_TRY_ASSIGN(account, firstAccountKey(ctx, request));
  GenesisFile file;
  GenesisAllocation allocation{*account, request.allocation, 0};
  if (request.consensus == ConsensusKind::Pos) {
    allocation.stake = request.allocation / kNewPosStakeDivisor;
    allocation.balance = request.allocation - allocation.stake;
  }
  file.allocations.push_back(allocation);
  if (request.consensus == ConsensusKind::Dpos) {
    file.delegates.push_back(GenesisDelegate{*account, request.delegateName.toStdString()});
  }
  file.params = productionParams(request.consensus, allocation.stake);
  if (request.consensus == ConsensusKind::Pow) {
    // DESIGN §4: the creator's machine alone mines a block per block_time from block 1
    // (the GUI's node mines on one thread). This runs on the wizard's worker thread.
    file.params.initialBits = initialBitsForThisMachine(file.params, std::chrono::milliseconds(500));
  }
  file.params.name = request.networkName.toStdString();
  file.params.genesisTime = request.now;
  WB_TRY(checkGenesis(file));
  file.params.genesisHash = genesisHash(file);
  return file;
}

QString walletPathFor(const QString& dataDir, const std::string& network) {
  return QDir(dataDir).filePath(QStringLiteral("wallets/") + QString::fromStdString(network) +
                                QStringLiteral(".wallet"));
}

}  // namespace

Status checkNetworkFits(const QString& dataDir, const GenesisFile& genesis) {
  const std::string& name = genesis.params.name;
  const QString stored = networkGenesisPath(dataDir, name);
  if (QFileInfo::exists(stored)) {
    WB_TRY_ASSIGN(existing, readGenesisFile(toPath(stored)));
    if (existing->params.genesisHash != genesis.params.genesisHash) {
      return fail(NodeErrc::GenesisMismatch, "this data directory already holds another network named '" + name +
                                                 "'; use another data directory (Settings) to join this one");
    }
  }
  const QString wallet = walletPathFor(dataDir, name);
  if (QFileInfo::exists(wallet)) {
    return fail(WalletErrc::FileIo, "a wallet for network " + name + " already exists: " + wallet.toStdString());
  }
  return {};
}

Status checkNewNetworkName(const QString& dataDir, const QString& name) {
  if (QFileInfo::exists(networkGenesisPath(dataDir, name.toStdString()))) {
    return fail(CoreErrc::GenesisFileExists,
                "network " + name.toStdString() + " already exists in this data directory");
  }
  return {};
}

Result<WizardResult> setUpWallet(const SecpContext& ctx, const WalletSetupRequest& request) {
  WB_TRY(parseMnemonic(request.mnemonic.asString()));
  WizardResult result;
  result.network = request.network;
  bool writeGenesis = false;
  Result<GenesisFile> genesis = fail(CoreErrc::GenesisFileIo, "no network chosen");
  switch (request.network) {
    case NetworkChoice::Dev:
      genesis = devGenesis(ctx, request, writeGenesis);
      break;
    case NetworkChoice::New:
      genesis = newGenesis(ctx, request);
      writeGenesis = true;
      break;
    case NetworkChoice::Join:
      genesis = readGenesisFile(toPath(request.joinGenesisPath));
      break;
  }
  WB_TRY(genesis);
  const ChainParams& params = genesis->params;
  result.consensus = params.consensus;
  result.networkName = QString::fromStdString(params.name);
  result.genesisPath = request.network == NetworkChoice::Join ? request.joinGenesisPath
                                                              : networkGenesisPath(request.dataDir, params.name);
  result.peers = request.peers;
  result.light = request.network == NetworkChoice::Join && request.light;
  if (request.network == NetworkChoice::New) result.listenPort = request.listenPort;
  result.walletPath = walletPathFor(request.dataDir, params.name);
  if (request.network == NetworkChoice::New) WB_TRY(checkNewNetworkName(request.dataDir, result.networkName));
  WB_TRY(checkNetworkFits(request.dataDir, *genesis));

  KeystoreParams keystoreParams{NetworkId{params.hrp, params.genesisHash}, request.kdf, 0};
  WB_TRY_ASSIGN(keystore, Keystore::create(ctx, keystoreParams, request.mnemonic.asString(),
                                           request.bip39Passphrase.asString(), request.walletPassphrase.asString()));
  keystore->lock();
  if (writeGenesis) {
    if (!QDir().mkpath(QFileInfo(result.genesisPath).absolutePath())) {
      return fail(CoreErrc::GenesisFileIo, "cannot create the folder of " + result.genesisPath.toStdString());
    }
    WB_TRY(writeGenesisFile(toPath(result.genesisPath), *genesis));
  }
  WB_TRY(saveKeystore(*keystore, result.walletPath));
  result.firstAddress = QString::fromStdString(encodeAddress(params.hrp, keystore->accounts().front().key));
  return result;
}

}  // namespace wb::ui
