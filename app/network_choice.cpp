#include "app/network_choice.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include "chain/node/node_errc.h"

namespace wb::app {
namespace {

const QString kWalletPathKey = QStringLiteral("wallet/path");
const QString kGenesisPathKey = QStringLiteral("network/genesis");
const QString kNetworkNameKey = QStringLiteral("network/name");
const QString kPeersKey = QStringLiteral("network/peers");
const QString kProduceKey = QStringLiteral("network/produce");
const QString kListenPortKey = QStringLiteral("network/listen_port");
const QString kLightKey = QStringLiteral("network/light");

std::optional<DevConsensus> devKindOf(const QString& networkName) {
  if (networkName == QLatin1String("dev-pow")) return DevConsensus::Pow;
  if (networkName == QLatin1String("dev-pos")) return DevConsensus::Pos;
  if (networkName == QLatin1String("dev-dpos")) return DevConsensus::Dpos;
  return std::nullopt;
}

bool choseNetwork(const Options& given) { return given.dev || given.genesisFile || given.network; }

}  // namespace

NetworkChoiceFile::NetworkChoiceFile(QString dataDir) : dataDir_(std::move(dataDir)) {}

QString NetworkChoiceFile::path() const { return QDir(dataDir_).filePath(QStringLiteral("waybill.conf")); }

std::optional<SavedNetwork> NetworkChoiceFile::load() const {
  if (!QFileInfo::exists(path())) return std::nullopt;
  const QSettings file(path(), QSettings::IniFormat);
  // Paths inside the data directory are kept relative to it, so it can move.
  const QDir dir(dataDir_);
  SavedNetwork out;
  out.walletPath = dir.absoluteFilePath(file.value(kWalletPathKey).toString());
  if (file.value(kWalletPathKey).toString().isEmpty() || !QFileInfo::exists(out.walletPath)) return std::nullopt;
  out.genesisPath = dir.absoluteFilePath(file.value(kGenesisPathKey).toString());
  out.networkName = file.value(kNetworkNameKey).toString();
  out.peers = file.value(kPeersKey).toStringList();
  out.produce = file.value(kProduceKey).toBool();
  const uint port = file.value(kListenPortKey).toUInt();
  out.listenPort = port <= 65535 ? static_cast<quint16>(port) : 0;
  out.light = file.value(kLightKey).toBool();
  return out;
}

Status NetworkChoiceFile::save(const SavedNetwork& choice) const {
  if (!QDir().mkpath(dataDir_)) return fail(NodeErrc::DataDirIo, "cannot create " + dataDir_.toStdString());
  QSettings file(path(), QSettings::IniFormat);
  const QDir dir(dataDir_);
  auto relative = [&dir](const QString& p) {
    const QString r = dir.relativeFilePath(p);
    return r.startsWith(QLatin1String("..")) ? QFileInfo(p).absoluteFilePath() : r;
  };
  file.setValue(kWalletPathKey, relative(choice.walletPath));
  file.setValue(kGenesisPathKey, relative(choice.genesisPath));
  file.setValue(kNetworkNameKey, choice.networkName);
  file.setValue(kPeersKey, choice.peers);
  file.setValue(kProduceKey, choice.produce);
  file.setValue(kLightKey, choice.light);
  if (choice.listenPort != 0)
    file.setValue(kListenPortKey, choice.listenPort);
  else
    file.remove(kListenPortKey);
  file.sync();
  if (file.status() != QSettings::NoError) return fail(NodeErrc::DataDirIo, "cannot write " + path().toStdString());
  return {};
}

bool NetworkChoiceFile::adoptLegacy(QSettings& global) const {
  const QString wallet = global.value(kWalletPathKey).toString();
  if (wallet.isEmpty() || load()) return false;
  const QString inside = QDir(dataDir_).relativeFilePath(wallet);
  if (inside.startsWith(QLatin1String("..")) || QFileInfo(inside).isAbsolute()) return false;
  SavedNetwork choice{wallet, global.value(kGenesisPathKey).toString(), global.value(kNetworkNameKey).toString(),
                      global.value(kPeersKey).toStringList(), false};
  if (!save(choice)) return false;
  for (const QString& key : {kWalletPathKey, kGenesisPathKey, kNetworkNameKey, kPeersKey}) global.remove(key);
  return true;
}

Options guiNodeOptions(const Options& given, const std::optional<SavedNetwork>& saved, const QString& dataDir) {
  Options out = given;
  out.dataDir = dataDir.toStdString();
  if (!given.rpc) out.noRpc = true;
  if (choseNetwork(given)) return out;
  if (saved) {
    out.genesisFile = saved->genesisPath.toStdString();
    // A dev network the wizard chose produces with the (public) dev keys.
    out.dev = devKindOf(saved->networkName);
    out.produce = saved->produce;
    out.light = saved->light;  // a light node joins its peers: it neither produces nor listens
    for (const QString& peer : saved->peers) {
      if (auto endpoint = parseEndpoint(peer.toStdString(), "127.0.0.1")) out.connect.push_back(*endpoint);
    }
    // A network started here is joined through this node, so it listens (--listen still decides).
    if (!given.listen && saved->listenPort != 0) {
      if (auto endpoint = parseEndpoint(std::to_string(saved->listenPort), "0.0.0.0")) out.listen = *endpoint;
    }
    return out;
  }
  out.dev = DevConsensus::Pow;
  return out;
}

QString guiWalletToOpen(const Options& given, const std::optional<SavedNetwork>& saved, const QString& setupWallet) {
  if (!choseNetwork(given) && saved) return saved->walletPath;
  return setupWallet;
}

}  // namespace wb::app
