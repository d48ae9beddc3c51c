#include <QtTest>
#include <limits>

#include "chain/core/amount.h"
#include "chain/core/core_errc.h"
#include "tests/test_util.h"

using namespace wb;

class TestAmount : public QObject {
  Q_OBJECT
private slots:
  void parsesValidAmounts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("units");
    QTest::newRow("whole") << "1000" << quint64(1000) * kCoin;
    QTest::newRow("fraction") << "12.5" << quint64(1'250'000'000);
    QTest::newRow("smallest") << "0.00000001" << quint64(1);
    QTest::newRow("leading point") << ".5" << quint64(50'000'000);
    QTest::newRow("trailing point") << "7." << quint64(7) * kCoin;
    QTest::newRow("zero") << "0" << quint64(0);
    QTest::newRow("leading zeros") << "0007.10" << quint64(710'000'000);
    QTest::newRow("max") << "184467440737.09551615" << quint64(std::numeric_limits<quint64>::max());
  }
  void parsesValidAmounts() {
    QFETCH(QString, text);
    QFETCH(quint64, units);
    auto parsed = parseAmount(text.toStdString());
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
    QCOMPARE(quint64(*parsed), units);
  }

  void rejectsBadAmounts_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<wb::ErrorCode>("code");
    QTest::newRow("empty") << "" << wb::ErrorCode(CoreErrc::AmountEmpty);
    QTest::newRow("negative") << "-1" << wb::ErrorCode(CoreErrc::AmountNegative);
    QTest::newRow("nine decimals") << "0.000000001" << wb::ErrorCode(CoreErrc::AmountTooManyDecimals);
    QTest::newRow("two points") << "1.2.3" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("letters") << "12abc" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("exponent") << "1e5" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("plus sign") << "+1" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("space") << " 1" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("comma") << "1,5" << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("point only") << "." << wb::ErrorCode(CoreErrc::AmountSyntax);
    QTest::newRow("max plus one") << "184467440737.09551616" << wb::ErrorCode(CoreErrc::AmountOverflow);
    QTest::newRow("whole part overflow") << "184467440738" << wb::ErrorCode(CoreErrc::AmountOverflow);
    QTest::newRow("huge digits") << "99999999999999999999999999" << wb::ErrorCode(CoreErrc::AmountOverflow);
  }
  void rejectsBadAmounts() {
    QFETCH(QString, text);
    QFETCH(wb::ErrorCode, code);
    auto parsed = parseAmount(text.toStdString());
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), code);
    QVERIFY(!parsed.error().message.empty());
  }

  void formatsExactly() {
    QCOMPARE(QString::fromStdString(formatAmount(0)), QStringLiteral("0"));
    QCOMPARE(QString::fromStdString(formatAmount(1)), QStringLiteral("0.00000001"));
    QCOMPARE(QString::fromStdString(formatAmount(1'250'000'000)), QStringLiteral("12.5"));
    QCOMPARE(QString::fromStdString(formatAmount(1000 * kCoin)), QStringLiteral("1000"));
    QCOMPARE(QString::fromStdString(formatAmountFixed(1'250'000'000)), QStringLiteral("12.50000000"));
    QCOMPARE(QString::fromStdString(formatAmount(std::numeric_limits<Amount>::max())),
             QStringLiteral("184467440737.09551615"));
  }

  void formatThenParseRoundTrips() {
    for (Amount v : {Amount(0), Amount(1), Amount(99), kCoin, kCoin + 1, Amount(123456789012345),
                     std::numeric_limits<Amount>::max()}) {
      auto back = parseAmount(formatAmount(v));
      QVERIFY(back.ok());
      QCOMPARE(*back, v);
    }
  }

  void checkedArithmetic() {
    const Amount max = std::numeric_limits<Amount>::max();
    QCOMPARE(*checkedAdd(max - 1, 1), max);
    QCOMPARE(checkedAdd(max, 1).code(), CoreErrc::AmountOverflow);
    QCOMPARE(*checkedSub(5, 5), Amount(0));
    QCOMPARE(checkedSub(5, 6).code(), CoreErrc::AmountOverflow);
    QCOMPARE(*checkedMul(max / 2, 2), max - 1);
    QCOMPARE(checkedMul(max / 2 + 1, 2).code(), CoreErrc::AmountOverflow);
    QCOMPARE(*checkedMul(0, max), Amount(0));
  }
};

QTEST_GUILESS_MAIN(TestAmount)
#include "test_amount.moc"
