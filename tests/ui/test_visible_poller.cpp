// ui::VisiblePoller: reads only while its widget is on screen (issue 16: the one
// home of "poll while visible").
#include <QWidget>
#include <QtTest>

#include "ui/visible_poller.h"

using wb::ui::VisiblePoller;

class TestVisiblePoller : public QObject {
  Q_OBJECT
private slots:
  void readsOnlyWhileShown() {
    QWidget widget;
    int reads = 0;
    auto* poller = new VisiblePoller(&widget, 10, [&reads] { ++reads; });
    QTest::qWait(50);
    QCOMPARE(reads, 0);  // never shown: never read
    QVERIFY(!poller->isPolling());

    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QVERIFY(reads >= 1);  // at once when shown
    QVERIFY(poller->isPolling());
    QTRY_VERIFY(reads >= 4);  // then every interval

    widget.hide();
    QVERIFY(!poller->isPolling());
    const int hidden = reads;
    QTest::qWait(60);
    QCOMPARE(reads, hidden);
  }
};

QTEST_MAIN(TestVisiblePoller)
#include "test_visible_poller.moc"
