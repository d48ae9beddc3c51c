#include <QtTest>
#include <limits>
#include <string>

#include "chain/core/core_errc.h"
#include "chain/core/json.h"
#include "chain/core/secure_bytes.h"

using namespace wb;

namespace {

// Parses `text` expecting failure with `code` at (line, column).
void expectError(const std::string& text, ErrorCode code, std::size_t line, std::size_t column) {
  JsonPosition at;
  const auto r = parseJson(text, {}, &at);
  QVERIFY2(!r.ok(), text.c_str());
  QVERIFY2(r.code() == code, (text + " gave " + std::string(errorName(r.code())) + ": " + r.error().message).c_str());
  QVERIFY2(
      at == (JsonPosition{line, column}),
      (text + " at " + std::to_string(at.line) + ":" + std::to_string(at.column) + " — " + r.error().message).c_str());
  const std::string prefix = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
  QVERIFY2(r.error().message.starts_with(prefix), r.error().message.c_str());
}

JsonValue parseOk(const std::string& text) {
  auto r = parseJson(text);
  if (!r) qFatal("unexpected JSON error for %s: %s", text.c_str(), r.error().message.c_str());
  return std::move(r).value();
}

}  // namespace

class TestJson : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void parsesEveryType() {
    const JsonValue v =
        parseOk(" {\"n\": null, \"t\": true, \"f\": false, \"i\": -12, \"s\": \"x\", \"a\": [1, []], \"o\": {}}\n");
    QCOMPARE(v.type(), JsonValue::Type::Object);
    QVERIFY(v.find("n")->isNull());
    QCOMPARE(*v.find("t")->asBool(), true);
    QCOMPARE(*v.find("f")->asBool(), false);
    QCOMPARE(*v.find("i")->asI64(), std::int64_t{-12});
    QVERIFY(!v.find("i")->asU64());
    QCOMPARE(*v.find("s")->asString(), std::string("x"));
    QCOMPARE(v.find("a")->asArray()->size(), std::size_t{2});
    QVERIFY(v.find("o")->asObject()->empty());
    QVERIFY(v.find("missing") == nullptr);
    QVERIFY(v.find("s")->asArray() == nullptr);
    // Members keep file order.
    QCOMPARE(v.asObject()->front().key, std::string("n"));
    QCOMPARE(v.asObject()->back().key, std::string("o"));
  }

  void integerRange() {
    QCOMPARE(*parseOk("18446744073709551615").asU64(), std::numeric_limits<std::uint64_t>::max());
    QVERIFY(!parseOk("18446744073709551615").asI64());
    QCOMPARE(*parseOk("-9223372036854775808").asI64(), std::numeric_limits<std::int64_t>::min());
    QCOMPARE(*parseOk("9223372036854775807").asI64(), std::numeric_limits<std::int64_t>::max());
    QCOMPARE(parseOk("-0"), JsonValue::unsignedInteger(0));
    QCOMPARE(*parseOk("-0").asU64(), std::uint64_t{0});
    expectError("18446744073709551616", CoreErrc::JsonBadNumber, 1, 1);
    expectError("-9223372036854775809", CoreErrc::JsonBadNumber, 1, 1);
    expectError("[" + std::string(400, '9') + "]", CoreErrc::JsonBadNumber, 1, 2);
  }

  void fractionsAndExponentsAreRejected() {
    expectError("1.5", CoreErrc::JsonBadNumber, 1, 2);
    expectError("[0.0]", CoreErrc::JsonBadNumber, 1, 3);
    expectError("1e3", CoreErrc::JsonBadNumber, 1, 2);
    expectError("{\"fee\": 2E-1}", CoreErrc::JsonBadNumber, 1, 10);
    expectError("01", CoreErrc::JsonBadNumber, 1, 1);
    expectError("-", CoreErrc::JsonSyntax, 1, 2);
    expectError("+1", CoreErrc::JsonSyntax, 1, 1);
    expectError("-a", CoreErrc::JsonSyntax, 1, 2);
  }

  void malformedStructureReportsPosition() {
    expectError("", CoreErrc::JsonSyntax, 1, 1);
    expectError("   ", CoreErrc::JsonSyntax, 1, 4);
    expectError("{\"a\":1,}", CoreErrc::JsonSyntax, 1, 8);
    expectError("[1,2,]", CoreErrc::JsonSyntax, 1, 6);
    expectError("[1,\n  2,\n  ]", CoreErrc::JsonSyntax, 3, 3);
    expectError("{\"a\" 1}", CoreErrc::JsonSyntax, 1, 6);
    expectError("{\"a\":1 \"b\":2}", CoreErrc::JsonSyntax, 1, 8);
    expectError("[1 2]", CoreErrc::JsonSyntax, 1, 4);
    expectError("{\"a\":1}x", CoreErrc::JsonSyntax, 1, 8);
    expectError("{\"a\":1}\n\n  {}", CoreErrc::JsonSyntax, 3, 3);
    expectError("\"abc", CoreErrc::JsonSyntax, 1, 1);
    expectError("[", CoreErrc::JsonSyntax, 1, 2);
    expectError("{", CoreErrc::JsonSyntax, 1, 2);
    expectError("{\"a\":", CoreErrc::JsonSyntax, 1, 6);
    expectError("tru", CoreErrc::JsonSyntax, 1, 1);
    expectError("nul", CoreErrc::JsonSyntax, 1, 1);
    expectError("True", CoreErrc::JsonSyntax, 1, 1);
    expectError("{'a':1}", CoreErrc::JsonSyntax, 1, 2);
    expectError("{a:1}", CoreErrc::JsonSyntax, 1, 2);
    expectError("// comment\n1", CoreErrc::JsonSyntax, 1, 1);
    expectError("NaN", CoreErrc::JsonSyntax, 1, 1);
    expectError("[Infinity]", CoreErrc::JsonSyntax, 1, 2);
    expectError("[1,,2]", CoreErrc::JsonSyntax, 1, 4);
    expectError(std::string("[1]\0", 4), CoreErrc::JsonSyntax, 1, 4);
    // Columns count characters: "é" is two bytes but one column.
    expectError("[\"é\" x]", CoreErrc::JsonSyntax, 1, 6);
  }

  void duplicateKeysAreRejected() {
    expectError("{\"a\":1,\"a\":2}", CoreErrc::JsonDuplicateKey, 1, 8);
    expectError("{\"o\": {\"k\": 1,\n \"k\": 1}}", CoreErrc::JsonDuplicateKey, 2, 2);
    // Same key in different objects is fine; escapes are compared decoded.
    QVERIFY(parseJson("[{\"a\":1},{\"a\":2}]").ok());
    expectError("{\"a\":1,\"\\u0061\":2}", CoreErrc::JsonDuplicateKey, 1, 8);
  }

  void stringEscapes() {
    QCOMPARE(*parseOk("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"").asString(), std::string("\"\\/\b\f\n\r\t"));
    QCOMPARE(*parseOk("\"\\u0041\\u00e9\\u4e2d\"").asString(), std::string("A\xc3\xa9\xe4\xb8\xad"));
    QCOMPARE(*parseOk("\"\\ud83d\\ude00\"").asString(), std::string("\xf0\x9f\x98\x80"));  // U+1F600
    QCOMPARE(*parseOk("\"\\uD83D\\uDE00\"").asString(), std::string("\xf0\x9f\x98\x80"));
    QCOMPARE(*parseOk("\"\\u0000\"").asString(), std::string(1, '\0'));
    QCOMPARE(*parseOk("\"中文 ok\"").asString(), std::string("中文 ok"));
  }

  void badStringsAreRejected() {
    expectError("\"a\x01b\"", CoreErrc::JsonBadString, 1, 3);
    expectError("\"tab\there\"", CoreErrc::JsonBadString, 1, 5);
    expectError("\"line\nbreak\"", CoreErrc::JsonBadString, 1, 6);
    expectError("\"\\ud800\"", CoreErrc::JsonBadString, 1, 2);         // lone high surrogate
    expectError("\"x\\udc00\"", CoreErrc::JsonBadString, 1, 3);        // lone low surrogate
    expectError("\"\\ud800\\u0041\"", CoreErrc::JsonBadString, 1, 2);  // high + non-surrogate
    expectError("\"\\ud800\\ud800\"", CoreErrc::JsonBadString, 1, 2);  // high + high
    expectError("\"\\x\"", CoreErrc::JsonBadString, 1, 2);
    expectError("\"\\u12\"", CoreErrc::JsonBadString, 1, 6);
    expectError("\"\\u12g4\"", CoreErrc::JsonBadString, 1, 6);
    expectError("\"\xff\"", CoreErrc::JsonBadString, 1, 2);              // not UTF-8 at all
    expectError("\"ab\xc0\x80\"", CoreErrc::JsonBadString, 1, 4);        // overlong NUL
    expectError("\"\xed\xa0\x80\"", CoreErrc::JsonBadString, 1, 2);      // UTF-8-encoded surrogate
    expectError("\"\xf4\x90\x80\x80\"", CoreErrc::JsonBadString, 1, 2);  // beyond U+10FFFF
    expectError("\"\xe4\xb8\"", CoreErrc::JsonBadString, 1, 2);          // truncated sequence
  }

  void depthIsLimited() {
    const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    QVERIFY(parseJson(nested(64)).ok());
    expectError(nested(65), CoreErrc::JsonTooDeep, 1, 65);
    // Far beyond the limit: an error, not a stack overflow.
    expectError(std::string(1'000'000, '['), CoreErrc::JsonTooDeep, 1, 65);
    expectError(std::string(200, '{'), CoreErrc::JsonSyntax, 1, 2);  // an object needs a key first
    std::string objects;
    for (int i = 0; i < 65; ++i) objects += "{\"k\":";
    JsonPosition at;
    QCOMPARE(parseJson(objects + "1", {}, &at).code(), CoreErrc::JsonTooDeep);
    QVERIFY(parseJson(nested(3), JsonLimits{.maxDepth = 3}).ok());
    QCOMPARE(parseJson(nested(4), JsonLimits{.maxDepth = 3}).code(), CoreErrc::JsonTooDeep);
  }

  void sizeIsLimited() {
    const std::string text = "\"" + std::string(20, 'a') + "\"";
    QVERIFY(parseJson(text, JsonLimits{.maxBytes = text.size()}).ok());
    JsonPosition at;
    const auto r = parseJson(text, JsonLimits{.maxBytes = text.size() - 1}, &at);
    QCOMPARE(r.code(), CoreErrc::JsonTooLarge);
    QCOMPARE(at, (JsonPosition{1, 1}));
  }

  void byteOrderMarkIsSkipped() {
    QCOMPARE(*parseOk("\xEF\xBB\xBF{\"a\": 1}").find("a")->asU64(), std::uint64_t{1});
    expectError("1\xEF\xBB\xBF", CoreErrc::JsonSyntax, 1, 2);  // only at the very start
  }

  void writerLayoutIsStable() {
    const JsonValue v = JsonValue::object({
        {"name", JsonValue::string("dev")},
        {"n", JsonValue::signedInteger(-5)},
        {"list", JsonValue::array({JsonValue::unsignedInteger(1), JsonValue::boolean(false), JsonValue()})},
        {"empty", JsonValue::array({})},
        {"nested", JsonValue::object({{"k", JsonValue::object({})}})},
    });
    const std::string expected =
        "{\n"
        "  \"name\": \"dev\",\n"
        "  \"n\": -5,\n"
        "  \"list\": [\n"
        "    1,\n"
        "    false,\n"
        "    null\n"
        "  ],\n"
        "  \"empty\": [],\n"
        "  \"nested\": {\n"
        "    \"k\": {}\n"
        "  }\n"
        "}";
    QCOMPARE(writeJson(v), expected);
    QCOMPARE(writeJson(JsonValue::string("x")), std::string("\"x\""));
  }

  void writerEscapes() {
    QCOMPARE(writeJson(JsonValue::string(std::string("q\"b\\n\n\t\x01\x1f\x7f/中"))),
             std::string("\"q\\\"b\\\\n\\n\\t\\u0001\\u001f\x7f/中\""));
    // Invalid UTF-8 built by a program never reaches the output.
    QCOMPARE(writeJson(JsonValue::string("a\xff"
                                         "b")),
             std::string("\"a\xef\xbf\xbd"
                         "b\""));
  }

  void roundTrip() {
    static const char kText[] = "ctl \x01\x02 nul \0 é 😀 \"q\" \\";
    const JsonValue v = JsonValue::object({
        {"text", JsonValue::string(std::string(kText, sizeof kText - 1))},
        {"max", JsonValue::unsignedInteger(std::numeric_limits<std::uint64_t>::max())},
        {"min", JsonValue::signedInteger(std::numeric_limits<std::int64_t>::min())},
        {"arr", JsonValue::array({JsonValue::array({}), JsonValue::object({}), JsonValue::boolean(true)})},
        {"", JsonValue()},
    });
    const std::string text = writeJson(v);
    QCOMPARE(parseOk(text), v);
    QCOMPARE(writeJson(parseOk(text)), text);
    QVERIFY(!(parseOk("[1]") == parseOk("[2]")));
    QVERIFY(!(parseOk("{\"a\":1,\"b\":2}") == parseOk("{\"b\":2,\"a\":1}")));  // order is kept, so it counts
  }
};

QTEST_GUILESS_MAIN(TestJson)
#include "test_json.moc"
