#include "wallet/keystore_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "wallet/wallet_errc.h"

namespace wb {

namespace {

Error ioError(const QString& what, const QString& path, const QString& reason) {
  return fail(WalletErrc::FileIo, (what + QStringLiteral(" '") + path + QStringLiteral("': ") + reason).toStdString());
}

Result<Bytes> readAll(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return ioError(QStringLiteral("cannot open wallet file"), path, file.errorString());
  if (file.size() > kMaxWalletFileBytes) {
    return ioError(QStringLiteral("refusing to read"), path, QStringLiteral("too large for a wallet file"));
  }
  const QByteArray data = file.readAll();
  if (file.error() != QFileDevice::NoError) return ioError(QStringLiteral("cannot read"), path, file.errorString());
  return Bytes(data.begin(), data.end());
}

}  // namespace

Status saveKeystore(const Keystore& keystore, const QString& path) {
  const QFileInfo info(path);
  if (!QDir().mkpath(info.absolutePath())) {
    return ioError(QStringLiteral("cannot create the folder for"), path, QStringLiteral("mkdir failed"));
  }
  const Bytes bytes = keystore.serialize();
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return ioError(QStringLiteral("cannot write wallet file"), path, file.errorString());
  file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
  if (file.write(reinterpret_cast<const char*>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size()) ||
      !file.commit()) {
    return ioError(QStringLiteral("cannot write wallet file"), path, file.errorString());
  }
  return {};
}

Result<Keystore> loadKeystore(const SecpContext& ctx, const QString& path, const Hash32& expectedGenesis) {
  WB_TRY_ASSIGN(bytes, readAll(path));
  return Keystore::load(ctx, *bytes, expectedGenesis);
}

Status exportBackup(const Keystore& keystore, const QString& walletPath, const QString& path) {
  if (!walletPath.isEmpty() && QFileInfo(walletPath).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
    return ioError(QStringLiteral("refusing to back up onto the wallet itself"), path, QStringLiteral("same file"));
  }
  WB_TRY(saveKeystore(keystore, path));
  WB_TRY_ASSIGN(written, readAll(path));
  if (*written != keystore.serialize()) {
    return fail(WalletErrc::FileCorrupt, "the backup at '" + path.toStdString() + "' did not read back identically");
  }
  return {};
}

}  // namespace wb
