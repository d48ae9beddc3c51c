#include "chain/rpc/rpc_errc.h"

namespace wb {

namespace {

std::string_view rpcCodeName(std::uint16_t value) {
  switch (static_cast<RpcErrc>(value)) {
    case RpcErrc::ParseError:
      return "rpc.parse_error";
    case RpcErrc::InvalidRequest:
      return "rpc.invalid_request";
    case RpcErrc::MethodNotFound:
      return "rpc.method_not_found";
    case RpcErrc::InvalidParams:
      return "rpc.invalid_params";
    case RpcErrc::Internal:
      return "rpc.internal";
    case RpcErrc::NotFound:
      return "rpc.not_found";
    case RpcErrc::Unauthorized:
      return "rpc.unauthorized";
    case RpcErrc::BodyTooLarge:
      return "rpc.body_too_large";
    case RpcErrc::BadEndpoint:
      return "rpc.bad_endpoint";
    case RpcErrc::ListenFailed:
      return "rpc.listen_failed";
    case RpcErrc::CookieIo:
      return "rpc.cookie_io";
    case RpcErrc::MethodExists:
      return "rpc.method_exists";
    case RpcErrc::NotAllowed:
      return "rpc.not_allowed";
  }
  return {};
}

ErrorKind rpcCodeKind(std::uint16_t value) {
  switch (static_cast<RpcErrc>(value)) {
    case RpcErrc::Internal:
    case RpcErrc::ListenFailed:
    case RpcErrc::CookieIo:
      return ErrorKind::Internal;
    case RpcErrc::NotFound:
      return ErrorKind::NotFound;
    default:
      return ErrorKind::Rejected;
  }
}

}  // namespace

const ErrorDomain kRpcErrors{"rpc", &rpcCodeName, &rpcCodeKind};

}  // namespace wb
