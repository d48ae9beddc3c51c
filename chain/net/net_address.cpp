#include "chain/net/net_address.h"

namespace wb::net {

QHostAddress canonicalAddress(const QHostAddress& address) {
  bool isV4 = false;
  const quint32 v4 = address.toIPv4Address(&isV4);
  if (isV4) return QHostAddress(v4);
  QHostAddress out = address;
  out.setScopeId(QString());
  return out;
}

QString addressKey(const QHostAddress& address) { return canonicalAddress(address).toString(); }

QString hostPortText(const HostPort& endpoint) {
  const QHostAddress host = canonicalAddress(endpoint.host);
  const QString text = host.toString();
  const bool v6 = host.protocol() == QAbstractSocket::IPv6Protocol;
  return (v6 ? "[" + text + "]" : text) + ":" + QString::number(endpoint.port);
}

Result<HostPort> parseHostPort(const QString& text) {
  const auto bad = [&](const char* why) {
    return fail(Errc::NetBadAddress, "\"" + text.left(80).toStdString() + "\" is not HOST:PORT: " + why);
  };
  QString host;
  QString port;
  if (text.startsWith('[')) {
    const qsizetype close = text.indexOf(']');
    if (close < 0 || close + 1 >= text.size() || text[close + 1] != ':') return bad("expected [IPv6]:PORT");
    host = text.mid(1, close - 1);
    port = text.mid(close + 2);
  } else {
    const qsizetype colon = text.lastIndexOf(':');
    if (colon <= 0 || text.indexOf(':') != colon) return bad("expected IPv4:PORT or [IPv6]:PORT");
    host = text.left(colon);
    port = text.mid(colon + 1);
  }
  QHostAddress address;
  if (!address.setAddress(host)) return bad("the host is not a numeric IP address");
  bool ok = false;
  const uint value = port.toUInt(&ok);
  if (!ok || value == 0 || value > 65535) return bad("the port must be 1–65535");
  return HostPort{canonicalAddress(address), static_cast<quint16>(value)};
}

Endpoint toEndpoint(const HostPort& endpoint) {
  Endpoint out;
  const Q_IPV6ADDR v6 = canonicalAddress(endpoint.host).toIPv6Address();  // IPv4 comes back mapped
  for (int i = 0; i < 16; ++i) out.ip[static_cast<std::size_t>(i)] = v6[i];
  out.port = endpoint.port;
  return out;
}

HostPort fromEndpoint(const Endpoint& endpoint) {
  Q_IPV6ADDR v6;
  for (int i = 0; i < 16; ++i) v6[i] = endpoint.ip[static_cast<std::size_t>(i)];
  return HostPort{canonicalAddress(QHostAddress(v6)), endpoint.port};
}

bool isDialable(const HostPort& endpoint) {
  const QHostAddress& a = endpoint.host;
  if (endpoint.port == 0 || a.isNull() || a.isMulticast() || a.isBroadcast()) return false;
  return a != QHostAddress(QHostAddress::AnyIPv4) && a != QHostAddress(QHostAddress::AnyIPv6);
}

}  // namespace wb::net
