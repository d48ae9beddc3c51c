// Error codes of the command line (app/).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class AppErrc : std::uint16_t {
  // 700–719 (710 is CoreErrc::IoError)
  UsageUnknownOption = 700,  // an option the program does not know, or a stray argument
  UsageMissingValue = 701,   // an option given without its value
  UsageBadValue = 702,       // an option value that cannot be used
};

// Names and classifies AppErrc codes (defined in app_errc.cpp).
extern const ErrorDomain kAppErrors;

// Makes AppErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(AppErrc) { return kAppErrors; }

}  // namespace wb
