// AutoLock with a real QTimer and a real keystore being locked.
#include <QtTest>

#include "chain/core/hash.h"
#include "wallet/auto_lock.h"
#include "wallet/keystore.h"

using namespace wb;
using namespace std::chrono_literals;

class TestAutoLock : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void locksTheKeystoreAfterTheTimeout() {
    SecpContext ctx;
    KeystoreParams params;
    params.network = {"wbd", taggedHash(tag::kGenesis, asBytes("auto-lock"))};
    params.kdf = KdfParams::minimum();
    auto store = Keystore::create(ctx, params,
                                  "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
                                  "abandon about",
                                  "", "pass");
    QVERIFY(store.ok());
    QVERIFY(!store->isLocked());
    AutoLock autoLock([&] { store->lock(); });
    QSignalSpy spy(&autoLock, &AutoLock::locked);
    autoLock.setTimeout(50ms);
    autoLock.start();
    QTRY_VERIFY_WITH_TIMEOUT(store->isLocked(), 5000);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!autoLock.isActive());
  }

  void touchPostponesAndStopCancels() {
    int locks = 0;
    AutoLock autoLock([&] { ++locks; });
    autoLock.setTimeout(2s);
    autoLock.start();
    for (int i = 0; i < 5; ++i) {
      QTest::qWait(20);
      autoLock.touch();
    }
    QCOMPARE(locks, 0);
    QVERIFY(autoLock.isActive());
    autoLock.setTimeout(30ms);  // restarts the running countdown with the new time
    QTRY_COMPARE_WITH_TIMEOUT(locks, 1, 5000);

    autoLock.start();
    autoLock.stop();
    QTest::qWait(100);
    QCOMPARE(locks, 1);
    autoLock.touch();  // touching a stopped timer does not start it
    QVERIFY(!autoLock.isActive());
  }

  void zeroTimeoutDisables() {
    int locks = 0;
    AutoLock autoLock([&] { ++locks; });
    autoLock.setTimeout(0ms);
    autoLock.start();
    QVERIFY(!autoLock.isActive());
    QTest::qWait(50);
    QCOMPARE(locks, 0);
  }
};

QTEST_GUILESS_MAIN(TestAutoLock)
#include "test_auto_lock.moc"
