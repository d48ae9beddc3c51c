// The one way a block's date is written on screen (issue 11 #8): Orders and
// Activity show the same block with the same text. Dates come from the block's
// header time, never from "now − blocks × block time", so they do not drift.
#pragma once

#include <QString>

class QLocale;

#include <cstdint>

namespace wb::ui {

// `unixSecs` (a block header's time, or an estimate of one) in the user's locale,
// short date and time with a four-digit year.
QString blockDateText(std::uint64_t unixSecs);

// `locale`'s short date-and-time format, its year written in full.
QString dateTimeFormatWithFullYear(const QLocale& locale);

}  // namespace wb::ui
