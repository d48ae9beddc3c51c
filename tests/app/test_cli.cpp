// Runs the real programs as child processes and checks their command-line contract.
#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

namespace {

struct Run {
  int exitCode = -1;
  QString out;
  QString err;
};

Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess p;
  p.setProcessEnvironment(env);
  p.start(program, args);
  if (!p.waitForFinished(30000)) {
    p.kill();
    p.waitForFinished();
  }
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
          QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestCli : public QObject {
  Q_OBJECT
private slots:
  void daemonVersion() {
    const Run r = run(QStringLiteral(WAYBILLD_PATH), {"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("waybilld "));
    // Issue 16: with the libraries it runs on, as bitcoin-qt does.
    for (const char* library : {"Qt ", "libsecp256k1 ", "LMDB ", "libsodium "})
      QVERIFY2(r.out.contains(library), library);
    QVERIFY(r.err.isEmpty());
  }

  void daemonHelp() {
    const Run r = run(QStringLiteral(WAYBILLD_PATH), {"--help"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Usage: waybilld"));
    QVERIFY(r.out.contains("--datadir"));
  }

  void daemonUnknownOptionIsUsageError() {
    const Run r = run(QStringLiteral(WAYBILLD_PATH), {"--bogus"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);  // one clear line
    QVERIFY(r.err.contains("--bogus"));
  }

  void daemonBadValueIsUsageError() {
    const Run r = run(QStringLiteral(WAYBILLD_PATH), {"--listen", "99999"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
  }

#ifdef WAYBILL_GUI_PATH
  // --version and --help must work with no display at all.
  void guiVersionWithoutDisplay() {
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    const Run r = run(QStringLiteral(WAYBILL_GUI_PATH), {"--version"}, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("waybill "));
    QVERIFY(r.out.contains("libqrencode "));
    const Run help = run(QStringLiteral(WAYBILL_GUI_PATH), {"--help"}, env);
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--screenshots"));
  }

  void guiUnknownOptionIsUsageError() {
    const Run r = run(QStringLiteral(WAYBILL_GUI_PATH), {"--nope"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
  }
#endif
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
