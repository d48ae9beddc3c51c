#include "tests/integration/dpos_network.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#include "chain/core/bech32m.h"
#include "chain/core/genesis_file.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "wallet/account_keys.h"
#include "wallet/bip39.h"
#include "wallet/keystore.h"
#include "wallet/keystore_file.h"

namespace wb::integration {

namespace {

constexpr std::string_view kPassphrase = "integration";

template <typename T>
bool ok(const Result<T>& r, QString& error, const char* what) {
  if (r) return true;
  error = QString("%1: %2").arg(what, QString::fromStdString(r.error().message));
  return false;
}

bool ok(const Status& s, QString& error, const char* what) {
  if (s.ok()) return true;
  error = QString("%1: %2").arg(what, QString::fromStdString(s.error().message));
  return false;
}

}  // namespace

QStringList DposNetwork::producerArgs(std::size_t w) const {
  return {"--genesis", genesisPath, "--wallet", wallets.at(w).path, "--passphrase-file", wallets.at(w).passphraseFile,
          "--produce"};
}

QStringList DposNetwork::followerArgs() const { return {"--genesis", genesisPath}; }

bool makeDposNetwork(const QString& dir, const DposNetworkSpec& spec, DposNetwork& out, QString& error) {
  if (!ok(initCrypto(), error, "libsodium")) return false;
  SecpContext ctx;
  GenesisFile& file = out.genesis;
  file = GenesisFile{};
  file.params = devParams(ConsensusKind::Dpos);
  file.params.name = spec.name;
  file.params.blockTime = spec.blockTime;
  file.params.activeDelegates = spec.activeDelegates;
  file.params.genesisTime = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()) + spec.startInSeconds;

  // Keys first: the wallets need the genesis hash, the genesis needs the keys.
  std::vector<std::string> mnemonics;
  out.wallets.clear();
  for (const DposWalletSpec& w : spec.wallets) {
    auto mnemonic = generateMnemonic(12, Bip39Language::English);
    if (!ok(mnemonic, error, "mnemonic")) return false;
    mnemonics.emplace_back(mnemonic->asString());
    auto seed = seedFromMnemonic(mnemonics.back(), "");
    if (!ok(seed, error, "seed")) return false;
    auto chain = accountChainFromSeed(ctx, *seed);
    if (!ok(chain, error, "account chain")) return false;
    DposWallet wallet;
    for (std::size_t i = 0; i < w.accounts; ++i) {
      auto key = accountPublicKey(ctx, *chain, static_cast<std::uint32_t>(i));
      if (!ok(key, error, "account key")) return false;
      wallet.keys.push_back(*key);
      wallet.addresses << QString::fromStdString(encodeAddress(file.params.hrp, *key));
      file.allocations.push_back({*key, spec.accountCoins, 0});
    }
    out.wallets.push_back(std::move(wallet));
  }
  for (const auto& [w, a] : spec.genesisDelegates) {
    file.delegates.push_back({out.wallets.at(w).keys.at(a), "genesis" + std::to_string(file.delegates.size())});
  }
  if (!ok(checkGenesis(file), error, "genesis")) return false;
  file.params.genesisHash = genesisHash(file);

  out.name = QString::fromStdString(spec.name);
  out.genesisPath = QDir(dir).filePath("genesis.json");
  if (!ok(writeGenesisFile(out.genesisPath.toStdString(), file), error, "genesis file")) return false;

  KeystoreParams params;
  params.network = NetworkId{file.params.hrp, file.params.genesisHash};
  params.kdf = KdfParams::minimum();
  for (std::size_t w = 0; w < out.wallets.size(); ++w) {
    DposWallet& wallet = out.wallets[w];
    auto keystore = Keystore::create(ctx, params, mnemonics[w], "", kPassphrase);
    if (!ok(keystore, error, "wallet")) return false;
    for (std::size_t i = 1; i < wallet.keys.size(); ++i) {
      auto added = keystore->addAccount(ctx, "account" + std::to_string(i));
      if (!ok(added, error, "wallet account")) return false;
    }
    for (std::size_t i = 0; i < wallet.keys.size(); ++i) {
      if (keystore->accounts().at(i).key != wallet.keys[i]) {
        error = "a wallet account is not the key derived for it";
        return false;
      }
    }
    wallet.path = QDir(dir).filePath(QString("wallet%1.wallet").arg(w));
    if (!ok(saveKeystore(*keystore, wallet.path), error, "wallet file")) return false;
    wallet.passphraseFile = QDir(dir).filePath(QString("wallet%1.passphrase").arg(w));
    QFile passphrase(wallet.passphraseFile);
    if (!passphrase.open(QIODevice::WriteOnly) ||
        passphrase.write(kPassphrase.data(), static_cast<qint64>(kPassphrase.size())) !=
            static_cast<qint64>(kPassphrase.size())) {
      error = "cannot write " + wallet.passphraseFile;
      return false;
    }
  }
  return true;
}

}  // namespace wb::integration
