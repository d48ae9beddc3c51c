// Amounts typed and shown in WBL, mWBL and µWBL: exact decimal both ways, bad text refused.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/secure_bytes.h"
#include "tests/test_util.h"
#include "ui/amount_edit.h"
#include "ui/display_unit.h"

using namespace wb;
using namespace wb::ui;

class TestAmountEdit : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void formatsExactlyInEveryUnit() {
    QCOMPARE(formatInUnit(1'250'000'001, DisplayUnit::Wbl), QStringLiteral("12.50000001"));
    QCOMPARE(formatInUnit(1'250'000'001, DisplayUnit::MilliWbl), QStringLiteral("12500.00001"));
    QCOMPARE(formatInUnit(1'250'000'001, DisplayUnit::MicroWbl), QStringLiteral("12500000.01"));
    QCOMPARE(formatInUnit(0, DisplayUnit::MilliWbl), QStringLiteral("0"));
    QCOMPARE(formatInUnit(1, DisplayUnit::Wbl), QStringLiteral("0.00000001"));
    QCOMPARE(formatInUnit(100, DisplayUnit::MicroWbl), QStringLiteral("1"));
    QCOMPARE(formatInUnit(UINT64_MAX, DisplayUnit::MicroWbl), QStringLiteral("184467440737095516.15"));
  }

  void parsesExactlyInEveryUnit() {
    for (DisplayUnit unit : {DisplayUnit::Wbl, DisplayUnit::MilliWbl, DisplayUnit::MicroWbl}) {
      for (Amount units : {Amount(0), Amount(1), Amount(100), Amount(123'456'789), Amount(UINT64_MAX)}) {
        const Amount shown = units - units % (unit == DisplayUnit::MicroWbl   ? 100
                                              : unit == DisplayUnit::MilliWbl ? 1000
                                                                              : 1);
        auto parsed = parseInUnit(formatInUnit(shown, unit), unit);
        QVERIFY2(parsed.ok(), qPrintable(formatInUnit(shown, unit)));
        QCOMPARE(*parsed, shown);
      }
    }
    QCOMPARE(*parseInUnit(QStringLiteral("1.5"), DisplayUnit::MilliWbl), Amount(150'000));
    QCOMPARE(*parseInUnit(QStringLiteral(".5"), DisplayUnit::MicroWbl), Amount(50));
    QCOMPARE(*parseInUnit(QStringLiteral("007"), DisplayUnit::MilliWbl), Amount(700'000));
    QCOMPARE(parseInUnit(QStringLiteral("0.001"), DisplayUnit::MicroWbl).code(), CoreErrc::AmountTooManyDecimals);
    QCOMPARE(parseInUnit(QStringLiteral("0.000001"), DisplayUnit::MilliWbl).code(), CoreErrc::AmountTooManyDecimals);
    QCOMPARE(parseInUnit(QStringLiteral("184467440737095516.16"), DisplayUnit::MicroWbl).code(),
             CoreErrc::AmountOverflow);
    QCOMPARE(parseInUnit(QStringLiteral("-1"), DisplayUnit::MilliWbl).code(), CoreErrc::AmountNegative);
    QCOMPARE(parseInUnit(QStringLiteral("."), DisplayUnit::MilliWbl).code(), CoreErrc::AmountSyntax);
    QCOMPARE(unitFromKey(unitKey(DisplayUnit::MicroWbl)), DisplayUnit::MicroWbl);
    QCOMPARE(unitFromKey(QStringLiteral("nonsense")), DisplayUnit::Wbl);
  }

  void editAcceptsAmounts() {
    AmountEdit edit;
    edit.show();
    QSignalSpy changed(&edit, &AmountEdit::amountChanged);
    QTest::keyClicks(&edit, "12.5");
    QCOMPARE(edit.amount().value(), Amount(1'250'000'000));
    QVERIFY(edit.errorText().isEmpty());
    QVERIFY(changed.last().at(0).toBool());
    // Switching the unit keeps the amount and rewrites the text.
    edit.setUnit(DisplayUnit::MilliWbl);
    QCOMPARE(edit.text(), QStringLiteral("12500"));
    QCOMPARE(edit.amount().value(), Amount(1'250'000'000));
  }

  void editRejectsBadText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<wb::ErrorCode>("code");
    QTest::newRow("9 decimals") << "1.123456789" << wb::ErrorCode(CoreErrc::AmountTooManyDecimals);
    QTest::newRow("negative") << "-5" << wb::ErrorCode(CoreErrc::AmountNegative);
    QTest::newRow("garbage") << "12abc" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("two dots") << "1.2.3" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("exponent") << "1e5" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("too large") << "184467440738" << wb::ErrorCode(CoreErrc::AmountOverflow);
  }

  void editRejectsBadText() {
    QFETCH(QString, text);
    QFETCH(wb::ErrorCode, code);
    AmountEdit edit;
    edit.show();
    QSignalSpy changed(&edit, &AmountEdit::amountChanged);
    QTest::keyClicks(&edit, text);
    QVERIFY(!edit.amount().has_value());
    QVERIFY(!edit.hasAcceptableAmount());
    QVERIFY(!edit.errorText().isEmpty());
    QVERIFY(edit.property("invalid").toBool());
    QVERIFY(!changed.last().at(0).toBool());
    QCOMPARE(parseInUnit(text, DisplayUnit::Wbl).code(), code);
  }
};

QTEST_MAIN(TestAmountEdit)
#include "test_amount_edit.moc"
