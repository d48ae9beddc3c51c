#include "chain/net/wire_endpoint.h"

namespace wb::net {

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

}  // namespace wb::net
