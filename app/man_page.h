// Man pages of `waybill` and `waybilld` (section 1), written from the same option
// table as --help so the two never disagree. The build runs waybill-manpage to
// generate them; the Debian package installs them.
#pragma once

#include <string>
#include <string_view>

#include "app/options.h"

namespace wb::app {

// The roff source of `program`'s man page; `date` (e.g. "2026-12-06") goes in the header.
std::string manPage(Program program, std::string_view date);

}  // namespace wb::app
