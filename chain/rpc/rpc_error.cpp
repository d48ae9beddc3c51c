#include "chain/rpc/rpc_error.h"

namespace wb::rpc {

namespace {

// Failures of the node rather than of the request: the caller cannot fix them.
bool isInternal(Errc code) {
  const auto value = static_cast<unsigned>(code);
  if (value >= 450 && value < 470) return true;  // storage
  switch (code) {
    case Errc::RpcInternal:
    case Errc::RpcCookieIo:
    case Errc::RpcListenFailed:
    case Errc::CryptoInit:
    case Errc::CryptoOutOfMemory:
    case Errc::CryptoSignFailed:
    case Errc::StateCorrupt:
    case Errc::StateInvariantBroken:
    case Errc::WalletFileIo:
    case Errc::WalletKdfFailed:
    case Errc::IoError:
      return true;
    default:
      return false;
  }
}

}  // namespace

int rpcCodeFor(Errc code) {
  switch (code) {
    case Errc::RpcParseError:
      return kParseError;
    case Errc::RpcInvalidRequest:
    case Errc::RpcBodyTooLarge:
    case Errc::RpcUnauthorized:
    case Errc::RpcNotAllowed:
      return kInvalidRequest;
    case Errc::RpcMethodNotFound:
      return kMethodNotFound;
    case Errc::RpcInvalidParams:
      return kInvalidParams;
    case Errc::WalletLocked:
      return kWalletLocked;
    case Errc::StateInsufficientFunds:
    case Errc::StateInsufficientStake:
      return kInsufficientFunds;
    case Errc::StateOrderWrongState:
      return kWrongOrderState;
    case Errc::RpcNotFound:
    case Errc::StateOrderNotFound:
    case Errc::StateUnknownDelegate:
    case Errc::WalletAccountNotFound:
    case Errc::WalletContactNotFound:
    case Errc::ChainUnknownBlock:
      return kNotFound;
    case Errc::StateWrongParty:
    case Errc::TxSenderNotOrderParty:
    case Errc::WalletNotOrderParty:
      return kWrongParty;
    default:
      return isInternal(code) ? kInternalError : kRejected;
  }
}

RpcError rpcErrorFrom(const Error& error) {
  RpcError out;
  out.code = rpcCodeFor(error.code);
  out.message = QString::fromStdString(error.message);
  out.data = QJsonObject{{QStringLiteral("code"), QString::fromUtf8(errcName(error.code))}};
  return out;
}

QJsonObject toJson(const RpcError& error) {
  QJsonObject object{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
  if (!error.data.isUndefined()) object.insert(QStringLiteral("data"), error.data);
  return object;
}

}  // namespace wb::rpc
