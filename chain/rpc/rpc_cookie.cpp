#include "chain/rpc/rpc_cookie.h"

#include <sodium.h>

#include <QFile>
#include <QSaveFile>
#include <algorithm>

#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

namespace {

constexpr std::size_t kSecretBytes = 32;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error cookieError(const QString& path, const QString& why) {
  return fail(RpcErrc::CookieIo, "cannot write the RPC cookie " + path.toStdString() + ": " + why.toStdString());
}

}  // namespace

Result<RpcCookie> RpcCookie::create(const QString& path) {
  SecureBytes secret(kSecretBytes);
  randombytes_buf(secret.data(), secret.size());
  const std::size_t userLength = sizeof(kCookieUser) - 1;
  SecureBytes credentials(userLength + 1 + 2 * kSecretBytes);
  auto* out = reinterpret_cast<char*>(credentials.data());
  std::copy_n(kCookieUser, userLength, out);
  out[userLength] = ':';
  // sodium_bin2hex writes a terminating NUL: give it room in a scratch buffer.
  SecureBytes hex(2 * kSecretBytes + 1);
  sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), secret.data(), secret.size());
  std::copy_n(hex.data(), 2 * kSecretBytes, credentials.data() + userLength + 1);

  QSaveFile file(path);
  // Restrict the temporary file before any secret byte reaches it.
  if (!file.open(QIODevice::WriteOnly)) return cookieError(path, file.errorString());
  if (!file.setPermissions(kOwnerOnly)) {
    file.cancelWriting();
    return cookieError(path, QStringLiteral("cannot set mode 0600"));
  }
  const auto size = qint64(credentials.size());
  if (file.write(reinterpret_cast<const char*>(credentials.data()), size) != size || !file.commit())
    return cookieError(path, file.errorString());
  return RpcCookie(path, std::move(credentials));
}

bool RpcCookie::accepts(const QByteArray& authorization) const {
  static constexpr char kScheme[] = "Basic ";
  if (!authorization.startsWith(kScheme)) return false;
  const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(sizeof(kScheme) - 1).trimmed(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
  if (!decoded || std::size_t(decoded.decoded.size()) != credentials_.size()) return false;
  return sodium_memcmp(decoded.decoded.constData(), credentials_.data(), credentials_.size()) == 0;
}

void RpcCookie::removeFile() const { QFile::remove(path_); }

Result<QByteArray> authorizationFromCookieFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return fail(RpcErrc::CookieIo,
                "cannot read the RPC cookie " + path.toStdString() + ": " + file.errorString().toStdString());
  const QByteArray content = file.read(256).trimmed();
  if (!content.startsWith(QByteArray(kCookieUser) + ':'))
    return fail(RpcErrc::CookieIo, "the RPC cookie " + path.toStdString() + " is malformed");
  return QByteArray("Basic ") + content.toBase64();
}

}  // namespace wb::rpc
