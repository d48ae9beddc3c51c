// JSON-RPC 2.0 error objects (DESIGN §7): the protocol codes, Waybill's
// application codes, and the one mapping from wb::ErrorCode to them, so every
// method reports the same failure the same way.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include "chain/core/error.h"

namespace wb::rpc {

// Protocol codes of the JSON-RPC 2.0 specification.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;

// Waybill's application codes (DESIGN §7).
inline constexpr int kWalletLocked = -32001;
inline constexpr int kInsufficientFunds = -32002;
inline constexpr int kWrongOrderState = -32003;
inline constexpr int kNotFound = -32004;
inline constexpr int kWrongParty = -32005;
inline constexpr int kRejected = -32006;

// An error as sent to the client: {"code", "message", "data"?}.
struct RpcError {
  int code = kInternalError;
  QString message;
  QJsonValue data = QJsonValue::Undefined;  // left out of the JSON when undefined
};

// The JSON-RPC code for a Waybill error code of any layer. RpcErrc protocol codes map to their protocol
// number; every other code maps by the ErrorKind its layer gives it, so this layer names no other
// layer's codes: Locked to -32001, InsufficientFunds to -32002, WrongState to -32003, NotFound to
// -32004, WrongParty to -32005, Internal (failures of the node itself: storage, I/O, crypto
// initialisation) to -32603, and Rejected (every other rule violation) to -32006.
int rpcCodeFor(ErrorCode code);

// The RpcError for `error`: rpcCodeFor(code), the error's message, and
// data {"code": errorName(code)} so programs can tell causes apart.
RpcError rpcErrorFrom(const Error& error);

// {"code", "message", "data"?} as a JSON object.
QJsonObject toJson(const RpcError& error);

}  // namespace wb::rpc
