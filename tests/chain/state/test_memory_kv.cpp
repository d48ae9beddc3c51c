// The in-memory store and overlay, and undo logs recorded over it.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/state/audit.h"
#include "chain/state/memory_kv.h"
#include "chain/state/undo_log.h"

using namespace wb;
using namespace wb::state;

namespace {
Bytes b(std::string_view s) { return Bytes(s.begin(), s.end()); }
std::string str(const Bytes& v) { return std::string(v.begin(), v.end()); }
std::string keyAt(const Result<std::optional<KeyValue>>& r) { return r.ok() && *r ? str((*r)->first) : "<none>"; }
}  // namespace

class TestMemoryKv : public QObject {
  Q_OBJECT
private slots:
  void getPutErase() {
    MemoryKv kv;
    QVERIFY(!kv.get(Table::Accounts, b("a")).value().has_value());
    QVERIFY(kv.put(Table::Accounts, b("a"), b("1")).ok());
    QCOMPARE(str(*kv.get(Table::Accounts, b("a")).value()), std::string("1"));
    QVERIFY(!kv.get(Table::Orders, b("a")).value().has_value());  // tables are separate
    QVERIFY(kv.erase(Table::Accounts, b("a")).ok());
    QVERIFY(!kv.get(Table::Accounts, b("a")).value().has_value());
    QVERIFY(kv.erase(Table::Accounts, b("missing")).ok());
  }

  void overlayMergesWithItsBaseInBothDirections() {
    MemoryKv base;
    for (auto k : {"b", "d", "f", "h"}) QVERIFY(base.put(Table::Orders, b(k), b("base")).ok());
    MemoryKv overlay(&base);
    QVERIFY(overlay.put(Table::Orders, b("c"), b("new")).ok());
    QVERIFY(overlay.put(Table::Orders, b("f"), b("changed")).ok());
    QVERIFY(overlay.erase(Table::Orders, b("d")).ok());
    QVERIFY(overlay.erase(Table::Orders, b("h")).ok());

    QCOMPARE(keyAt(overlay.lowerBound(Table::Orders, b("a"))), std::string("b"));
    QCOMPARE(keyAt(overlay.lowerBound(Table::Orders, b("bb"))), std::string("c"));
    QCOMPARE(keyAt(overlay.lowerBound(Table::Orders, b("d"))), std::string("f"));  // d erased here
    QCOMPARE(str(overlay.lowerBound(Table::Orders, b("e")).value()->second), std::string("changed"));
    QCOMPARE(keyAt(overlay.lowerBound(Table::Orders, b("g"))), std::string("<none>"));  // h erased
    QCOMPARE(keyAt(overlay.before(Table::Orders, {})), std::string("f"));
    QCOMPARE(keyAt(overlay.before(Table::Orders, b("f"))), std::string("c"));
    QCOMPARE(keyAt(overlay.before(Table::Orders, b("c"))), std::string("b"));
    QCOMPARE(keyAt(overlay.before(Table::Orders, b("b"))), std::string("<none>"));
    // The base is untouched until applyTo.
    QVERIFY(base.get(Table::Orders, b("d")).value().has_value());
    QVERIFY(overlay.applyTo(base).ok());
    QVERIFY(!base.get(Table::Orders, b("d")).value().has_value());
    QCOMPARE(str(*base.get(Table::Orders, b("f")).value()), std::string("changed"));
    QCOMPARE(dumpState(base).value(), dumpState(overlay).value());
  }

  void undoRestoresByteForByte() {
    MemoryKv kv;
    QVERIFY(kv.put(Table::Accounts, b("keep"), b("1")).ok());
    QVERIFY(kv.put(Table::Accounts, b("change"), b("2")).ok());
    QVERIFY(kv.put(Table::Accounts, b("drop"), b("3")).ok());
    const StateDump before = dumpState(kv).value();

    UndoRecorder recorder(kv);
    QVERIFY(recorder.put(Table::Accounts, b("change"), b("20")).ok());
    QVERIFY(recorder.put(Table::Accounts, b("change"), b("200")).ok());  // only the first before-image counts
    QVERIFY(recorder.erase(Table::Accounts, b("drop")).ok());
    QVERIFY(recorder.put(Table::Deadlines, b("new"), b("")).ok());
    const UndoLog log = recorder.takeLog();
    QCOMPARE(log.entries.size(), std::size_t(3));
    QVERIFY(!(dumpState(kv).value() == before));

    // Through the encoding, as it is stored.
    auto decoded = decodeUndoLog(encodeUndoLog(log));
    QVERIFY(decoded.ok());
    QVERIFY(*decoded == log);
    QVERIFY(applyUndo(*decoded, kv).ok());
    QVERIFY(dumpState(kv).value() == before);
  }

  void undoDecodingRejectsMalformedBytes() {
    UndoLog log;
    log.entries.push_back({Table::Orders, b("k"), b("v")});
    log.entries.push_back({Table::Votes, b("x"), std::nullopt});
    const Bytes good = encodeUndoLog(log);
    for (std::size_t cut = 0; cut < good.size(); ++cut) {
      QVERIFY(!decodeUndoLog(ByteView(good.data(), cut)).ok());
    }
    Bytes trailing = good;
    trailing.push_back(0);
    QCOMPARE(decodeUndoLog(trailing).code(), CoreErrc::DecodeTrailingBytes);
    Bytes badTable = good;
    badTable[4] = 200;
    QCOMPARE(decodeUndoLog(badTable).code(), CoreErrc::DecodeBadValue);
  }
};

QTEST_GUILESS_MAIN(TestMemoryKv)
#include "test_memory_kv.moc"
