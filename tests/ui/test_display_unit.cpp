// One formatter for every amount on screen: digits grouped and the decimal point as
// the locale writes them, the unit always there, no trailing zeros, exact to the last
// base unit whatever the size.
#include <QtTest>

#include "ui/display_unit.h"

using namespace wb;
using namespace wb::ui;

class TestDisplayUnit : public QObject {
  Q_OBJECT
private slots:
  void groupsDigitsAndShowsTheUnit_data() {
    QTest::addColumn<qulonglong>("units");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown");
    const int wbl = int(DisplayUnit::Wbl), mwbl = int(DisplayUnit::MilliWbl), uwbl = int(DisplayUnit::MicroWbl);
    QTest::newRow("zero") << 0ull << wbl << "en_US"
                          << "0 WBL";
    QTest::newRow("small") << 7'500'000ull << wbl << "en_US"
                           << "0.075 WBL";
    QTest::newRow("no group below 1000") << 99'900'000'000ull << wbl << "en_US"
                                         << "999 WBL";
    QTest::newRow("the overview's balance") << 100'090'900'000'000ull << wbl << "en_US"
                                            << "1,000,909 WBL";
    QTest::newRow("grouped with decimals") << 100'090'912'345'678ull << wbl << "en_US"
                                           << "1,000,909.12345678 WBL";
    QTest::newRow("millis") << 100'090'912'345'678ull << mwbl << "en_US"
                            << "1,000,909,123.45678 mWBL";
    QTest::newRow("micros") << 1'250'000'001ull << uwbl << "en_US"
                            << "12,500,000.01 µWBL";
    QTest::newRow("chinese") << 100'090'950'000'000ull << wbl << "zh_CN"
                             << "1,000,909.5 WBL";
    QTest::newRow("german") << 100'090'950'000'000ull << wbl << "de_DE"
                            << "1.000.909,5 WBL";
    QTest::newRow("largest") << qulonglong(UINT64_MAX) << uwbl << "en_US"
                             << "184,467,440,737,095,516.15 µWBL";
  }
  void groupsDigitsAndShowsTheUnit() {
    QFETCH(qulonglong, units);
    QFETCH(int, unit);
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    QCOMPARE(displayAmount(units, DisplayUnit(unit), QLocale(locale)), shown);
  }

  void followsTheDefaultLocale() {
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const QString text = displayAmount(123'456'700'000'000, DisplayUnit::Wbl);
    QLocale::setDefault(before);
    QCOMPARE(text, QStringLiteral("1.234.567 WBL"));
  }
};

QTEST_GUILESS_MAIN(TestDisplayUnit)
#include "test_display_unit.moc"
