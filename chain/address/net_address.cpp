#include "chain/address/net_address.h"

#include "chain/address/endpoint_errc.h"
#include "chain/address/host_port.h"

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
  // Numeric only: a name lookup would block the network thread.
  WB_TRY_ASSIGN(parsed, parseHostPortText(text.toStdString(), HostPortRules{}));
  const QHostAddress address(QString::fromStdString(parsed->host));
  if (address.isNull()) return fail(EndpointErrc::BadAddress, "'" + parsed->host + "' is not an address Qt can use");
  return HostPort{canonicalAddress(address), parsed->port};
}

bool isDialable(const HostPort& endpoint) {
  const QHostAddress& a = endpoint.host;
  if (endpoint.port == 0 || a.isNull() || a.isMulticast() || a.isBroadcast()) return false;
  return a != QHostAddress(QHostAddress::AnyIPv4) && a != QHostAddress(QHostAddress::AnyIPv6);
}

}  // namespace wb::net
