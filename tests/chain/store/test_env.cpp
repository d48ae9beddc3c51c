// LmdbEnv, transactions and database handles: RAII, isolation, persistence, errors.
#include <lmdb.h>

#include <QtTest>
#include <cstring>
#include <fstream>
#include <thread>

#include "chain/core/core_errc.h"
#include "chain/core/keys.h"
#include "chain/core/secure_bytes.h"
#include "chain/store/lmdb_env.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"

using namespace wb;
using wb::test::bytesOf;
using wb::test::contains;
using wb::test::textOf;

class TestEnv : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;

  std::filesystem::path fresh(const char* name) { return std::filesystem::path(dir_.path().toStdString()) / name; }

  // Opens an environment with one plain database "things".
  static std::pair<LmdbEnv, Db> openThings(const std::filesystem::path& path) {
    auto env = LmdbEnv::open(path);
    if (!env) qFatal("open: %s", env.error().message.c_str());
    auto db = env->openDb("things", DbFlags::None, OpenMode::CreateIfMissing);
    if (!db) qFatal("openDb: %s", db.error().message.c_str());
    return {std::move(*env), *db};
  }

  static Status putText(LmdbEnv& env, const Db& db, std::string_view key, std::string_view value) {
    return env.write([&](WriteTxn& txn) { return txn.put(db, asBytes(key), asBytes(value)); });
  }

  // The value of `key` in a fresh read transaction, or "<none>".
  static std::string readText(const LmdbEnv& env, const Db& db, std::string_view key) {
    auto txn = env.beginRead();
    if (!txn) return "<error>";
    auto value = txn->find(db, asBytes(key));
    if (!value) return "<error>";
    return value->has_value() ? textOf(**value) : "<none>";
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    QVERIFY(dir_.isValid());
  }

  void reopeningKeepsCommittedData() {
    const auto path = fresh("persist/nested");
    {
      auto [env, db] = openThings(path);
      WB_VERIFY_OK(putText(env, db, "alpha", "one"));
    }
    QVERIFY(std::filesystem::exists(path / "data.mdb"));
    auto env = LmdbEnv::open(path);
    WB_VERIFY_OK(env);
    auto db = env->openDb("things", DbFlags::None, OpenMode::MustExist);
    WB_VERIFY_OK(db);
    QCOMPARE(readText(*env, *db, "alpha"), std::string("one"));
  }

  void destroyedWriteTxnCommitsNothing() {
    auto [env, db] = openThings(fresh("raii"));
    {
      auto txn = env.beginWrite();
      WB_VERIFY_OK(txn);
      WB_VERIFY_OK(txn->put(db, asBytes("k"), asBytes("v")));
      auto inside = txn->get(db, asBytes("k"));
      WB_VERIFY_OK(inside);
      QCOMPARE(textOf(*inside), std::string("v"));
    }  // destroyed without commit
    QCOMPARE(readText(env, db, "k"), std::string("<none>"));
    // The writer lock was released: another write goes through.
    WB_VERIFY_OK(putText(env, db, "k", "w"));
    QCOMPARE(readText(env, db, "k"), std::string("w"));
  }

  void failedWorkCommitsNothingAndReturnsItsError() {
    auto [env, db] = openThings(fresh("failed-work"));
    const Status result = env.write([&](WriteTxn& txn) -> Status {
      WB_TRY(txn.put(db, asBytes("half"), asBytes("made")));
      return fail(CoreErrc::DecodeBadValue, "the second half failed");
    });
    QCOMPARE(result.code(), CoreErrc::DecodeBadValue);
    QCOMPARE(result.error().message, std::string("the second half failed"));
    QCOMPARE(readText(env, db, "half"), std::string("<none>"));
  }

  void endedTxnRefusesFurtherUse() {
    auto [env, db] = openThings(fresh("ended"));
    auto txn = env.beginWrite();
    WB_VERIFY_OK(txn);
    WB_VERIFY_OK(txn->put(db, asBytes("a"), asBytes("1")));
    WB_VERIFY_OK(txn->commit());
    QVERIFY(!txn->active());
    QCOMPARE(txn->commit().code(), StoreErrc::TxnFinished);
    QCOMPARE(txn->put(db, asBytes("b"), asBytes("2")).code(), StoreErrc::TxnFinished);
    QCOMPARE(txn->find(db, asBytes("a")).code(), StoreErrc::TxnFinished);
    txn->abort();  // harmless after the end
    QCOMPARE(readText(env, db, "a"), std::string("1"));
    QCOMPARE(readText(env, db, "b"), std::string("<none>"));
  }

  void readerDoesNotSeeLaterCommits() {
    auto [env, db] = openThings(fresh("isolation"));
    WB_VERIFY_OK(putText(env, db, "a", "old"));
    auto snapshot = env.beginRead();
    WB_VERIFY_OK(snapshot);
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) -> Status {
      WB_TRY(txn.put(db, asBytes("a"), asBytes("new")));
      return txn.put(db, asBytes("b"), asBytes("added"));
    }));
    auto a = snapshot->get(db, asBytes("a"));
    WB_VERIFY_OK(a);
    QCOMPARE(textOf(*a), std::string("old"));
    auto b = snapshot->find(db, asBytes("b"));
    WB_VERIFY_OK(b);
    QVERIFY(!b->has_value());
    auto count = snapshot->count(db);
    WB_VERIFY_OK(count);
    QCOMPARE(*count, std::uint64_t{1});
    QCOMPARE(readText(env, db, "a"), std::string("new"));
    QCOMPARE(readText(env, db, "b"), std::string("added"));
  }

  void readTxnsCanShareAThreadAndMoveBetweenThreads() {
    auto [env, db] = openThings(fresh("notls"));
    WB_VERIFY_OK(putText(env, db, "k", "v"));
    // Two read transactions at once on one thread need MDB_NOTLS.
    auto first = env.beginRead();
    WB_VERIFY_OK(first);
    auto second = env.beginRead();
    WB_VERIFY_OK(second);
    std::string seenElsewhere;
    std::thread worker([&] {
      auto value = first->get(db, asBytes("k"));
      seenElsewhere = value ? textOf(*value) : value.error().message;
      first->abort();
    });
    worker.join();
    QCOMPARE(seenElsewhere, std::string("v"));
    QVERIFY(!first->active());
    QVERIFY(second->get(db, asBytes("k")).ok());
  }

  void txnOutlivesItsEnvHandle() {
    std::optional<ReadTxn> reader;
    Db db;
    {
      auto [env, things] = openThings(fresh("outlive"));
      WB_VERIFY_OK(putText(env, things, "k", "still here"));
      auto txn = env.beginRead();
      WB_VERIFY_OK(txn);
      reader.emplace(std::move(*txn));
      db = things;
    }  // LmdbEnv destroyed; the environment stays open for the reader
    auto value = reader->get(db, asBytes("k"));
    WB_VERIFY_OK(value);
    QCOMPARE(textOf(*value), std::string("still here"));
  }

  void errorsNameTheActionAndCarryLmdbText() {
    auto [env, db] = openThings(fresh("errors"));
    auto missing = env.openDb("orders", DbFlags::None, OpenMode::MustExist);
    QCOMPARE(missing.code(), StoreErrc::NotFound);
    QVERIFY(contains(missing.error().message, "opening database 'orders'"));
    QVERIFY2(contains(missing.error().message, mdb_strerror(MDB_NOTFOUND)), missing.error().message.c_str());

    const Bytes tooLong(600, 0x41);
    const Status longKey = env.write([&](WriteTxn& txn) { return txn.put(db, tooLong, asBytes("v")); });
    QCOMPARE(longKey.code(), StoreErrc::BadValueSize);
    QVERIFY(contains(longKey.error().message, "writing to database 'things'"));
    QVERIFY(contains(longKey.error().message, mdb_strerror(MDB_BAD_VALSIZE)));
    const Status emptyKey = env.write([&](WriteTxn& txn) { return txn.put(db, ByteView{}, asBytes("v")); });
    QCOMPARE(emptyKey.code(), StoreErrc::BadValueSize);

    auto notFound = env.beginRead()->get(db, asBytes("nope"));
    QCOMPARE(notFound.code(), StoreErrc::NotFound);
    QVERIFY(contains(notFound.error().message, "'things'"));
  }

  void openingAFileFailsClearly() {
    const auto path = fresh("plain-file");
    std::ofstream(path) << "not a folder";
    auto env = LmdbEnv::open(path);
    QCOMPARE(env.code(), StoreErrc::Io);
    QVERIFY(contains(env.error().message, path.string()));
  }

  void garbageDataFileIsCorrupt() {
    const auto path = fresh("garbage");
    std::filesystem::create_directories(path);
    std::ofstream(path / "data.mdb") << std::string(16384, 'x');
    auto env = LmdbEnv::open(path);
    QCOMPARE(env.code(), StoreErrc::Corrupt);
    QVERIFY(contains(env.error().message, mdb_strerror(MDB_INVALID)));
  }

  void invalidDbHandleFailsWithoutCrashing() {
    auto [env, db] = openThings(fresh("invalid-db"));
    const Db none;
    auto txn = env.beginRead();
    WB_VERIFY_OK(txn);
    QCOMPARE(txn->find(none, asBytes("k")).code(), StoreErrc::Lmdb);
    QCOMPARE(txn->cursor(none).code(), StoreErrc::Lmdb);
  }

  void insertOnlyAndAppendRefuseWithoutChanging() {
    auto [env, db] = openThings(fresh("modes"));
    WB_VERIFY_OK(putText(env, db, "k", "first"));
    const Status again =
        env.write([&](WriteTxn& txn) { return txn.put(db, asBytes("k"), asBytes("second"), PutMode::InsertOnly); });
    QCOMPARE(again.code(), StoreErrc::KeyExists);
    QCOMPARE(readText(env, db, "k"), std::string("first"));

    auto ordered = env.openDb("ordered", DbFlags::None, OpenMode::CreateIfMissing);
    WB_VERIFY_OK(ordered);
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t i = 0; i < 100; ++i) WB_TRY(txn.put(*ordered, keyU64(i), keyU64(i), PutMode::Append));
      return {};
    }));
    const Status outOfOrder =
        env.write([&](WriteTxn& txn) { return txn.put(*ordered, keyU64(5), keyU64(5), PutMode::Append); });
    QCOMPARE(outOfOrder.code(), StoreErrc::KeyExists);
    QCOMPARE(*env.beginRead()->count(*ordered), std::uint64_t{100});
  }

  void eraseAndClear() {
    auto [env, db] = openThings(fresh("erase"));
    WB_VERIFY_OK(putText(env, db, "a", "1"));
    WB_VERIFY_OK(putText(env, db, "b", "2"));
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) -> Status {
      WB_TRY_ASSIGN(gone, txn.erase(db, asBytes("a")));
      if (!*gone) return fail(StoreErrc::NotFound, "a should have existed");
      WB_TRY_ASSIGN(absent, txn.erase(db, asBytes("zzz")));
      if (*absent) return fail(StoreErrc::Lmdb, "zzz should not have existed");
      return {};
    }));
    QCOMPARE(readText(env, db, "a"), std::string("<none>"));
    QCOMPARE(readText(env, db, "b"), std::string("2"));
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) { return txn.clear(db); }));
    QCOMPARE(*env.beginRead()->count(db), std::uint64_t{0});
  }

  void dupSortKeepsSortedValues() {
    auto env = LmdbEnv::open(fresh("dups"));
    WB_VERIFY_OK(env);
    auto db = env->openDb("voters", DbFlags::DupSort, OpenMode::CreateIfMissing);
    WB_VERIFY_OK(db);
    WB_VERIFY_OK(env->write([&](WriteTxn& txn) -> Status {
      for (const char* v : {"carol", "alice", "bob"}) WB_TRY(txn.put(*db, asBytes("d1"), asBytes(v)));
      WB_TRY(txn.put(*db, asBytes("d1"), asBytes("alice")));  // already there: no second copy
      return txn.put(*db, asBytes("d2"), asBytes("dave"));
    }));
    const Status dupPair =
        env->write([&](WriteTxn& txn) { return txn.put(*db, asBytes("d1"), asBytes("bob"), PutMode::InsertOnly); });
    QCOMPARE(dupPair.code(), StoreErrc::KeyExists);

    auto txn = env->beginRead();
    QCOMPARE(*txn->count(*db), std::uint64_t{4});
    auto cursor = txn->cursor(*db);
    WB_VERIFY_OK(cursor);
    auto at = cursor->seekExact(asBytes("d1"));
    WB_VERIFY_OK(at);
    QCOMPARE(textOf((*at)->value), std::string("alice"));
    QCOMPARE(*cursor->valueCount(), std::size_t{3});
    QCOMPARE(textOf((**cursor->nextValue()).value), std::string("bob"));
    QCOMPARE(textOf((**cursor->nextValue()).value), std::string("carol"));
    QVERIFY(!cursor->nextValue()->has_value());
    txn->abort();

    WB_VERIFY_OK(env->write([&](WriteTxn& w) -> Status {
      WB_TRY_ASSIGN(removed, w.erase(*db, asBytes("d1"), asBytes("bob")));
      return *removed ? Status{} : fail(StoreErrc::NotFound, "bob should have been a value");
    }));
    QCOMPARE(*env->beginRead()->count(*db), std::uint64_t{3});
  }

  void integerKeysSortNumerically() {
    auto env = LmdbEnv::open(fresh("integer"));
    WB_VERIFY_OK(env);
    auto db = env->openDb("ints", DbFlags::IntegerKey, OpenMode::CreateIfMissing);
    WB_VERIFY_OK(db);
    const std::uint64_t values[] = {256, 1, 65536, 2};
    WB_VERIFY_OK(env->write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t v : values) {
        Byte raw[8];
        std::memcpy(raw, &v, sizeof v);
        WB_TRY(txn.put(*db, ByteView(raw, 8), asBytes("x")));
      }
      return {};
    }));
    auto txn = env->beginRead();
    auto cursor = txn->cursor(*db);
    std::vector<std::uint64_t> seen;
    for (auto step = cursor->first(); step.ok() && step->has_value(); step = cursor->next()) {
      std::uint64_t v = 0;
      std::memcpy(&v, (*step)->key.data(), sizeof v);
      seen.push_back(v);
    }
    QCOMPARE(seen, (std::vector<std::uint64_t>{1, 2, 256, 65536}));
  }

  void reopeningWithOtherFlagsIsRefused() {
    const auto path = fresh("flags");
    {
      auto env = LmdbEnv::open(path);
      WB_VERIFY_OK(env);
      WB_VERIFY_OK(env->openDb("d", DbFlags::DupSort, OpenMode::CreateIfMissing));
    }
    auto env = LmdbEnv::open(path);
    WB_VERIFY_OK(env);
    auto plain = env->openDb("d", DbFlags::None, OpenMode::MustExist);
    QCOMPARE(plain.code(), StoreErrc::Corrupt);
    QVERIFY(contains(plain.error().message, "opening database 'd'"));
    auto same = env->openDb("d", DbFlags::DupSort, OpenMode::MustExist);
    WB_VERIFY_OK(same);
  }

  void cursorOutlivingItsTxnFailsCleanly() {
    auto [env, db] = openThings(fresh("cursor-life"));
    WB_VERIFY_OK(putText(env, db, "a", "1"));
    std::optional<Cursor> kept;
    {
      auto txn = env.beginWrite();
      WB_VERIFY_OK(txn);
      auto cursor = txn->cursor(db);
      WB_VERIFY_OK(cursor);
      WB_VERIFY_OK(cursor->first());
      kept.emplace(std::move(*cursor));
      WB_VERIFY_OK(txn->commit());
    }
    QCOMPARE(kept->next().code(), StoreErrc::TxnFinished);
    kept.reset();  // closing after the transaction ended is safe

    auto reader = env.beginRead();
    auto early = reader->cursor(db);
    WB_VERIFY_OK(early);
    early = reader->cursor(db);  // move-assigning closes the first cursor
    WB_VERIFY_OK(early->first());
    reader->abort();
    QCOMPARE(early->first().code(), StoreErrc::TxnFinished);
  }
};

QTEST_GUILESS_MAIN(TestEnv)
#include "test_env.moc"
