// Network addresses as the P2P layer uses them: one canonical form per host (an
// IPv4-mapped IPv6 address is its IPv4 address) so bans and connection limits
// cannot be dodged by spelling an address differently. Apart from the P2P layer
// (chain/net) so the GUI's address fields and peer tables use the same forms
// without seeing the node; the wire form is chain/net/wire_endpoint.h.
#pragma once

#include <QHostAddress>
#include <QString>

#include "chain/core/error.h"

namespace wb::net {

// A host and a TCP port.
struct HostPort {
  QHostAddress host;
  quint16 port = 0;
  bool operator==(const HostPort&) const = default;
};

// `address` with IPv4-mapped IPv6 turned into IPv4 and any scope id removed.
QHostAddress canonicalAddress(const QHostAddress& address);

// The canonical text of `address` ("127.0.0.1", "::1"): the key of bans.
QString addressKey(const QHostAddress& address);

// "host:port" text ("1.2.3.4:9000", "[::1]:9000").
QString hostPortText(const HostPort& endpoint);

// Parses a numeric "IPv4:port" or "[IPv6]:port", port 1–65535 (no name lookup:
// it would block), by parseHostPortText (host_port.h). Fails with EndpointErrc::BadAddress.
[[nodiscard]] Result<HostPort> parseHostPort(const QString& text);

// True for an endpoint worth dialling: a port, and an address that is neither
// null, unspecified (0.0.0.0, ::) nor multicast/broadcast.
bool isDialable(const HostPort& endpoint);

}  // namespace wb::net
