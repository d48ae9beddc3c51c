// An endpoint as the P2P messages carry it (16 address bytes, IPv4 as
// ::ffff:a.b.c.d, and a port) and back.
#pragma once

#include "chain/address/net_address.h"
#include "chain/net/messages.h"

namespace wb::net {

// The wire form of `endpoint` (canonical address first).
Endpoint toEndpoint(const HostPort& endpoint);
// The endpoint of a wire form, canonical.
HostPort fromEndpoint(const Endpoint& endpoint);

}  // namespace wb::net
