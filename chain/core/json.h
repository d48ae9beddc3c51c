// A small strict JSON reader and writer (RFC 8259 subset) for files people
// edit and programs exchange, such as genesis.json. No Qt: chain/core stays plain C++.
//
// Strict on purpose, because these files fix a network forever:
//   - numbers are integers only: a fraction or exponent is an error (money is
//     never floating point; amounts travel as decimal strings like "12.5");
//     integers must fit in int64 (negative) or uint64 (non-negative);
//   - strings must be valid UTF-8; escapes include \u surrogate pairs, and lone
//     surrogates, raw control characters and unknown escapes are errors;
//   - objects may not repeat a key; trailing commas, comments, single quotes,
//     NaN/Infinity and anything after the top-level value are errors;
//   - input size and nesting depth are limited (JsonLimits).
// A leading UTF-8 byte-order mark is skipped (editors on some systems add one).
// Every error carries the line and column (1-based; columns count characters).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "chain/core/error.h"

namespace wb {

class JsonValue;
struct JsonMember;
using JsonArray = std::vector<JsonValue>;
// Members in insertion (file) order; keys are unique in parsed objects.
using JsonObject = std::vector<JsonMember>;

// A JSON integer: sign and magnitude, so the whole uint64 range and the whole
// int64 range are exact. Zero is never negative ("-0" reads as 0).
struct JsonInteger {
  bool negative = false;
  std::uint64_t magnitude = 0;
  bool operator==(const JsonInteger&) const = default;
};

class JsonValue {
public:
  enum class Type { Null, Bool, Integer, String, Array, Object };

  // null.
  JsonValue() = default;

  // Named constructors (no implicit conversions: a char* must never become a bool).
  static JsonValue boolean(bool value);
  // Any integer of the JsonInteger range; a negative zero becomes plain 0.
  static JsonValue integer(JsonInteger value);
  static JsonValue unsignedInteger(std::uint64_t value);
  static JsonValue signedInteger(std::int64_t value);
  // `text` should be valid UTF-8; the writer replaces invalid bytes with U+FFFD.
  static JsonValue string(std::string text);
  static JsonValue array(JsonArray items);
  static JsonValue object(JsonObject members);

  Type type() const;
  bool isNull() const { return type() == Type::Null; }

  // Typed access; each returns nullopt / nullptr when the value has another type.
  std::optional<bool> asBool() const;
  // The integer when it is one and fits: asU64 rejects negatives, asI64 values above INT64_MAX.
  std::optional<std::uint64_t> asU64() const;
  std::optional<std::int64_t> asI64() const;
  const JsonInteger* asInteger() const;
  const std::string* asString() const;
  const JsonArray* asArray() const;
  const JsonObject* asObject() const;

  // For objects: the value of member `key`, or nullptr (also for non-objects).
  const JsonValue* find(std::string_view key) const;

  // Deep equality; object members compare in order.
  bool operator==(const JsonValue& other) const;

private:
  std::variant<std::monostate, bool, JsonInteger, std::string, JsonArray, JsonObject> value_;
};

struct JsonMember {
  std::string key;
  JsonValue value;
  bool operator==(const JsonMember&) const = default;
};

// Limits that keep hostile input cheap: bytes of input and levels of nested
// arrays/objects (a top-level array or object is depth 1).
struct JsonLimits {
  std::size_t maxBytes = 1 << 20;
  std::size_t maxDepth = 64;
};

// Where a parse error was found: 1-based line and column (columns count UTF-8
// characters, not bytes).
struct JsonPosition {
  std::size_t line = 0;
  std::size_t column = 0;
  bool operator==(const JsonPosition&) const = default;
};

// Parses exactly one JSON value occupying all of `text` (surrounding whitespace
// allowed). Fails with JsonSyntax, JsonBadNumber, JsonBadString, JsonDuplicateKey,
// JsonTooDeep or JsonTooLarge; the message starts with "line L, column C: ".
// When `errorAt` is given it receives that position on failure.
[[nodiscard]] Result<JsonValue> parseJson(std::string_view text, const JsonLimits& limits = {},
                                          JsonPosition* errorAt = nullptr);

// Writes `value` as stable, pretty JSON: 2-space indentation, one member or item
// per line, object members in insertion order, "key": value with one space, empty
// containers as {} and [], non-ASCII text as raw UTF-8, control characters
// escaped. No trailing newline. The same value always gives the same text, and
// parseJson(writeJson(v)) == v for any v whose strings are valid UTF-8.
std::string writeJson(const JsonValue& value);

}  // namespace wb
