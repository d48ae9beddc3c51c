#include "chain/address/endpoint_errc.h"

namespace wb {

namespace {

std::string_view endpointCodeName(std::uint16_t value) {
  switch (static_cast<EndpointErrc>(value)) {
    case EndpointErrc::BadAddress:
      return "net.bad_address";
  }
  return {};
}

ErrorKind endpointCodeKind(std::uint16_t value) {
  static_cast<void>(value);
  return ErrorKind::Rejected;
}

}  // namespace

const ErrorDomain kEndpointErrors{"endpoint", &endpointCodeName, &endpointCodeKind};

}  // namespace wb
