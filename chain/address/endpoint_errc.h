// Error codes of endpoints and peer addresses (chain/address).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

// One code, released in the network's range (600–639) before addresses had a layer of their own.
enum class EndpointErrc : std::uint16_t {
  BadAddress = 614,  // an address that cannot be parsed or used
};

// Names and classifies EndpointErrc codes (defined in endpoint_errc.cpp).
extern const ErrorDomain kEndpointErrors;

// Makes EndpointErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(EndpointErrc) { return kEndpointErrors; }

}  // namespace wb
