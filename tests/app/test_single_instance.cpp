// One Waybill per data directory (DESIGN §12), with real processes: a `waybill`
// started with a link while another runs on the same data directory hands the link
// over and exits 0, and the running window shows the Send page filled in; the first
// process's own link waits until its window is ready; a socket left by a killed
// Waybill does not stop the next one. The GUI runs offscreen and, with
// WAYBILL_REPORT_LINKS set, prints one line per link it opened or rejected.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/bech32m.h"

using namespace wb;

namespace {

QString address(Byte fill, const char* hrp = "wbd") {
  AccountKey key;
  key.fill(fill);
  return QString::fromStdString(encodeAddress(hrp, key));
}

}  // namespace

class TestSingleInstance : public QObject {
  Q_OBJECT
private slots:
  void init() {
    QVERIFY(data_.isValid() && config_.isValid());
    env_ = QProcessEnvironment::systemEnvironment();
    env_.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env_.insert(QStringLiteral("XDG_CONFIG_HOME"), config_.path());  // never the developer's settings
    env_.insert(QStringLiteral("WAYBILL_REPORT_LINKS"), QStringLiteral("1"));
  }

  void cleanup() {
    for (QProcess* p : {&first_, &restarted_}) {
      if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished();
      }
    }
  }

  void aSecondWaybillHandsItsLinksToTheRunningWindow() {
    start(first_, {QStringLiteral("waybill:%1?amount=1.5").arg(address(1))});
    // Its own link was queued until the wallet's pages were there.
    QVERIFY(waitForLine(first_, QStringLiteral("payment-link opened page=sendPage to=%1 amount=1.5 ").arg(address(1))));

    QCOMPARE(runSecond({QStringLiteral("waybill:%1?amount=2.25").arg(address(2))}), 0);
    QVERIFY(
        waitForLine(first_, QStringLiteral("payment-link opened page=sendPage to=%1 amount=2.25 ").arg(address(2))));

    // An order link fills the order in (its amount is the order's own total).
    const QString order = QStringLiteral("ab").repeated(32);
    QCOMPARE(runSecond({QStringLiteral("waybill:%1?order=%2").arg(address(3), order)}), 0);
    QVERIFY(waitForLine(first_, QStringLiteral("to=%1").arg(address(3))));
    QVERIFY2(lastLine_.contains(order), qPrintable(lastLine_));

    // A link for another network is handed over too, and the window says why it cannot open it.
    QCOMPARE(runSecond({QStringLiteral("waybill:%1").arg(address(4, "wb"))}), 0);
    QVERIFY(waitForLine(first_, QStringLiteral("payment-link rejected waybill:%1").arg(address(4, "wb"))));

    // Without a link the running window just comes forward; no second node starts.
    QCOMPARE(runSecond({}), 0);
    QCOMPARE(first_.state(), QProcess::Running);
  }

  void aKilledWaybillDoesNotBlockTheNextOne() {
    start(first_, {QStringLiteral("waybill:%1?amount=7").arg(address(7))});
    QVERIFY(waitForLine(first_, QStringLiteral("to=%1 amount=7 ").arg(address(7))));
    first_.kill();  // no clean-up: its socket file stays behind
    QVERIFY(first_.waitForFinished(10'000));

    start(restarted_, {QStringLiteral("waybill:%1?amount=3").arg(address(5))});
    QVERIFY(waitForLine(restarted_, QStringLiteral("to=%1 amount=3 ").arg(address(5))));
    QCOMPARE(runSecond({QStringLiteral("waybill:%1?amount=4").arg(address(6))}), 0);
    QVERIFY(waitForLine(restarted_, QStringLiteral("to=%1 amount=4 ").arg(address(6))));
  }

private:
  void start(QProcess& process, const QStringList& links) {
    process.setProcessEnvironment(env_);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
        QStringLiteral(WAYBILL_GUI_PATH),
        QStringList{QStringLiteral("--dev"), QStringLiteral("pow"), QStringLiteral("--datadir"), data_.path()} + links);
    QVERIFY(process.waitForStarted());
  }

  // Runs `waybill --datadir DIR LINKS…` to its end; its exit code (-1: did not end in time).
  int runSecond(const QStringList& links) {
    QProcess second;
    second.setProcessEnvironment(env_);
    second.start(QStringLiteral(WAYBILL_GUI_PATH), QStringList{QStringLiteral("--datadir"), data_.path()} + links);
    if (!second.waitForFinished(20'000)) {
      second.kill();
      second.waitForFinished();
      return -1;
    }
    // A handed-over start opens no window and prints nothing.
    if (!second.readAllStandardOutput().isEmpty()) return -2;
    return second.exitStatus() == QProcess::NormalExit ? second.exitCode() : -1;
  }

  // Waits for a stdout line of `process` containing `text` (lines are consumed).
  bool waitForLine(QProcess& process, const QString& text, int timeoutMs = 90'000) {
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
      while (process.canReadLine()) {
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (line.contains(text)) {
          lastLine_ = line;
          return true;
        }
        qWarning("%s", qPrintable("other line: " + line));
      }
      if (process.state() == QProcess::NotRunning) return false;
      process.waitForReadyRead(200);
    }
    return false;
  }

  QTemporaryDir data_;
  QTemporaryDir config_;
  QProcessEnvironment env_;
  QProcess first_;
  QProcess restarted_;
  QString lastLine_;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
