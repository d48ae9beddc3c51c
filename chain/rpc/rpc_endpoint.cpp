#include "chain/rpc/rpc_endpoint.h"

namespace wb::rpc {

namespace {

Error badEndpoint(const QString& text, const char* why) {
  return fail(Errc::RpcBadEndpoint, "bad RPC address '" + text.left(100).toStdString() + "': " + why);
}

}  // namespace

Result<RpcEndpoint> parseEndpoint(const QString& text) {
  RpcEndpoint endpoint;
  QString host;
  QString port = text;
  if (text.startsWith(u'[')) {
    const auto close = text.indexOf(QStringLiteral("]:"));
    if (close < 0) return badEndpoint(text, "expected [IPv6]:PORT");
    host = text.mid(1, close - 1);
    port = text.mid(close + 2);
  } else if (const auto colon = text.lastIndexOf(u':'); colon >= 0) {
    host = text.left(colon);
    port = text.mid(colon + 1);
    if (host.contains(u':')) return badEndpoint(text, "write IPv6 hosts as [HOST]:PORT");
  }
  bool ok = false;
  const uint number = port.toUInt(&ok, 10);
  if (!ok || number > 65535 || port.isEmpty() || !port.front().isDigit()) return badEndpoint(text, "PORT must be 0–65535");
  endpoint.port = quint16(number);
  if (text.startsWith(u'[') || text.contains(u':')) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
      endpoint.host = QHostAddress(QHostAddress::LocalHost);
    } else if (!endpoint.host.setAddress(host)) {
      return badEndpoint(text, "HOST must be an IP address or localhost");
    }
  }
  return endpoint;
}

}  // namespace wb::rpc
