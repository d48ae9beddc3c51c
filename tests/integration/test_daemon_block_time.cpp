// The block time holds from block 1 (DESIGN §4), with real waybilld processes:
// a new dev network of each consensus, one machine producing on the real
// clock, makes about one block per second (its block time) over 40 s, instead
// of the burst of several per second it made before PoW calibration and the
// PoS rule "time after the parent's".
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/integration/integration_support.h"

using namespace wb::integration;

class TestDaemonBlockTime : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  void aboutOneBlockPerSecond_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("tolerance");
    // PoW blocks arrive at random (exponential intervals): 40 of them vary by
    // about 16 %, and the hash rate measured at genesis shares the machine.
    QTest::newRow("pow") << "pow" << 0.5;
    QTest::newRow("pos") << "pos" << 0.15;
    QTest::newRow("dpos") << "dpos" << 0.15;
  }
  void aboutOneBlockPerSecond() {
    QFETCH(QString, kind);
    QFETCH(double, tolerance);
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-" + kind);
    QVERIFY2(node.start({"--dev", kind}), qPrintable(node.output()));
    constexpr int kSeconds = 40;
    QElapsedTimer timer;
    timer.start();
    QTest::qWait(kSeconds * 1000);
    const qint64 height = node.result("node_info")["height"].toInteger();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const double rate = static_cast<double>(height) / seconds;
    QVERIFY2(rate >= 1.0 - tolerance && rate <= 1.0 + tolerance,
             qPrintable(QString("%1 blocks in %2 s from the genesis").arg(height).arg(seconds)));
    QCOMPARE(node.stop(), 0);
  }
};

QTEST_GUILESS_MAIN(TestDaemonBlockTime)
#include "test_daemon_block_time.moc"
