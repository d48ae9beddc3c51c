// `waybill --screenshots DIR` as a user runs it (a real process, offscreen):
// it exits 0 and leaves, per language, a readable PNG of every page of the
// main window — the wallet's pages included, so the sample data loaded — and of
// the dialogs; the Chinese pictures differ from the English ones.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshots : public QObject {
  Q_OBJECT
private slots:
  void writesEveryPageInBothLanguages() {
    QTemporaryDir dir;
    QTemporaryDir config;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());  // never the developer's settings
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(WAYBILL_GUI_PATH), {QStringLiteral("--screenshots"), dir.path()});
    QVERIFY(app.waitForFinished(120'000));
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
      const QDir shots(dir.filePath(language));
      const QStringList pngs = shots.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
      for (const QString& expected :
           {QStringLiteral("overviewPage"), QStringLiteral("ordersPage"), QStringLiteral("sendPage"),
            QStringLiteral("stakingPage"), QStringLiteral("activityPage"), QStringLiteral("networkPage"),
            QStringLiteral("settingsPage"), QStringLiteral("dialog-unlock"), QStringLiteral("dialog-about"),
            QStringLiteral("dialog-first-run-wizard")}) {
        QVERIFY2(pngs.filter(expected).size() == 1, qPrintable(language + QLatin1Char('/') + expected));
      }
      for (const QString& png : pngs) {
        const QImage image(shots.filePath(png));
        QVERIFY2(!image.isNull() && image.width() >= 150 && image.height() >= 80, qPrintable(png));
      }
    }
    const QImage en(QDir(dir.filePath(QStringLiteral("en"))).filePath(QStringLiteral("02-overviewPage.png")));
    const QImage zh(QDir(dir.filePath(QStringLiteral("zh_CN"))).filePath(QStringLiteral("02-overviewPage.png")));
    QVERIFY(!en.isNull() && !zh.isNull());
    QVERIFY(en != zh);
  }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "test_screenshots.moc"
