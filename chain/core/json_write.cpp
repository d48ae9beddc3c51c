// The pretty, stable JSON writer (see json.h for the exact layout).
#include "chain/core/json.h"
#include "chain/core/json_utf8.h"

namespace wb {
namespace {

void writeString(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x80) {
      const std::size_t length = utf8SequenceLength(text, i);
      if (length == 0) {
        appendUtf8(0xFFFD, out);  // never emit invalid UTF-8, whatever the caller built
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (byte) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (byte < 0x20) {
          out += "\\u00";
          out += kHex[byte >> 4];
          out += kHex[byte & 15];
        } else {
          out += static_cast<char>(byte);
        }
    }
    ++i;
  }
  out += '"';
}

void newline(std::size_t depth, std::string& out) {
  out += '\n';
  out.append(2 * depth, ' ');
}

void writeValue(const JsonValue& value, std::size_t depth, std::string& out) {
  switch (value.type()) {
    case JsonValue::Type::Null:
      out += "null";
      return;
    case JsonValue::Type::Bool:
      out += *value.asBool() ? "true" : "false";
      return;
    case JsonValue::Type::Integer: {
      const JsonInteger& i = *value.asInteger();
      if (i.negative) out += '-';
      out += std::to_string(i.magnitude);
      return;
    }
    case JsonValue::Type::String:
      writeString(*value.asString(), out);
      return;
    case JsonValue::Type::Array: {
      const JsonArray& items = *value.asArray();
      if (items.empty()) {
        out += "[]";
        return;
      }
      out += '[';
      for (std::size_t n = 0; n < items.size(); ++n) {
        if (n > 0) out += ',';
        newline(depth + 1, out);
        writeValue(items[n], depth + 1, out);
      }
      newline(depth, out);
      out += ']';
      return;
    }
    case JsonValue::Type::Object: {
      const JsonObject& members = *value.asObject();
      if (members.empty()) {
        out += "{}";
        return;
      }
      out += '{';
      for (std::size_t n = 0; n < members.size(); ++n) {
        if (n > 0) out += ',';
        newline(depth + 1, out);
        writeString(members[n].key, out);
        out += ": ";
        writeValue(members[n].value, depth + 1, out);
      }
      newline(depth, out);
      out += '}';
      return;
    }
  }
}

}  // namespace

std::string writeJson(const JsonValue& value) {
  std::string out;
  writeValue(value, 0, out);
  return out;
}

}  // namespace wb
