// Typed, named parameters of a JSON-RPC call (DESIGN §7: params by name,
// amounts as decimal strings in WBL). Every accessor fails with
// RpcErrc::InvalidParams (JSON-RPC -32602) and a message naming the parameter,
// so a method validates all its input before it changes anything:
//
//   RpcParams params(object);
//   auto to = params.requiredAddress("to", hrp);          WB_TRY(to);
//   auto amount = params.requiredAmount("amount");         WB_TRY(amount);
//   auto memo = params.optionalString("memo", 256);        WB_TRY(memo);
//   WB_TRY(params.finish());                               // rejects unknown names
//
// An explicit JSON null counts as "not given".
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/core/secure_bytes.h"
#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

// Longest string parameter accepted unless a method says otherwise (UTF-8 bytes).
inline constexpr std::size_t kDefaultMaxStringBytes = 4096;

class RpcParams {
public:
  // Wraps the "params" object of one call; nothing is checked yet.
  explicit RpcParams(QJsonObject params);

  // A JSON string of at most `maxBytes` UTF-8 bytes (may be empty).
  [[nodiscard]] Result<QString> requiredString(std::string_view name, std::size_t maxBytes = kDefaultMaxStringBytes);
  [[nodiscard]] Result<std::optional<QString>> optionalString(std::string_view name,
                                                              std::size_t maxBytes = kDefaultMaxStringBytes);

  // A secret string (passphrase) copied into sodium_malloc memory as UTF-8.
  [[nodiscard]] Result<SecureBytes> requiredSecret(std::string_view name,
                                                   std::size_t maxBytes = kDefaultMaxStringBytes);

  // A JSON integer in [min, max]. Numbers with a fractional part (1.5) and
  // integers beyond int64 are rejected. Qt's parser stores 1.0 and 1e3 as the
  // exact integers 1 and 1000, so those read as integers.
  [[nodiscard]] Result<std::int64_t> requiredInteger(std::string_view name, std::int64_t min, std::int64_t max);
  [[nodiscard]] Result<std::optional<std::int64_t>> optionalInteger(std::string_view name, std::int64_t min,
                                                                    std::int64_t max);

  // true or false (not 0/1, not "true").
  [[nodiscard]] Result<bool> requiredBool(std::string_view name);
  [[nodiscard]] Result<std::optional<bool>> optionalBool(std::string_view name);

  // An amount as a decimal string in WBL ("12.5"), parsed by wb::parseAmount.
  // JSON numbers are rejected: money is never a float. Zero is rejected unless
  // `allowZero`.
  [[nodiscard]] Result<Amount> requiredAmount(std::string_view name, bool allowZero = false);
  [[nodiscard]] Result<std::optional<Amount>> optionalAmount(std::string_view name, bool allowZero = false);

  // A 32-byte id (txid, block hash, order id) as exactly 64 hex digits.
  [[nodiscard]] Result<Hash32> requiredHash(std::string_view name);
  [[nodiscard]] Result<std::optional<Hash32>> optionalHash(std::string_view name);
  // The same, naming the bytes an order id or a block hash.
  [[nodiscard]] Result<OrderId> requiredOrderId(std::string_view name);
  [[nodiscard]] Result<std::optional<BlockHash>> optionalBlockHash(std::string_view name);

  // A bech32m account address of the network `hrp`; returns the account key.
  [[nodiscard]] Result<AccountKey> requiredAddress(std::string_view name, std::string_view hrp);
  [[nodiscard]] Result<std::optional<AccountKey>> optionalAddress(std::string_view name, std::string_view hrp);

  // One string of `choices`; returns its index in `choices`.
  [[nodiscard]] Result<std::size_t> requiredEnum(std::string_view name,
                                                 std::initializer_list<std::string_view> choices);
  [[nodiscard]] Result<std::optional<std::size_t>> optionalEnum(std::string_view name,
                                                                std::initializer_list<std::string_view> choices);

  // An array of 1…maxItems strings of at most `maxBytes` UTF-8 bytes each.
  [[nodiscard]] Result<QStringList> requiredStringList(std::string_view name, std::size_t maxItems,
                                                       std::size_t maxBytes = kDefaultMaxStringBytes);

  // Fails naming every parameter no accessor asked for (a misspelt optional
  // parameter must not be silently ignored). Call after all accessors.
  [[nodiscard]] Status finish() const;

private:
  // The value of `name` (marking it as known), or nullopt when absent or null.
  std::optional<QJsonValue> take(std::string_view name);

  QJsonObject params_;
  QSet<QString> known_;
};

// The Error every accessor returns: RpcErrc::InvalidParams, "param 'name' <problem>".
Error invalidParam(std::string_view name, std::string_view problem);

}  // namespace wb::rpc
