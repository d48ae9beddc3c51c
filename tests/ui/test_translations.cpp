// The Chinese translation is complete, and the compiled catalogue is in the resources;
// English has its plural forms ("1 peer", "2 peers") and the app loads them for English.
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "ui/language_switcher.h"
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
        if (!type.isEmpty())
          problems << QString("%1 (%2)").arg(source, type);
        else if (text.trimmed().isEmpty())
          problems << QString("%1 (empty)").arg(source);
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

  void englishCatalogueHasEveryPluralForm() {
    const QString path = qEnvironmentVariable("WAYBILL_SOURCE_DIR") + "/translations/waybill_en.ts";
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    int numerus = 0;
    QStringList problems;
    QString source;
    bool inNumerus = false;
    QStringList forms;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
        inNumerus = xml.attributes().value("numerus") == QLatin1String("yes");
        forms.clear();
      } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
        source = xml.readElementText();
      } else if (xml.isStartElement() && xml.name() == QLatin1String("translation") && inNumerus &&
                 !xml.attributes().value("type").isEmpty()) {
        problems << source + " (" + xml.attributes().value("type").toString() + ")";
      } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
        forms << xml.readElementText();
      } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && inNumerus) {
        ++numerus;
        // Qt pluralises one %n per string: a second "(s)" would stay "order(s)" in English.
        if (source.count(QStringLiteral("(s)")) > 1) problems << source + " (two counts in one string)";
        if (forms.size() != 2 || forms[0].isEmpty() || forms[1].isEmpty() || forms[0] == forms[1]) {
          problems << source;
        }
      }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(numerus > 0);
    QVERIFY2(problems.isEmpty(), qPrintable("plural forms missing: " + problems.join("; ")));
  }

  void englishGetsItsPluralForms() {
    wb::ui::LanguageSwitcher languages;
    QVERIFY(languages.apply(QStringLiteral("en")));
    QCOMPARE(languages.current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("wb::ui::NodeStatusBar", "%n peer(s)", nullptr, 1), QStringLiteral("1 peer"));
    QCOMPARE(QCoreApplication::translate("wb::ui::NodeStatusBar", "%n peer(s)", nullptr, 2), QStringLiteral("2 peers"));
    QCOMPARE(QCoreApplication::translate("wb::ui::NodeStatusBar", "%n peer(s)", nullptr, 0), QStringLiteral("0 peers"));
    // Text without plural forms stays the source text.
    QCOMPARE(QCoreApplication::translate("wb::ui::MainWindow", "Waybill"), QStringLiteral("Waybill"));
    // Switching to Chinese and back leaves English plurals in place.
    QVERIFY(languages.apply(QStringLiteral("zh_CN")));
    QVERIFY(QCoreApplication::translate("wb::ui::NodeStatusBar", "%n peer(s)", nullptr, 2) !=
            QStringLiteral("2 peers"));
    QVERIFY(languages.apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("wb::ui::NodeStatusBar", "%n peer(s)", nullptr, 2), QStringLiteral("2 peers"));
  }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
