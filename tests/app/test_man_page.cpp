// The man pages come from the option table behind --help: every option of each
// program is in its page, in roff that man renders without a warning.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "app/man_page.h"
#include "app/version.h"

using namespace wb::app;

namespace {
// How text of the option table looks in roff (hyphens escaped).
QString roffName(std::string_view name) {
  return QString::fromLatin1(name.data(), qsizetype(name.size())).replace(QLatin1String("-"), QLatin1String("\\-"));
}
}  // namespace

class TestManPage : public QObject {
  Q_OBJECT
private slots:
  void listsEveryOptionOfItsProgram() {
    for (const Program program : {Program::Gui, Program::Daemon}) {
      const QString page = QString::fromStdString(manPage(program, "2026-12-06"));
      QVERIFY(
          page.startsWith(QStringLiteral(".TH %1 1 \"2026-12-06\"").arg(QLatin1String(programName(program).data()))));
      QVERIFY(page.contains(QLatin1String(kVersion)));
      for (const OptionDoc& doc : documentedOptions(program)) {
        QVERIFY2(page.contains(".B " + roffName(doc.name)), doc.name.data());
        QVERIFY2(page.contains(roffName(doc.description)), doc.name.data());
      }
    }
    QVERIFY(QString::fromStdString(manPage(Program::Gui, "d")).contains(roffName("--screenshots")));
    QVERIFY(!QString::fromStdString(manPage(Program::Daemon, "d")).contains(roffName("--screenshots")));
  }

  void rendersWithoutWarnings() {
    if (QStandardPaths::findExecutable(QStringLiteral("man")).isEmpty()) QSKIP("man (man-db) is not installed");
    QTemporaryDir dir;
    for (const Program program : {Program::Gui, Program::Daemon}) {
      const QString path = dir.filePath(QLatin1String(programName(program).data()) + QStringLiteral(".1"));
      QFile file(path);
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write(QByteArray::fromStdString(manPage(program, "2026-12-06")));
      file.close();
      QProcess man;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
      env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
      man.setProcessEnvironment(env);
      man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"),
                                        QStringLiteral("-l"), QStringLiteral("-Tutf8"), QStringLiteral("-Z"), path});
      QVERIFY(man.waitForFinished(30'000));
      QCOMPARE(man.exitCode(), 0);
      const QByteArray warnings = man.readAllStandardError();
      QVERIFY2(warnings.isEmpty(), warnings.constData());
      QVERIFY(man.readAllStandardOutput().size() > 500);
    }
  }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "test_man_page.moc"
