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

  void pagesCanGoAboveAnotherAndKeepTheSidebarInStep() {
    MainWindow window;
    window.show();
    window.addPage(QStringLiteral("networkPage"), QStringLiteral("Network"), new QWidget);
    window.addPage(QStringLiteral("settingsPage"), QStringLiteral("Settings"), new QWidget);
    QVERIFY(window.showPage(QStringLiteral("settingsPage")));
    auto* orders = new QWidget;
    window.addPage(QStringLiteral("ordersPage"), QStringLiteral("Orders"), orders, QStringLiteral("networkPage"));
    QCOMPARE(window.pageNames(), (QStringList{QStringLiteral("welcomePage"), QStringLiteral("ordersPage"),
                                              QStringLiteral("networkPage"), QStringLiteral("settingsPage")}));
    QCOMPARE(window.currentPageName(), QStringLiteral("settingsPage"));  // what was on screen stays
    QVERIFY(window.showPage(QStringLiteral("ordersPage")));
    QVERIFY(orders->isVisible());
    auto* sidebar = window.findChild<QListWidget*>("sidebar");
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Orders"));
    // A page renamed by its own retranslation renames its sidebar entry.
    orders->setWindowTitle(QStringLiteral("订单"));
    QCOMPARE(sidebar->item(1)->text(), QStringLiteral("订单"));
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
