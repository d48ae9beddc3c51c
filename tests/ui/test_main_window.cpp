#include <QListWidget>
#include <QStackedWidget>
#include <QtTest>

#include "ui/main_window.h"

using wb::ui::MainWindow;

class TestMainWindow : public QObject {
  Q_OBJECT
private slots:
  void opensWithSidebarAndWelcomePage() {
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>("sidebar");
    auto* pages = window.findChild<QStackedWidget*>("pages");
    QVERIFY(sidebar && pages);
    QCOMPARE(sidebar->count(), pages->count());
    QCOMPARE(window.currentPageName(), QStringLiteral("welcomePage"));
    QVERIFY(window.findChild<QWidget*>("networkStatus"));
  }

  void pagesPlugInAndAreSelectedFromTheSidebar() {
    MainWindow window;
    window.show();
    auto* extra = new QWidget;
    window.addPage(QStringLiteral("ordersPage"), QStringLiteral("Orders"), extra);
    auto* sidebar = window.findChild<QListWidget*>("sidebar");
    QCOMPARE(sidebar->count(), 2);
    // Clicking the sidebar entry switches the page, as a user would.
    const QRect rect = sidebar->visualItemRect(sidebar->item(1));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentPageName(), QStringLiteral("ordersPage"));
    QVERIFY(extra->isVisible());
    QVERIFY(window.showPage(QStringLiteral("welcomePage")));
    QCOMPARE(window.currentPageName(), QStringLiteral("welcomePage"));
    QVERIFY(!window.showPage(QStringLiteral("noSuchPage")));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
