// Typed errors: every fallible operation in Waybill returns a Result<T> carrying
// either its value or an Error with a stable code (for programs, RPC and tests)
// and a human message (for people). Exceptions never cross module borders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace wb {

// What a failure means to whoever must react to it, whatever layer it comes from
// (the RPC error classes, the GUI's wording). The layer that owns a code says which kind it is.
enum class ErrorKind : std::uint8_t {
  Rejected,           // the request broke a rule or was malformed; the caller can fix it
  NotFound,           // the object asked for does not exist
  WrongParty,         // the account is not the party the action needs
  WrongState,         // the object is not in a state that allows the action
  InsufficientFunds,  // the balance or stake is too small
  Locked,             // the wallet must be unlocked first
  Internal,           // the program or its machine failed; never the caller's fault
};

// One layer's family of error codes, like std::error_category: each layer declares an enum of its
// codes in its own `*_errc.h` (CoreErrc in chain/core/core_errc.h, StoreErrc in chain/store/…)
// and one ErrorDomain that names and classifies them. Code numbers are unique across all layers
// and never change once released (tests/error_codes.txt lists every code).
struct ErrorDomain {
  std::string_view layer;                         // "store"
  std::string_view (*name)(std::uint16_t value);  // stable name, "store.not_found"; empty if not a code of ours
  ErrorKind (*kind)(std::uint16_t value);
};

// An enum of error codes: `errorDomain(code)`, found beside the enum, returns its layer's domain.
template <class E>
concept ErrorEnum = std::is_enum_v<E> && requires(E code) {
  errorDomain(code);
} && std::is_same_v<decltype(errorDomain(E{})), const ErrorDomain&>;

// A code of any layer, or none (success). Built implicitly from any ErrorEnum value, so
// `fail(StoreErrc::Corrupt, …)` and `result.code() == WalletErrc::Locked` read naturally.
class ErrorCode {
public:
  constexpr ErrorCode() = default;
  template <ErrorEnum E>
  constexpr ErrorCode(E code) : value_(static_cast<std::uint16_t>(code)), domain_(&errorDomain(code)) {}

  // True for the success code (a default-constructed ErrorCode).
  constexpr bool ok() const { return domain_ == nullptr; }
  // The stable number, e.g. 452; 0 for success.
  constexpr std::uint16_t value() const { return value_; }
  // The owning layer's name ("store"), or "ok".
  std::string_view layer() const { return domain_ ? domain_->layer : std::string_view("ok"); }
  // The stable name, e.g. "store.not_found", or "ok".
  std::string_view name() const { return domain_ ? domain_->name(value_) : std::string_view("ok"); }
  // The owning layer's domain, or null for success.
  constexpr const ErrorDomain* domain() const { return domain_; }
  // What the failure means to a caller (ErrorKind::Rejected for success too, which has none).
  ErrorKind kind() const { return domain_ ? domain_->kind(value_) : ErrorKind::Rejected; }

  // True when the code is one of E's codes.
  template <ErrorEnum E>
  constexpr bool in() const {
    return domain_ == &errorDomain(E{});
  }
  // The code as one of E's codes, or nothing when it belongs to another layer (or is success).
  template <ErrorEnum E>
  constexpr std::optional<E> as() const {
    if (!in<E>()) return std::nullopt;
    return static_cast<E>(value_);
  }
  // True when the code equals any of `codes` (of any layers).
  template <ErrorEnum... E>
  constexpr bool isAnyOf(E... codes) const {
    return ((*this == ErrorCode(codes)) || ...);
  }

  friend bool operator==(const ErrorCode&, const ErrorCode&) = default;

private:
  std::uint16_t value_ = 0;
  const ErrorDomain* domain_ = nullptr;
};

// Returns the stable, machine-readable name of a code, e.g. "amount.too_many_decimals".
inline std::string_view errorName(ErrorCode code) { return code.name(); }

// A failure: what went wrong (code) and how to say it to a person (message).
struct Error {
  ErrorCode code;
  std::string message;
};

// Builds an Error; helper for `return fail(StoreErrc::Corrupt, "...")`.
inline Error fail(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

// Either a T or an Error. Check with ok() (or operator bool) before value().
template <class T>
class [[nodiscard]] Result {
public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(state_); }
  ErrorCode code() const { return ok() ? ErrorCode{} : error().code; }

private:
  std::variant<T, Error> state_;
};

// Success or an Error, with no value.
template <>
class [[nodiscard]] Result<void> {
public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }
  ErrorCode code() const { return failed_ ? error_.code : ErrorCode{}; }

private:
  Error error_;
  bool failed_ = false;
};

using Status = Result<void>;

}  // namespace wb

// Propagates a failed Result<…> from the current function.
#define WB_TRY(expr)                                         \
  do {                                                       \
    auto&& wb_try_result_ = (expr);                          \
    if (!wb_try_result_.ok()) return wb_try_result_.error(); \
  } while (false)

// Declares `name` as the Result of `expr` and propagates its error from the current function;
// from the next statement on, `*name` is the value:
//   WB_TRY_ASSIGN(key, parseKey(text));
//   use(*key);
// The one idiom for results, as WB_TRY is for statuses (never a hand-written `if (!x) return x.error();`).
#define WB_TRY_ASSIGN(name, expr) \
  auto name = (expr);             \
  if (!name.ok()) return name.error()
