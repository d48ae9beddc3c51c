// Peer addresses typed by the user: "host:port" or "[IPv6]:port", several separated by
// commas or spaces.
#pragma once

#include <QString>
#include <QStringList>

#include "chain/core/error.h"

namespace wb::ui {

// Checks one "host:port" (host: a DNS name, an IPv4 address or an [IPv6] one;
// port 1–65535) with net::parseHostPortText. Fails with NetBadAddress and a
// message saying what is wrong.
[[nodiscard]] Status checkPeerAddress(const QString& text);

// Splits `text` on commas and whitespace and checks each address. An empty text is an
// empty list. Fails like checkPeerAddress for the first bad one.
[[nodiscard]] Result<QStringList> parsePeerList(const QString& text);

}  // namespace wb::ui
