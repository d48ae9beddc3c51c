#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTimer>
#include <QtTest>

#include "ui/about_dialog.h"
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

  void windowAndEveryPageHaveTheirIcon() {
    QVERIFY(!wb::ui::applicationIcon().isNull());
    QVERIFY(!wb::ui::applicationIcon().pixmap(16, 16).isNull());  // the SVG renders at 16 px
    MainWindow window;
    QVERIFY(!window.windowIcon().isNull());
    const QStringList pages = {"overviewPage", "ordersPage",  "sendPage",    "stakingPage",
                               "activityPage", "networkPage", "settingsPage"};
    for (const QString& name : pages) window.addPage(name, name, new QWidget);
    auto* sidebar = window.findChild<QListWidget*>("sidebar");
    QCOMPARE(sidebar->count(), pages.size() + 1);
    for (int row = 0; row < sidebar->count(); ++row) {
      const QIcon icon = sidebar->item(row)->icon();
      QVERIFY2(!icon.isNull() && !icon.pixmap(24, 24).isNull(), qPrintable(window.pageNames()[row]));
    }
    window.addPage(QStringLiteral("pluginPage"), QStringLiteral("Plug-in"), new QWidget);  // no icon drawn: none
    QVERIFY(sidebar->item(sidebar->count() - 1)->icon().isNull());
  }

  void fileAndHelpMenusQuitAndShowAbout() {
    MainWindow window;
    window.show();
    const QList<QAction*> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 2);
    QCOMPARE(menus[0]->text(), QStringLiteral("&File"));
    QCOMPARE(menus[1]->text(), QStringLiteral("&Help"));
    // A menu added later (the Wallet menu) goes before Help.
    window.addMenu(new QMenu(QStringLiteral("&Wallet")));
    QCOMPARE(window.menuBar()->actions()[1]->text(), QStringLiteral("&Wallet"));
    QCOMPARE(window.menuBar()->actions().last()->text(), QStringLiteral("&Help"));

    auto* about = window.findChild<QAction*>("aboutAction");
    QVERIFY(about);
    about->trigger();
    auto* dialog = window.findChild<wb::ui::AboutDialog*>("aboutDialog");
    QVERIFY(dialog && dialog->isVisible());
    const QString libraries = dialog->findChild<QLabel*>("aboutLibraries")->text();
    for (const auto& [name, version] : wb::ui::AboutDialog::libraryVersions()) {
      QVERIFY2(!version.isEmpty() && version != QStringLiteral("unknown"), qPrintable(name));
      QVERIFY(libraries.contains(name + QLatin1Char(' ') + version));
    }
    QVERIFY(libraries.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    QVERIFY(!dialog->findChild<QLabel*>("aboutLicence")->text().isEmpty());

    auto* quit = window.findChild<QAction*>("quitAction");
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QTimer::singleShot(0, quit, &QAction::trigger);
    QTimer::singleShot(5000, &window, [] { QCoreApplication::exit(99); });  // Quit did nothing
    QCOMPARE(QCoreApplication::exec(), 0);
  }

  void closingWithoutATrayQuitsEvenWithAnotherWindowOpen() {
    MainWindow window;
    window.show();
    QWidget stray;  // e.g. a message box without a parent: alone it would keep the process alive
    stray.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, &window, &QWidget::close);
    QTimer::singleShot(5000, &window, [] { QCoreApplication::exit(99); });
    QCOMPARE(QCoreApplication::exec(), 0);
    QVERIFY(!window.isVisible());
  }

  void closingWithATrayHidesTheWindowAndKeepsRunning() {
    MainWindow window;
    window.setKeepsRunningInTray(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTimer::singleShot(0, &window, &QWidget::close);
    QTimer::singleShot(500, &window, [] { QCoreApplication::exit(7); });  // still running: the timer ends the loop
    QCOMPARE(QCoreApplication::exec(), 7);
    QVERIFY(!window.isVisible());
    // The tray's menu brings it back.
    QMenu* tray = window.trayMenu();
    QCOMPARE(tray->actions().size(), 2);
    tray->actions().first()->trigger();
    QVERIFY(window.isVisible());
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
