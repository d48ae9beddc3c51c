#include "chain/rpc/rpc_params.h"

#include <QJsonArray>
#include <QMetaType>
#include <QVariant>

#include "chain/core/bech32m.h"
#include "chain/rpc/rpc_errc.h"

namespace wb::rpc {

namespace {

QString qName(std::string_view name) { return QString::fromUtf8(name.data(), qsizetype(name.size())); }

// Turns an absent optional into the "missing" error of a required parameter.
template <class T>
Result<T> present(Result<std::optional<T>> value, std::string_view name) {
  WB_TRY(value);
  if (!value->has_value()) return invalidParam(name, "is required");
  return std::move(**value);
}

Result<QString> asString(const QJsonValue& value, std::string_view name, std::size_t maxBytes) {
  if (!value.isString()) return invalidParam(name, "must be a string");
  QString text = value.toString();
  if (std::size_t(text.toUtf8().size()) > maxBytes)
    return invalidParam(name, "is longer than " + std::to_string(maxBytes) + " bytes");
  return text;
}

}  // namespace

Error invalidParam(std::string_view name, std::string_view problem) {
  return fail(RpcErrc::InvalidParams, "param '" + std::string(name) + "' " + std::string(problem));
}

RpcParams::RpcParams(QJsonObject params) : params_(std::move(params)) {}

std::optional<QJsonValue> RpcParams::take(std::string_view name) {
  const QString key = qName(name);
  known_.insert(key);
  const auto it = params_.constFind(key);
  if (it == params_.constEnd() || it->isNull()) return std::nullopt;
  return *it;
}

Result<std::optional<QString>> RpcParams::optionalString(std::string_view name, std::size_t maxBytes) {
  const auto value = take(name);
  if (!value) return std::optional<QString>{};
  auto text = asString(*value, name, maxBytes);
  WB_TRY(text);
  return std::optional<QString>{std::move(*text)};
}

Result<QString> RpcParams::requiredString(std::string_view name, std::size_t maxBytes) {
  return present(optionalString(name, maxBytes), name);
}

Result<SecureBytes> RpcParams::requiredSecret(std::string_view name, std::size_t maxBytes) {
  const auto value = take(name);
  if (!value) return invalidParam(name, "is required");
  if (!value->isString()) return invalidParam(name, "must be a string");
  QByteArray utf8 = value->toString().toUtf8();
  if (std::size_t(utf8.size()) > maxBytes)
    return invalidParam(name, "is longer than " + std::to_string(maxBytes) + " bytes");
  SecureBytes secret = SecureBytes::copyOf(std::string_view(utf8.constData(), std::size_t(utf8.size())));
  utf8.fill('\0');  // the transient copy; Qt's own copies are out of our reach
  return secret;
}

Result<std::optional<std::int64_t>> RpcParams::optionalInteger(std::string_view name, std::int64_t min,
                                                               std::int64_t max) {
  const auto value = take(name);
  if (!value) return std::optional<std::int64_t>{};
  if (!value->isDouble()) return invalidParam(name, "must be an integer");
  // Qt keeps exact integers as qlonglong and everything else as double.
  if (value->toVariant().typeId() != QMetaType::LongLong)
    return invalidParam(name, "must be an integer (no fraction, within 64 bits)");
  const std::int64_t number = value->toInteger();
  if (number < min || number > max)
    return invalidParam(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  return std::optional<std::int64_t>{number};
}

Result<std::int64_t> RpcParams::requiredInteger(std::string_view name, std::int64_t min, std::int64_t max) {
  return present(optionalInteger(name, min, max), name);
}

Result<std::optional<bool>> RpcParams::optionalBool(std::string_view name) {
  const auto value = take(name);
  if (!value) return std::optional<bool>{};
  if (!value->isBool()) return invalidParam(name, "must be true or false");
  return std::optional<bool>{value->toBool()};
}

Result<bool> RpcParams::requiredBool(std::string_view name) { return present(optionalBool(name), name); }

Result<std::optional<Amount>> RpcParams::optionalAmount(std::string_view name, bool allowZero) {
  const auto value = take(name);
  if (!value) return std::optional<Amount>{};
  if (value->isDouble())
    return invalidParam(name, "must be a decimal string in WBL such as \"12.5\", not a JSON number");
  if (!value->isString()) return invalidParam(name, "must be a decimal string in WBL such as \"12.5\"");
  const auto amount = parseAmount(value->toString().toStdString());
  if (!amount.ok()) return invalidParam(name, "is not a valid amount: " + amount.error().message);
  if (*amount == 0 && !allowZero) return invalidParam(name, "must be greater than zero");
  return std::optional<Amount>{*amount};
}

Result<Amount> RpcParams::requiredAmount(std::string_view name, bool allowZero) {
  return present(optionalAmount(name, allowZero), name);
}

Result<std::optional<Hash32>> RpcParams::optionalHash(std::string_view name) {
  const auto value = take(name);
  if (!value) return std::optional<Hash32>{};
  if (!value->isString()) return invalidParam(name, "must be a string of 64 hex digits");
  const auto hash = hash32FromHex(value->toString().toStdString());
  if (!hash.ok()) return invalidParam(name, "must be exactly 64 hex digits");
  return std::optional<Hash32>{*hash};
}

Result<Hash32> RpcParams::requiredHash(std::string_view name) { return present(optionalHash(name), name); }

Result<OrderId> RpcParams::requiredOrderId(std::string_view name) {
  WB_TRY_ASSIGN(hash, requiredHash(name));
  return OrderId{*hash};
}

Result<std::optional<BlockHash>> RpcParams::optionalBlockHash(std::string_view name) {
  WB_TRY_ASSIGN(hash, optionalHash(name));
  if (!*hash) return std::optional<BlockHash>{};
  return std::optional<BlockHash>{BlockHash{**hash}};
}

Result<std::optional<AccountKey>> RpcParams::optionalAddress(std::string_view name, std::string_view hrp) {
  const auto value = take(name);
  if (!value) return std::optional<AccountKey>{};
  if (!value->isString()) return invalidParam(name, "must be an address string");
  const auto key = decodeAddress(hrp, value->toString().toStdString());
  if (!key.ok()) return invalidParam(name, "is not a valid address: " + key.error().message);
  return std::optional<AccountKey>{*key};
}

Result<AccountKey> RpcParams::requiredAddress(std::string_view name, std::string_view hrp) {
  return present(optionalAddress(name, hrp), name);
}

Result<std::optional<std::size_t>> RpcParams::optionalEnum(std::string_view name,
                                                           std::initializer_list<std::string_view> choices) {
  std::string list;
  for (std::string_view choice : choices) list += (list.empty() ? "" : ", ") + std::string(choice);
  const auto value = take(name);
  if (!value) return std::optional<std::size_t>{};
  if (!value->isString()) return invalidParam(name, "must be one of: " + list);
  const std::string text = value->toString().toStdString();
  std::size_t index = 0;
  for (std::string_view choice : choices) {
    if (text == choice) return std::optional<std::size_t>{index};
    ++index;
  }
  return invalidParam(name, "must be one of: " + list);
}

Result<std::size_t> RpcParams::requiredEnum(std::string_view name, std::initializer_list<std::string_view> choices) {
  return present(optionalEnum(name, choices), name);
}

Result<QStringList> RpcParams::requiredStringList(std::string_view name, std::size_t maxItems, std::size_t maxBytes) {
  const auto value = take(name);
  if (!value) return invalidParam(name, "is required");
  if (!value->isArray()) return invalidParam(name, "must be an array of strings");
  const QJsonArray array = value->toArray();
  if (array.isEmpty() || std::size_t(array.size()) > maxItems)
    return invalidParam(name, "must hold 1 to " + std::to_string(maxItems) + " strings");
  QStringList items;
  for (const QJsonValue& item : array) {
    auto text = asString(item, name, maxBytes);
    if (!text.ok())
      return invalidParam(name, "must hold only strings of at most " + std::to_string(maxBytes) + " bytes");
    items.append(std::move(*text));
  }
  return items;
}

Status RpcParams::finish() const {
  // Names come from the client: quote a few, shortened, never all of them.
  constexpr qsizetype kMaxListed = 8;
  constexpr qsizetype kMaxNameChars = 64;
  QStringList unknown;
  qsizetype count = 0;
  for (auto it = params_.constBegin(); it != params_.constEnd(); ++it) {
    if (known_.contains(it.key())) continue;
    if (++count <= kMaxListed) unknown.append(it.key().left(kMaxNameChars));
  }
  if (count == 0) return {};
  if (count > kMaxListed) unknown.append(QStringLiteral("… (%1 in all)").arg(count));
  return fail(RpcErrc::InvalidParams, "unknown params: " + unknown.join(QStringLiteral(", ")).toStdString());
}

}  // namespace wb::rpc
