// The main window: a sidebar of pages (Overview, Orders, …) beside a stack that
// shows the selected page, and a status bar. Pages plug in with addPage().
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace wb::ui {

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

signals:
  // The Welcome page's "Create or restore your own wallet…" button.
  void createWalletRequested();

protected:
  void changeEvent(QEvent* event) override;

private:
  void buildStatusBar();
  void retranslateUi();

  QListWidget* sidebar_;
  QStackedWidget* pages_;
  QLabel* networkLabel_;
};

}  // namespace wb::ui
