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

namespace {

// One <message> of a Qt Linguist catalogue.
struct CatalogueMessage {
  QString source;
  QString type;       // the translation's type ("unfinished", "vanished"…); empty once translated
  QString text;       // the translation of a message without plural forms
  QStringList forms;  // the plural forms of a numerus message
  bool numerus = false;

  // What the message is translated to (a numerus message's forms, joined).
  QString translation() const { return numerus ? forms.join(QString()) : text; }
};

// The messages of translations/`name` in the source tree; on failure none, and why in `error`.
QList<CatalogueMessage> readCatalogue(const QString& name, QString* error) {
  const QString path = qEnvironmentVariable("WAYBILL_SOURCE_DIR") + "/translations/" + name;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error = "cannot open " + path;
    return {};
  }
  QXmlStreamReader xml(&file);
  QList<CatalogueMessage> messages;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    if (xml.name() == QLatin1String("message")) {
      messages.append(CatalogueMessage{});
      messages.back().numerus = xml.attributes().value("numerus") == QLatin1String("yes");
    } else if (messages.isEmpty()) {
      continue;
    } else if (xml.name() == QLatin1String("source")) {
      messages.back().source = xml.readElementText();
    } else if (xml.name() == QLatin1String("translation")) {
      messages.back().type = xml.attributes().value("type").toString();
      if (!messages.back().numerus) messages.back().text = xml.readElementText();
    } else if (xml.name() == QLatin1String("numerusform")) {
      messages.back().forms << xml.readElementText();
    }
  }
  if (xml.hasError()) *error = path + ": " + xml.errorString();
  return messages;
}

}  // namespace

class TestTranslations : public QObject {
  Q_OBJECT
private slots:
  void chineseCatalogueIsComplete() {
    QString error;
    const QList<CatalogueMessage> messages = readCatalogue(QStringLiteral("waybill_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const CatalogueMessage& m : messages) {
      if (!m.type.isEmpty())
        problems << QString("%1 (%2)").arg(m.source, m.type);
      else if (m.translation().trimmed().isEmpty())
        problems << QString("%1 (empty)").arg(m.source);
    }
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
    QString error;
    const QList<CatalogueMessage> messages = readCatalogue(QStringLiteral("waybill_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int numerus = 0;
    QStringList problems;
    for (const CatalogueMessage& m : messages) {
      if (!m.numerus) continue;
      ++numerus;
      if (!m.type.isEmpty()) problems << m.source + " (" + m.type + ")";
      // Qt pluralises one %n per string: a second "(s)" would stay "order(s)" in English.
      if (m.source.count(QStringLiteral("(s)")) > 1) problems << m.source + " (two counts in one string)";
      const QStringList& forms = m.forms;
      if (forms.size() != 2 || forms[0].isEmpty() || forms[1].isEmpty() || forms[0] == forms[1]) problems << m.source;
    }
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
