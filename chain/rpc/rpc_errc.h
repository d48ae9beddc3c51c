// Error codes of the JSON-RPC server (chain/rpc).
// Numbers and names never change once released (tests/error_codes.txt lists every code).
#pragma once

#include "chain/core/error.h"

namespace wb {

enum class RpcErrc : std::uint16_t {
  // 640–679: JSON-RPC server (chain/rpc)
  ParseError = 640,      // a body that is not JSON
  InvalidRequest = 641,  // JSON that is not a valid JSON-RPC 2.0 request
  MethodNotFound = 642,  // no method of that name
  InvalidParams = 643,   // a missing, unknown or malformed parameter
  Internal = 644,        // the server failed (never the caller's fault)
  NotFound = 645,        // the requested object does not exist
  Unauthorized = 646,    // missing or wrong cookie credentials
  BodyTooLarge = 647,    // a request body over the size limit
  BadEndpoint = 648,     // a [HOST:]PORT that cannot be parsed
  ListenFailed = 649,    // the listening socket could not be opened
  CookieIo = 650,        // the cookie file cannot be written
  MethodExists = 651,    // a method registered twice
  NotAllowed = 652,      // wrong HTTP method, path or content type
};

// Names and classifies RpcErrc codes (defined in rpc_errc.cpp).
extern const ErrorDomain kRpcErrors;

// Makes RpcErrc an ErrorEnum: an ErrorCode built from one points here.
constexpr const ErrorDomain& errorDomain(RpcErrc) { return kRpcErrors; }

}  // namespace wb
