// Peer addresses typed by the user: "IPv4:port", "[IPv6]:port" or "localhost:port",
// several separated by commas or spaces.
#pragma once

#include <QString>
#include <QStringList>

#include "chain/core/error.h"

namespace wb::ui {

// Checks one "host:port" (host: an IPv4 address, an [IPv6] one or localhost — not a
// DNS name, which the node does not resolve; port 1–65535) with net::parseHostPortText. Fails with
// EndpointErrc::BadAddress and a message saying what is wrong.
[[nodiscard]] Status checkPeerAddress(const QString& text);

// Splits `text` on commas and whitespace and checks each address. An empty text is an
// empty list. Fails like checkPeerAddress for the first bad one.
[[nodiscard]] Result<QStringList> parsePeerList(const QString& text);

}  // namespace wb::ui
