// Map growth: write() grows a tiny map and re-runs its work, while readers on
// other threads keep reading consistent snapshots.
#include <QtTest>
#include <atomic>
#include <thread>

#include "chain/core/keys.h"
#include "chain/core/secure_bytes.h"
#include "chain/store/lmdb_env.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

constexpr std::uint64_t kTinyMap = 64 * 1024;
const Bytes kCounterKey{'c', 'o', 'u', 'n', 't', 'e', 'r'};

// A value whose bytes depend on the key, so a reader can check what it reads.
Bytes valueFor(std::uint64_t key, std::size_t size) {
  Bytes out(size);
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<Byte>(key * 31 + i);
  return out;
}

}  // namespace

class TestGrowth : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  int opened_ = 0;

  // A fresh environment with a 64 KiB map and one database "data".
  std::pair<LmdbEnv, Db> openTiny(EnvOptions options = {}) {
    options.initialMapSize = kTinyMap;
    auto env = LmdbEnv::open(std::filesystem::path(dir_.path().toStdString()) / std::to_string(++opened_), options);
    if (!env) qFatal("open: %s", env.error().message.c_str());
    auto db = env->openDb("data", DbFlags::None, OpenMode::CreateIfMissing);
    if (!db) qFatal("openDb: %s", db.error().message.c_str());
    return {std::move(*env), *db};
  }

  // Writes `count` values of `size` bytes with keys first… and sets the counter.
  static Status writeBatch(WriteTxn& txn, const Db& db, std::uint64_t first, std::uint64_t count, std::size_t size) {
    for (std::uint64_t k = first; k < first + count; ++k) WB_TRY(txn.put(db, keyU64(k), valueFor(k, size)));
    return txn.put(db, kCounterKey, keyU64(first + count));
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    QVERIFY(dir_.isValid());
  }

  void growsWhileAReaderThreadKeepsReading() {
    auto [env, db] = openTiny();
    QCOMPARE(env.mapSize(), kTinyMap);
    constexpr std::uint64_t kBatches = 40, kPerBatch = 25;
    constexpr std::size_t kValueSize = 4000;  // 40 × 25 × 4000 B = 4 MB

    std::atomic<bool> done{false};
    std::atomic<int> reads{0};
    std::atomic<int> inconsistent{0};
    std::string firstProblem;
    std::thread reader([&] {
      while (!done) {
        const Status seen = env.read([&](ReadTxn& txn) -> Status {
          WB_TRY_ASSIGN(counter, txn.find(db, kCounterKey));
          const std::uint64_t written = counter->has_value() ? *decodeKeyU64(**counter) : 0;
          WB_TRY_ASSIGN(entries, txn.count(db));
          const std::uint64_t expected = written + (written > 0 ? 1 : 0);
          if (*entries != expected) return fail(StoreErrc::Corrupt, "snapshot mixes two commits");
          if (written > 0) {
            WB_TRY_ASSIGN(last, txn.get(db, keyU64(written - 1)));
            const Bytes want = valueFor(written - 1, kValueSize);
            if (!std::equal(last->begin(), last->end(), want.begin(), want.end())) {
              return fail(StoreErrc::Corrupt, "value does not match its key");
            }
          }
          return {};
        });
        if (!seen.ok() && inconsistent++ == 0) firstProblem = seen.error().message;
        ++reads;
      }
    });

    for (std::uint64_t batch = 0; batch < kBatches; ++batch) {
      WB_VERIFY_OK(
          env.write([&](WriteTxn& txn) { return writeBatch(txn, db, batch * kPerBatch, kPerBatch, kValueSize); }));
    }
    done = true;
    reader.join();

    QVERIFY2(inconsistent == 0, firstProblem.c_str());
    QVERIFY(reads > 0);
    QVERIFY(env.mapSize() >= 4 * 1000 * 1000);
    auto txn = env.beginRead();
    QCOMPARE(*txn->count(db), kBatches * kPerBatch + 1);
    auto sample = txn->get(db, keyU64(517));
    WB_VERIFY_OK(sample);
    QVERIFY(std::equal(sample->begin(), sample->end(), valueFor(517, kValueSize).begin()));
  }

  void oneTransactionLargerThanTheMapRerunsAndCommitsOnce() {
    auto [env, db] = openTiny();
    int runs = 0;
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) -> Status {
      ++runs;
      // A commit-once witness: read-modify-write of a run counter.
      WB_TRY_ASSIGN(before, txn.find(db, asBytes("commits")));
      const std::uint64_t commits = before->has_value() ? *decodeKeyU64(**before) : 0;
      WB_TRY(txn.put(db, asBytes("commits"), keyU64(commits + 1)));
      return writeBatch(txn, db, 0, 600, 5000);  // 3 MB in one transaction
    }));
    QVERIFY(runs > 1);
    auto txn = env.beginRead();
    QCOMPARE(*decodeKeyU64(*txn->get(db, asBytes("commits"))), std::uint64_t{1});
    QCOMPARE(*txn->count(db), std::uint64_t{602});
  }

  void growsEvenIfTheWorkIgnoresTheError() {
    auto [env, db] = openTiny();
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) -> Status {
      for (std::uint64_t k = 0; k < 300; ++k) static_cast<void>(txn.put(db, keyU64(k), valueFor(k, 3000)));
      return {};
    }));
    QCOMPARE(*env.beginRead()->count(db), std::uint64_t{300});
  }

  void stopsAtTheMaximumSize() {
    EnvOptions options;
    options.maxMapSize = 256 * 1024;
    auto [env, db] = openTiny(options);
    const Status tooBig = env.write([&](WriteTxn& txn) { return writeBatch(txn, db, 0, 400, 4000); });
    QCOMPARE(tooBig.code(), StoreErrc::MapFull);
    QVERIFY(wb::test::contains(tooBig.error().message, "maximum size of 262144 bytes"));
    QCOMPARE(env.mapSize(), options.maxMapSize);
    QCOMPARE(*env.beginRead()->count(db), std::uint64_t{0});
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) { return writeBatch(txn, db, 0, 10, 4000); }));  // still usable
  }

  void resizeWaitsForOpenTransactionsThenGivesUp() {
    EnvOptions options;
    options.resizeWait = std::chrono::milliseconds(200);
    auto [env, db] = openTiny(options);
    {
      auto held = env.beginRead();  // this thread holds a snapshot while writing
      WB_VERIFY_OK(held);
      const Status blocked = env.write([&](WriteTxn& txn) { return writeBatch(txn, db, 0, 100, 4000); });
      QCOMPARE(blocked.code(), StoreErrc::ResizeBlocked);
      QVERIFY(wb::test::contains(blocked.error().message, "1 transaction(s)"));
      QCOMPARE(env.mapSize(), kTinyMap);
      QVERIFY(held->find(db, kCounterKey).ok());  // the held snapshot still works
    }
    QCOMPARE(*env.beginRead()->count(db), std::uint64_t{0});
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) { return writeBatch(txn, db, 0, 100, 4000); }));
    QVERIFY(env.mapSize() > kTinyMap);
  }

  void resizeWaitsForAShortReaderOnAnotherThread() {
    auto [env, db] = openTiny();
    std::atomic<bool> holding{false};
    std::thread reader([&] {
      auto txn = env.beginRead();
      holding = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(150));
    });
    while (!holding) std::this_thread::yield();
    WB_VERIFY_OK(env.write([&](WriteTxn& txn) { return writeBatch(txn, db, 0, 100, 4000); }));
    reader.join();
    QVERIFY(env.mapSize() > kTinyMap);
  }

  void grownSizePersists() {
    const auto path = std::filesystem::path(dir_.path().toStdString()) / "persist";
    std::uint64_t grown = 0;
    {
      EnvOptions options;
      options.initialMapSize = kTinyMap;
      auto env = LmdbEnv::open(path, options);
      WB_VERIFY_OK(env);
      auto db = env->openDb("data", DbFlags::None, OpenMode::CreateIfMissing);
      WB_VERIFY_OK(db);
      WB_VERIFY_OK(env->write([&](WriteTxn& txn) { return writeBatch(txn, *db, 0, 100, 4000); }));
      grown = env->mapSize();
    }
    EnvOptions options;
    options.initialMapSize = kTinyMap;
    auto env = LmdbEnv::open(path, options);
    WB_VERIFY_OK(env);
    QVERIFY(env->mapSize() >= grown);
  }
};

QTEST_GUILESS_MAIN(TestGrowth)
#include "test_growth.moc"
