// Turns LMDB return codes into Waybill errors that say what we were doing and
// what LMDB said ("opening database 'orders': MDB_NOTFOUND: No matching…").
#pragma once

#include <string_view>

#include "chain/core/error.h"

namespace wb {

// Maps an LMDB (or errno) return code `rc` != 0 to a stable ErrorCode and a message
// "<doing>: <mdb_strerror(rc)>". `doing` is a short phrase such as
// "opening database 'orders'".
Error lmdbError(int rc, std::string_view doing);

}  // namespace wb
