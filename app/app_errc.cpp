#include "app/app_errc.h"

namespace wb {

namespace {

std::string_view appCodeName(std::uint16_t value) {
  switch (static_cast<AppErrc>(value)) {
    case AppErrc::UsageUnknownOption:
      return "usage.unknown_option";
    case AppErrc::UsageMissingValue:
      return "usage.missing_value";
    case AppErrc::UsageBadValue:
      return "usage.bad_value";
  }
  return {};
}

ErrorKind appCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kAppErrors{"app", &appCodeName, &appCodeKind};

}  // namespace wb
