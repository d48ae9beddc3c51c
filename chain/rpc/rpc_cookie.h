// Cookie authentication (DESIGN §7), as bitcoind does it: each start writes a
// fresh random secret to a file only the user can read; clients on the same
// machine read it and send HTTP Basic auth "__cookie__:<hex>".
#pragma once

#include <QByteArray>
#include <QString>

#include "chain/core/error.h"
#include "chain/core/secure_bytes.h"

namespace wb::rpc {

// The user name of cookie credentials.
inline constexpr char kCookieUser[] = "__cookie__";

class RpcCookie {
public:
  // Generates 32 random bytes and writes "__cookie__:<64 hex>" to `path`
  // atomically (temporary file + rename) with mode 0600. Fails with RpcErrc::CookieIo.
  // libsodium must be initialised (initCrypto()).
  [[nodiscard]] static Result<RpcCookie> create(const QString& path);

  RpcCookie(RpcCookie&&) noexcept = default;
  RpcCookie& operator=(RpcCookie&&) noexcept = default;

  // True when `authorization` (an Authorization header value) is
  // "Basic base64(__cookie__:<hex>)" for this cookie. Compares in constant time.
  bool accepts(const QByteArray& authorization) const;

  // Deletes the cookie file (on stop); the credentials stop being valid.
  void removeFile() const;

  const QString& path() const { return path_; }

private:
  RpcCookie(QString path, SecureBytes credentials) : path_(std::move(path)), credentials_(std::move(credentials)) {}

  QString path_;
  SecureBytes credentials_;  // "__cookie__:<hex>"
};

// Reads a cookie file and returns the Authorization header value for it
// ("Basic …"), for clients and tests. Fails with RpcErrc::CookieIo.
[[nodiscard]] Result<QByteArray> authorizationFromCookieFile(const QString& path);

}  // namespace wb::rpc
