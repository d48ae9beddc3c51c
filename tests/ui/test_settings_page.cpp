// Settings: stored in QSettings, and the language switches live to Chinese and back.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/language_switcher.h"
#include "ui/settings_page.h"
#include "ui/ui_settings.h"

using namespace wb::ui;

class TestSettingsPage : public QObject {
  Q_OBJECT
  QTemporaryDir dir_;

  static void choose(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
  }

private slots:
  void languageSwitchRetranslatesLive() {
    QSettings store(dir_.filePath("lang.ini"), QSettings::IniFormat);
    UiSettings settings(&store);
    LanguageSwitcher languages;
    SettingsPage page(&settings, &languages, dir_.path());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* title = page.findChild<QLabel*>("settingsTitle");
    auto* combo = page.findChild<QComboBox*>("languageCombo");
    QCOMPARE(title->text(), QStringLiteral("Settings"));

    choose(combo, QStringLiteral("zh_CN"));
    QCOMPARE(languages.current(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(title->text(), QStringLiteral("设置"));
    QVERIFY(page.findChild<QLabel*>("languageLabel")->text() != QStringLiteral("Language:"));
    QCOMPARE(settings.language(), QStringLiteral("zh_CN"));

    choose(combo, QStringLiteral("en"));
    QTRY_COMPARE(title->text(), QStringLiteral("Settings"));
    QCOMPARE(page.findChild<QLabel*>("languageLabel")->text(), QStringLiteral("Language:"));
    QCOMPARE(store.value("ui/language").toString(), QStringLiteral("en"));
  }

  void choicesAreStoredAndReadBack() {
    const QString file = dir_.filePath("prefs.ini");
    {
      QSettings store(file, QSettings::IniFormat);
      UiSettings settings(&store);
      LanguageSwitcher languages;
      SettingsPage page(&settings, &languages, dir_.path());
      QSignalSpy unitChanged(&settings, &UiSettings::unitChanged);
      choose(page.findChild<QComboBox*>("unitCombo"), int(DisplayUnit::MicroWbl));
      QCOMPARE(unitChanged.size(), 1);
      page.findChild<QSpinBox*>("autoLockSpin")->setValue(25);
      settings.setDataDir(dir_.filePath("elsewhere"));
    }
    QSettings store(file, QSettings::IniFormat);
    UiSettings settings(&store);
    QCOMPARE(settings.unit(), DisplayUnit::MicroWbl);
    QCOMPARE(settings.autoLockMinutes(), 25);
    QCOMPARE(settings.dataDir(), dir_.filePath("elsewhere"));
    settings.setAutoLockMinutes(1'000'000);
    QCOMPARE(settings.autoLockMinutes(), kMaxAutoLockMinutes);
    store.setValue("wallet/autoLockMinutes", "garbage");
    QCOMPARE(settings.autoLockMinutes(), kDefaultAutoLockMinutes);

    // A data dir chosen for the next start is shown with a note.
    LanguageSwitcher languages;
    SettingsPage page(&settings, &languages, dir_.path());
    page.show();
    QVERIFY(page.findChild<QLabel*>("dataDirNote")->isVisible());
    QCOMPARE(page.findChild<QComboBox*>("unitCombo")->currentData().toInt(), int(DisplayUnit::MicroWbl));
  }

  void showsTheNetworkAndOffersToSwitch() {
    QSettings store(dir_.filePath("net.ini"), QSettings::IniFormat);
    UiSettings settings(&store);
    LanguageSwitcher languages;
    SettingsPage page(&settings, &languages, dir_.path());
    page.show();
    auto* info = page.findChild<QLabel*>("networkInfo");
    auto* button = page.findChild<QPushButton*>("switchNetworkButton");
    QVERIFY(info && button);
    QCOMPARE(info->text(), QStringLiteral("No network open"));
    const QString hash = QStringLiteral("0123456789abcdef").repeated(4);
    page.setNetwork(QStringLiteral("shop-net"), wb::ConsensusKind::Pos, hash);
    QCOMPARE(info->text(), QStringLiteral("shop-net (Proof of stake), genesis 0123456789abcdef…"));
    QCOMPARE(info->toolTip(), hash);
    QSignalSpy requested(&page, &SettingsPage::switchNetworkRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    // The line follows the language like the rest of the page.
    QVERIFY(languages.apply(QStringLiteral("zh_CN")));
    QTRY_VERIFY(!info->text().contains(QStringLiteral("Proof of stake")));
    QVERIFY(info->text().startsWith(QStringLiteral("shop-net")));
    QVERIFY(languages.apply(QStringLiteral("en")));
  }
};

QTEST_MAIN(TestSettingsPage)
#include "test_settings_page.moc"
