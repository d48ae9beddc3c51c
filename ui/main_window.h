// The main window: a sidebar of pages (Overview, Orders, …) beside a stack that
// shows the selected page, a File and a Help menu, and a status bar. Pages plug in
// with addPage(). Closing the window quits Waybill unless a tray icon keeps it
// running (setKeepsRunningInTray).
#pragma once

#include <QIcon>
#include <QMainWindow>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace wb::ui {

// Waybill's icon (resources/icons/waybill.svg), for the application, its windows and the tray.
QIcon applicationIcon();

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(QWidget* parent = nullptr);

  // Adds `page` (ownership passes to the window) under `title` in the sidebar.
  // `objectName` identifies the page for tests and settings ("overviewPage"…).
  // After a language change the entry shows the page's windowTitle() when it has one,
  // so pages that retranslate themselves keep their sidebar entry current.
  // With `before` naming a page already there, the new page goes right above it.
  void addPage(const QString& objectName, const QString& title, QWidget* page, const QString& before = {});

  // Shows the page whose objectName is `objectName`; returns false if there is none.
  bool showPage(const QString& objectName);

  // The objectName of the page on screen.
  QString currentPageName() const;

  // The objectNames of every page, in sidebar order.
  QStringList pageNames() const;

  // Puts `widget` (the node's status, ownership passes to the window) in the
  // status bar in place of the "No network open" note.
  void setNodeStatus(QWidget* widget);

  // With a tray icon, closing the window only hides it (the tray brings it back);
  // without one (the default), closing the window quits the application.
  void setKeepsRunningInTray(bool keep) { keepsRunningInTray_ = keep; }

  // Shows the window in front of others, restored if it was minimised or hidden.
  void bringToFront();

  // The tray icon's menu (Show Waybill, Quit), owned by the window.
  QMenu* trayMenu();

  // Adds `menu` (ownership passes to the window) to the menu bar, before Help.
  void addMenu(QMenu* menu);

  // Help ▸ About: the About dialog (created on first use, owned by the window).
  void showAbout();

signals:
  // The Welcome page's "Create or restore your own wallet…" button.
  void createWalletRequested();

protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;

private:
  void buildMenus();
  void buildStatusBar();
  void retranslateUi();

  QListWidget* sidebar_;
  QStackedWidget* pages_;
  QLabel* networkLabel_;
  QMenu* fileMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* quit_ = nullptr;
  QAction* about_ = nullptr;
  QMenu* trayMenu_ = nullptr;
  QAction* trayShow_ = nullptr;
  QAction* trayQuit_ = nullptr;
  QDialog* aboutDialog_ = nullptr;
  bool keepsRunningInTray_ = false;
};

}  // namespace wb::ui
