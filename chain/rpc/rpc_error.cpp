#include "chain/rpc/rpc_error.h"

#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

int rpcCodeFor(ErrorCode code) {
  if (const auto rpc = code.as<RpcErrc>()) {
    switch (*rpc) {
      case RpcErrc::ParseError:
        return kParseError;
      case RpcErrc::InvalidRequest:
      case RpcErrc::BodyTooLarge:
      case RpcErrc::Unauthorized:
      case RpcErrc::NotAllowed:
        return kInvalidRequest;
      case RpcErrc::MethodNotFound:
        return kMethodNotFound;
      case RpcErrc::InvalidParams:
        return kInvalidParams;
      default:
        break;
    }
  }
  // Every other layer's code by what it means, as the layer that owns it classifies it.
  switch (code.kind()) {
    case ErrorKind::Locked:
      return kWalletLocked;
    case ErrorKind::InsufficientFunds:
      return kInsufficientFunds;
    case ErrorKind::WrongState:
      return kWrongOrderState;
    case ErrorKind::NotFound:
      return kNotFound;
    case ErrorKind::WrongParty:
      return kWrongParty;
    case ErrorKind::Internal:
      return kInternalError;
    case ErrorKind::Rejected:
      break;
  }
  return kRejected;
}

RpcError rpcErrorFrom(const Error& error) {
  RpcError out;
  out.code = rpcCodeFor(error.code);
  out.message = QString::fromStdString(error.message);
  out.data = QJsonObject{{QStringLiteral("code"), QString::fromUtf8(errorName(error.code))}};
  return out;
}

QJsonObject toJson(const RpcError& error) {
  QJsonObject object{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
  if (!error.data.isUndefined()) object.insert(QStringLiteral("data"), error.data);
  return object;
}

}  // namespace wb::rpc
