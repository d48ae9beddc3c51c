// The RPC listening address, written "[HOST:]PORT" on the command line (DESIGN §7).
#pragma once

#include <QHostAddress>
#include <QString>

#include "chain/core/error.h"

namespace wb::rpc {

struct RpcEndpoint {
  QHostAddress host = QHostAddress(QHostAddress::LocalHost);  // 127.0.0.1 unless asked otherwise
  quint16 port = 0;                                           // 0: the system picks one
};

// Parses "PORT", "HOST:PORT" or "[IPv6]:PORT" (net::parseHostPortText). HOST
// is an IP address or "localhost" (no name lookups); a missing HOST means
// 127.0.0.1. PORT is 0–65535. Fails with RpcErrc::BadEndpoint.
[[nodiscard]] Result<RpcEndpoint> parseEndpoint(const QString& text);

}  // namespace wb::rpc
