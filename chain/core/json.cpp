// JsonValue and the strict parser. The writer lives in json_write.cpp.
#include "chain/core/json.h"

#include <limits>
#include <set>

#include "chain/core/core_errc.h"
#include "chain/core/json_utf8.h"

namespace wb {

// ---- JsonValue ----

JsonValue JsonValue::boolean(bool value) {
  JsonValue v;
  v.value_ = value;
  return v;
}

JsonValue JsonValue::integer(JsonInteger value) {
  if (value.magnitude == 0) value.negative = false;
  JsonValue v;
  v.value_ = value;
  return v;
}

JsonValue JsonValue::unsignedInteger(std::uint64_t value) { return integer({false, value}); }

JsonValue JsonValue::signedInteger(std::int64_t value) {
  // Negate in unsigned arithmetic so INT64_MIN does not overflow.
  return value < 0 ? integer({true, 0 - static_cast<std::uint64_t>(value)})
                   : integer({false, static_cast<std::uint64_t>(value)});
}

JsonValue JsonValue::string(std::string text) {
  JsonValue v;
  v.value_ = std::move(text);
  return v;
}

JsonValue JsonValue::array(JsonArray items) {
  JsonValue v;
  v.value_ = std::move(items);
  return v;
}

JsonValue JsonValue::object(JsonObject members) {
  JsonValue v;
  v.value_ = std::move(members);
  return v;
}

JsonValue::Type JsonValue::type() const { return static_cast<Type>(value_.index()); }

std::optional<bool> JsonValue::asBool() const {
  if (const bool* b = std::get_if<bool>(&value_)) return *b;
  return std::nullopt;
}

const JsonInteger* JsonValue::asInteger() const { return std::get_if<JsonInteger>(&value_); }

std::optional<std::uint64_t> JsonValue::asU64() const {
  const JsonInteger* i = asInteger();
  if (i == nullptr || i->negative) return std::nullopt;
  return i->magnitude;
}

std::optional<std::int64_t> JsonValue::asI64() const {
  const JsonInteger* i = asInteger();
  if (i == nullptr) return std::nullopt;
  constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (!i->negative) {
    if (i->magnitude > kMax) return std::nullopt;
    return static_cast<std::int64_t>(i->magnitude);
  }
  if (i->magnitude > kMax + 1) return std::nullopt;
  return i->magnitude == kMax + 1 ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(i->magnitude);
}

const std::string* JsonValue::asString() const { return std::get_if<std::string>(&value_); }
const JsonArray* JsonValue::asArray() const { return std::get_if<JsonArray>(&value_); }
const JsonObject* JsonValue::asObject() const { return std::get_if<JsonObject>(&value_); }

const JsonValue* JsonValue::find(std::string_view key) const {
  const JsonObject* members = asObject();
  if (members == nullptr) return nullptr;
  for (const JsonMember& m : *members) {
    if (m.key == key) return &m.value;
  }
  return nullptr;
}

bool JsonValue::operator==(const JsonValue& other) const { return value_ == other.value_; }

// ---- parser ----

namespace {

class Parser {
public:
  Parser(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  Result<JsonValue> parseDocument() {
    if (text_.size() > limits_.maxBytes) {
      return failAt(
          0, CoreErrc::JsonTooLarge,
          "the input is " + std::to_string(text_.size()) + " bytes; the limit is " + std::to_string(limits_.maxBytes));
    }
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    skipWhitespace();
    if (atEnd()) return failAt(pos_, CoreErrc::JsonSyntax, "empty input: expected a JSON value");
    auto value = parseValue(0);
    if (!value) return value;
    skipWhitespace();
    if (!atEnd()) return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + " after the JSON value");
    return value;
  }

  JsonPosition errorPosition() const { return errorPosition_; }

private:
  bool atEnd() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }

  void skipWhitespace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r')) ++pos_;
  }

  // Line and column of byte `offset`, computed only when an error is reported.
  JsonPosition positionOf(std::size_t offset) const {
    JsonPosition p{1, 1};
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) {
      const auto byte = static_cast<unsigned char>(text_[i]);
      if (byte == '\n') {
        ++p.line;
        p.column = 1;
      } else if ((byte & 0xC0) != 0x80) {  // UTF-8 continuation bytes do not start a character
        ++p.column;
      }
    }
    return p;
  }

  Error failAt(std::size_t offset, ErrorCode code, const std::string& what) {
    errorPosition_ = positionOf(offset);
    return fail(code, "line " + std::to_string(errorPosition_.line) + ", column " +
                          std::to_string(errorPosition_.column) + ": " + what);
  }

  std::string describeHere() const {
    if (atEnd()) return "end of input";
    const auto byte = static_cast<unsigned char>(peek());
    if (byte >= 0x20 && byte < 0x7f) return std::string("'") + peek() + "'";
    static constexpr char kHex[] = "0123456789abcdef";
    return std::string("byte 0x") + kHex[byte >> 4] + kHex[byte & 15];
  }

  Result<JsonValue> parseValue(std::size_t depth) {
    if (atEnd()) return failAt(pos_, CoreErrc::JsonSyntax, "unexpected end of input: expected a value");
    switch (peek()) {
      case '{':
        return parseObject(depth + 1);
      case '[':
        return parseArray(depth + 1);
      case '"': {
        WB_TRY_ASSIGN(text, parseString());
        return JsonValue::string(std::move(*text));
      }
      case 't':
        return parseLiteral("true", JsonValue::boolean(true));
      case 'f':
        return parseLiteral("false", JsonValue::boolean(false));
      case 'n':
        return parseLiteral("null", JsonValue());
      default:
        if (peek() == '-' || (peek() >= '0' && peek() <= '9')) return parseNumber();
        return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected a value");
    }
  }

  Result<JsonValue> parseLiteral(std::string_view word, JsonValue value) {
    if (text_.substr(pos_, word.size()) != word) {
      return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected a value");
    }
    pos_ += word.size();
    return value;
  }

  Result<JsonValue> parseNumber() {
    const std::size_t start = pos_;
    const bool negative = peek() == '-';
    if (negative) ++pos_;
    if (atEnd() || peek() < '0' || peek() > '9') {
      return failAt(pos_, CoreErrc::JsonSyntax, "expected a digit after '-'");
    }
    if (peek() == '0' && pos_ + 1 < text_.size() && text_[pos_ + 1] >= '0' && text_[pos_ + 1] <= '9') {
      return failAt(start, CoreErrc::JsonBadNumber, "numbers may not have leading zeros");
    }
    std::uint64_t magnitude = 0;
    bool overflow = false;
    for (; !atEnd() && peek() >= '0' && peek() <= '9'; ++pos_) {
      const auto digit = static_cast<std::uint64_t>(peek() - '0');
      if (magnitude > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) overflow = true;
      magnitude = magnitude * 10 + digit;
    }
    if (!atEnd() && (peek() == '.' || peek() == 'e' || peek() == 'E')) {
      return failAt(pos_, CoreErrc::JsonBadNumber,
                    "only whole numbers are allowed (no fractions or exponents; amounts are decimal strings)");
    }
    constexpr auto kNegativeLimit = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + 1;
    if (overflow || (negative && magnitude > kNegativeLimit)) {
      return failAt(start, CoreErrc::JsonBadNumber,
                    "the integer " + std::string(text_.substr(start, pos_ - start)) + " is out of range");
    }
    return JsonValue::integer({negative, magnitude});
  }

  // Reads 4 hex digits of a \u escape at pos_.
  Result<std::uint32_t> parseHex4() {
    std::uint32_t unit = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      if (atEnd()) return failAt(pos_, CoreErrc::JsonBadString, "\\u needs 4 hex digits");
      const char c = peek();
      std::uint32_t nibble = 0;
      if (c >= '0' && c <= '9')
        nibble = static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        nibble = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        nibble = static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return failAt(pos_, CoreErrc::JsonBadString, "\\u needs 4 hex digits");
      unit = unit << 4 | nibble;
    }
    return unit;
  }

  // After a backslash at escapeStart: appends the escaped character to `out`.
  Status parseEscape(std::size_t escapeStart, std::string& out) {
    if (atEnd()) return failAt(escapeStart, CoreErrc::JsonBadString, "unterminated escape");
    const char c = peek();
    ++pos_;
    switch (c) {
      case '"':
        out += '"';
        return {};
      case '\\':
        out += '\\';
        return {};
      case '/':
        out += '/';
        return {};
      case 'b':
        out += '\b';
        return {};
      case 'f':
        out += '\f';
        return {};
      case 'n':
        out += '\n';
        return {};
      case 'r':
        out += '\r';
        return {};
      case 't':
        out += '\t';
        return {};
      case 'u':
        break;
      default:
        return failAt(escapeStart, CoreErrc::JsonBadString, std::string("unknown escape '\\") + c + "'");
    }
    WB_TRY_ASSIGN(unit, parseHex4());
    std::uint32_t codePoint = *unit;
    if (codePoint >= 0xDC00 && codePoint <= 0xDFFF) {
      return failAt(escapeStart, CoreErrc::JsonBadString, "lone low surrogate in \\u escape");
    }
    if (codePoint >= 0xD800 && codePoint <= 0xDBFF) {
      if (text_.substr(pos_, 2) != "\\u") {
        return failAt(escapeStart, CoreErrc::JsonBadString, "high surrogate not followed by a low surrogate");
      }
      pos_ += 2;
      WB_TRY_ASSIGN(low, parseHex4());
      if (*low < 0xDC00 || *low > 0xDFFF) {
        return failAt(escapeStart, CoreErrc::JsonBadString, "high surrogate not followed by a low surrogate");
      }
      codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (*low - 0xDC00);
    }
    appendUtf8(codePoint, out);
    return {};
  }

  Result<std::string> parseString() {
    const std::size_t open = pos_;
    ++pos_;  // the opening quote
    std::string out;
    while (true) {
      if (atEnd()) return failAt(open, CoreErrc::JsonSyntax, "unterminated string");
      const auto byte = static_cast<unsigned char>(peek());
      if (byte == '"') {
        ++pos_;
        return out;
      }
      if (byte == '\\') {
        const std::size_t escapeStart = pos_++;
        WB_TRY(parseEscape(escapeStart, out));
      } else if (byte < 0x20) {
        return failAt(pos_, CoreErrc::JsonBadString, "control character in string (escape it)");
      } else if (byte < 0x80) {
        out += static_cast<char>(byte);
        ++pos_;
      } else {
        const std::size_t length = utf8SequenceLength(text_, pos_);
        if (length == 0) return failAt(pos_, CoreErrc::JsonBadString, "invalid UTF-8 in string");
        out.append(text_.substr(pos_, length));
        pos_ += length;
      }
    }
  }

  Status checkDepth(std::size_t depth) {
    if (depth > limits_.maxDepth) {
      return failAt(pos_, CoreErrc::JsonTooDeep, "nesting deeper than " + std::to_string(limits_.maxDepth) + " levels");
    }
    return {};
  }

  Result<JsonValue> parseArray(std::size_t depth) {
    WB_TRY(checkDepth(depth));
    ++pos_;  // '['
    JsonArray items;
    skipWhitespace();
    if (!atEnd() && peek() == ']') {
      ++pos_;
      return JsonValue::array(std::move(items));
    }
    while (true) {
      skipWhitespace();
      auto item = parseValue(depth);
      if (!item) return item;
      items.push_back(std::move(*item));
      skipWhitespace();
      if (atEnd()) return failAt(pos_, CoreErrc::JsonSyntax, "unexpected end of input: expected ',' or ']'");
      if (peek() == ']') {
        ++pos_;
        return JsonValue::array(std::move(items));
      }
      if (peek() != ',')
        return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected ',' or ']'");
      ++pos_;
      skipWhitespace();
      if (!atEnd() && peek() == ']') return failAt(pos_, CoreErrc::JsonSyntax, "trailing comma before ']'");
    }
  }

  Result<JsonValue> parseObject(std::size_t depth) {
    WB_TRY(checkDepth(depth));
    ++pos_;  // '{'
    JsonObject members;
    std::set<std::string, std::less<>> keys;  // duplicate detection without quadratic scans
    skipWhitespace();
    if (!atEnd() && peek() == '}') {
      ++pos_;
      return JsonValue::object(std::move(members));
    }
    while (true) {
      skipWhitespace();
      if (atEnd() || peek() != '"') {
        if (!atEnd() && peek() == '}') return failAt(pos_, CoreErrc::JsonSyntax, "trailing comma before '}'");
        return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected a \"key\"");
      }
      const std::size_t keyStart = pos_;
      WB_TRY_ASSIGN(key, parseString());
      if (!keys.insert(*key).second) {
        return failAt(keyStart, CoreErrc::JsonDuplicateKey, "duplicate key \"" + *key + "\"");
      }
      skipWhitespace();
      if (atEnd() || peek() != ':') {
        return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected ':' after the key");
      }
      ++pos_;
      skipWhitespace();
      auto value = parseValue(depth);
      if (!value) return value;
      members.push_back(JsonMember{std::move(*key), std::move(*value)});
      skipWhitespace();
      if (atEnd()) return failAt(pos_, CoreErrc::JsonSyntax, "unexpected end of input: expected ',' or '}'");
      if (peek() == '}') {
        ++pos_;
        return JsonValue::object(std::move(members));
      }
      if (peek() != ',')
        return failAt(pos_, CoreErrc::JsonSyntax, "unexpected " + describeHere() + ": expected ',' or '}'");
      ++pos_;
    }
  }

  std::string_view text_;
  JsonLimits limits_;
  std::size_t pos_ = 0;
  JsonPosition errorPosition_;
};

}  // namespace

Result<JsonValue> parseJson(std::string_view text, const JsonLimits& limits, JsonPosition* errorAt) {
  Parser parser(text, limits);
  auto result = parser.parseDocument();
  if (!result && errorAt != nullptr) *errorAt = parser.errorPosition();
  return result;
}

}  // namespace wb
