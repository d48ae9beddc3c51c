#include "chain/net/net_log.h"

namespace wb::net {

Q_LOGGING_CATEGORY(netLog, "waybill.net")

}  // namespace wb::net
