// The one way a block's date is written on screen (issue 11 #8): Orders and
// Activity show the same block with the same text. Dates come from the block's
// header time, never from "now − blocks × block time", so they do not drift.
#pragma once

#include <QString>

#include <cstdint>

namespace wb::ui {

// `unixSecs` (a block header's time, or an estimate of one) in the user's locale,
// short date and time.
QString blockDateText(std::uint64_t unixSecs);

}  // namespace wb::ui
