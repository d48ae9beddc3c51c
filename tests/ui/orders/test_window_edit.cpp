// Order windows entered in hours and days (issue 11 #8): the conversion to
// blocks is integer arithmetic, rounds a partial block up (never less time than
// asked), refuses what does not fit 32 bits, and the duration text is exact.
#include <QtTest>

#include "ui/orders/window_edit.h"

using namespace wb::ui;

class TestWindowEdit : public QObject {
  Q_OBJECT
private slots:
  void convertsExactly() {
    QCOMPARE(windowBlocks(720, WindowUnit::Blocks, 60), std::optional<std::uint32_t>(720));
    QCOMPARE(windowBlocks(12, WindowUnit::Hours, 60), std::optional<std::uint32_t>(720));
    QCOMPARE(windowBlocks(3, WindowUnit::Days, 60), std::optional<std::uint32_t>(4320));
    QCOMPARE(windowBlocks(2, WindowUnit::Hours, 1), std::optional<std::uint32_t>(7200));
    // 3600 / 7 = 514.28…: 515 blocks, so the window is at least an hour.
    QCOMPARE(windowBlocks(1, WindowUnit::Hours, 7), std::optional<std::uint32_t>(515));
    QCOMPARE(windowBlocks(7, WindowUnit::Hours, 7), std::optional<std::uint32_t>(3600));
    QCOMPARE(windowBlocks(1, WindowUnit::Days, 0), std::optional<std::uint32_t>(86400));  // 0 counts as 1 s
    // 4294967295 days of one-second blocks overflows 32 bits instead of wrapping.
    QCOMPARE(windowBlocks(4294967295u, WindowUnit::Days, 1), std::optional<std::uint32_t>());
    QCOMPARE(windowBlocks(49710, WindowUnit::Days, 1), std::optional<std::uint32_t>(4'294'944'000u));  // fits
    QCOMPARE(windowBlocks(49711, WindowUnit::Days, 1), std::optional<std::uint32_t>());  // 4,295,030,400 does not
  }

  void durations() {
    QCOMPARE(durationText(20), QStringLiteral("20 s"));
    QCOMPARE(durationText(720), QStringLiteral("12 min"));
    QCOMPARE(durationText(9000), QStringLiteral("2 h 30 min"));
    QCOMPARE(durationText(7200), QStringLiteral("2 h"));
    QCOMPARE(durationText(3 * 86400 + 4 * 3600 + 59), QStringLiteral("3 d 4 h"));
    QCOMPARE(durationText(1'000'000), QStringLiteral("11 d 13 h"));
  }
};

QTEST_GUILESS_MAIN(TestWindowEdit)
#include "test_window_edit.moc"
