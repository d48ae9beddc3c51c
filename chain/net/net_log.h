// The P2P layer's log category ("waybill.net"): every refused or dropped
// connection leaves one line with its reason (DESIGN §7). Qt prints info lines
// to stderr unless QT_LOGGING_RULES turns them off.
#pragma once

#include <QLoggingCategory>

namespace wb::net {

Q_DECLARE_LOGGING_CATEGORY(netLog)

}  // namespace wb::net
