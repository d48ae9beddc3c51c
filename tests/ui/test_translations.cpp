// The Chinese translation is complete, and the compiled catalogue is in the resources.
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "ui/main_window.h"

class TestTranslations : public QObject {
  Q_OBJECT
private slots:
  void chineseCatalogueIsComplete() {
    const QString path = qEnvironmentVariable("WAYBILL_SOURCE_DIR") + "/translations/waybill_zh_CN.ts";
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList problems;
    QString source;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == QLatin1String("source")) {
        source = xml.readElementText();
      } else if (xml.name() == QLatin1String("translation")) {
        ++messages;
        const QString type = xml.attributes().value("type").toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (!type.isEmpty()) problems << QString("%1 (%2)").arg(source, type);
        else if (text.trimmed().isEmpty()) problems << QString("%1 (empty)").arg(source);
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 0);
    QVERIFY2(problems.isEmpty(), qPrintable("untranslated: " + problems.join("; ")));
  }

  // Issue 11: after a live switch the Welcome page stayed English.
  void welcomePageFollowsALiveSwitch() {
    wb::ui::MainWindow window;
    auto* title = window.findChild<QLabel*>("welcomeTitle");
    auto* button = window.findChild<QPushButton*>("createWalletButton");
    QVERIFY(title && button);
    QCOMPARE(title->text(), QStringLiteral("Welcome to Waybill"));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/waybill_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY(title->text() != QStringLiteral("Welcome to Waybill"));
    QVERIFY(!button->text().startsWith(QStringLiteral("Create")));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(title->text(), QStringLiteral("Welcome to Waybill"));
  }

  void compiledCatalogueTranslatesTheWindow() {
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/waybill_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    wb::ui::MainWindow window;
    auto* title = window.findChild<QLabel*>("welcomeTitle");
    QVERIFY(title);
    QVERIFY(title->text() != QStringLiteral("Welcome to Waybill"));
    QVERIFY(title->text().contains(QStringLiteral("Waybill")));
    QCoreApplication::removeTranslator(&translator);
  }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
