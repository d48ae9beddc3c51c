// Whether a block that failed to connect is invalid for everyone (a consensus
// rule says no) or failed only here (disk full, map growth blocked by a long
// reader, a clock behind the block's time, memory): only the first may mark the
// block invalid for ever; the second leaves it valid, to be tried again.
#pragma once

#include "chain/core/error.h"

namespace wb {

// True when `code` proves the block (or a transaction in it) breaks a rule that
// holds whatever the node's disk, memory or clock. Unknown codes count as local:
// a good block wrongly kept is retried, a good block wrongly invalidated is lost.
bool provesBlockInvalid(ErrorCode code);

}  // namespace wb
