// Small helpers shared by the test suites.
#pragma once

#include <QtTest>
#include <initializer_list>
#include <string>
#include <string_view>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"
#include "chain/core/params.h"
#include "tests/filled32.h"

// Fails the test with the Error's message when `expr` (a Result/Status) failed.
#define WB_VERIFY_OK(expr)                                                                                     \
  do {                                                                                                         \
    const auto& wb_verify_result_ = (expr);                                                                    \
    QVERIFY2(wb_verify_result_.ok(), wb_verify_result_.ok() ? "" : wb_verify_result_.error().message.c_str()); \
  } while (false)

// Fails the test unless `expr` (a Result/Status) failed with the ErrorCode `errc` and a message.
#define WB_VERIFY_FAILS(expr, errc)                            \
  do {                                                         \
    const auto& wb_verify_result_ = (expr);                    \
    QVERIFY2(!wb_verify_result_.ok(), "expected a rejection"); \
    QCOMPARE(wb_verify_result_.code(), errc);                  \
    QVERIFY(!wb_verify_result_.error().message.empty());       \
  } while (false)

namespace wb {

// How QCOMPARE prints an ErrorCode (found by argument-dependent lookup): "store.not_found (452)".
inline char* toString(const ErrorCode& code) {
  return qstrdup((std::string(code.name()) + " (" + std::to_string(code.value()) + ")").c_str());
}

}  // namespace wb

// Lets data-driven tests carry an expected code in a column: QTest::addColumn<wb::ErrorCode>("code").
Q_DECLARE_METATYPE(wb::ErrorCode)

namespace wb::test {

inline Bytes bytesOf(std::string_view text) { return Bytes(text.begin(), text.end()); }

inline std::string textOf(ByteView bytes) { return std::string(bytes.begin(), bytes.end()); }

inline bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// The rows of a test run once per consensus kind: an int column "kind", each row
// named as its kind ("pow", "pos", "dpos").
inline void addConsensusKindRows(std::initializer_list<ConsensusKind> kinds = {ConsensusKind::Pow, ConsensusKind::Pos,
                                                                               ConsensusKind::Dpos}) {
  QTest::addColumn<int>("kind");
  for (ConsensusKind kind : kinds) QTest::newRow(std::string(consensusKindName(kind)).c_str()) << int(kind);
}

}  // namespace wb::test
