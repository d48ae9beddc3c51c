// Crash safety with a real process: a writer committing in a loop is killed
// with SIGKILL at random moments; after each kill the store must hold exactly
// the transactions up to its counter, and the counter must never go back.
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include "chain/core/secure_bytes.h"
#include "chain/store/store_errc.h"
#include "crash_layout.h"
#include "tests/test_util.h"

using namespace wb;

namespace {

// Checks the store's consistency; returns the counter (-1 before the first commit).
Result<std::int64_t> checkConsistent(const std::filesystem::path& dataDir) {
  WB_TRY_ASSIGN(store, crash::openStore(dataDir));
  WB_TRY_ASSIGN(txn, store->env().beginRead());
  WB_TRY_ASSIGN(counter, crash::readCounter(*txn, store->dbs().meta));
  const std::uint64_t expected = counter->has_value() ? (**counter + 1) * crash::kRecordsPerTxn : 0;

  WB_TRY_ASSIGN(cursor, txn->cursor(store->dbs().headers));
  std::uint64_t seen = 0;
  for (auto step = cursor->first();; step = cursor->next(), ++seen) {
    WB_TRY(step);
    if (!step->has_value()) break;
    WB_TRY_ASSIGN(key, decodeKeyU64((*step)->key));
    if (*key != seen) return fail(StoreErrc::Corrupt, "record " + std::to_string(seen) + " is missing");
    const Bytes want = crash::valueFor(*key);
    if (!std::equal((*step)->value.begin(), (*step)->value.end(), want.begin(), want.end())) {
      return fail(StoreErrc::Corrupt, "record " + std::to_string(seen) + " has the wrong value");
    }
  }
  if (seen != expected) {
    return fail(StoreErrc::Corrupt, std::to_string(seen) + " records for counter " +
                                        (counter->has_value() ? std::to_string(**counter) : "none") + ", expected " +
                                        std::to_string(expected));
  }
  return counter->has_value() ? static_cast<std::int64_t>(**counter) : std::int64_t{-1};
}

}  // namespace

class TestCrash : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void killedWriterLeavesTheLastCommit() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path dataDir = dir.path().toStdString();
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);

    constexpr int kKills = 24;
    std::int64_t previous = -1;
    int advanced = 0;
    for (int round = 0; round < kKills; ++round) {
      QProcess writer;
      writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
      writer.start(QStringLiteral(WB_CRASH_WRITER), {dir.path()});
      QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
      QVERIFY2(writer.waitForReadyRead(10000), "the writer never became ready");
      QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
      QTest::qSleep(static_cast<int>(random.bounded(5, 150)));
      QVERIFY2(writer.state() == QProcess::Running, "the writer stopped by itself");
      writer.kill();  // SIGKILL
      QVERIFY(writer.waitForFinished(5000));
      QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

      auto counter = checkConsistent(dataDir);
      QVERIFY2(counter.ok(), qPrintable(QStringLiteral("round %1: %2")
                                            .arg(round)
                                            .arg(QString::fromStdString(counter.ok() ? "" : counter.error().message))));
      QVERIFY2(*counter >= previous,
               qPrintable(QStringLiteral("counter went back from %1 to %2").arg(previous).arg(*counter)));
      if (*counter > previous) ++advanced;
      previous = *counter;
    }
    qInfo("%d kills, final counter %lld, advanced in %d rounds", kKills, static_cast<long long>(previous), advanced);
    QVERIFY2(advanced >= kKills / 2, "the writer made too little progress for the test to mean anything");
  }

  void mapGrownByAnotherProcessIsAdopted() {
    // This process keeps the store open with its tiny map while the writer
    // process grows the map far past it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path dataDir = dir.path().toStdString();
    auto store = crash::openStore(dataDir);
    WB_VERIFY_OK(store);
    const std::uint64_t before = store->env().mapSize();

    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(WB_CRASH_WRITER), {dir.path()});
    QVERIFY(writer.waitForReadyRead(10000));
    // Wait until the writer's data no longer fits in our map.
    std::optional<std::uint64_t> counter;
    for (int waited = 0; waited < 200 && (!counter || (*counter + 1) * crash::kRecordsPerTxn * 600 < 4 * before);
         ++waited) {
      QTest::qSleep(25);
      auto txn = store->env().beginRead();
      WB_VERIFY_OK(txn);
      auto read = crash::readCounter(*txn, store->dbs().meta);
      WB_VERIFY_OK(read);
      counter = *read;
    }
    writer.kill();
    QVERIFY(writer.waitForFinished(5000));
    QVERIFY(counter.has_value());

    auto txn = store->env().beginRead();
    WB_VERIFY_OK(txn);
    auto records = txn->count(store->dbs().headers);
    WB_VERIFY_OK(records);
    QVERIFY(*records >= (*counter + 1) * crash::kRecordsPerTxn);
    QVERIFY2(store->env().mapSize() > before, "the map size set by the other process was not adopted");
    txn->abort();
    WB_VERIFY_OK(
        store->env().write([&](WriteTxn& w) { return w.put(store->dbs().meta, asBytes("after"), asBytes("ok")); }));
  }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
