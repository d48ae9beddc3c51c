#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/about_dialog.h"
#include "ui/welcome_page.h"

// The icons are compiled into this static library: referencing the resource from
// here keeps the linker from dropping it. Q_INIT_RESOURCE must be outside a namespace.
static void initWaybillResources() { Q_INIT_RESOURCE(waybill); }

namespace wb::ui {

QIcon applicationIcon() {
  initWaybillResources();
  return QIcon(QStringLiteral(":/icons/waybill.svg"));
}

namespace {

// The sidebar icon of a page: resources/icons/pages/<objectName>.svg, if there is one.
QIcon pageIcon(const QString& objectName) {
  const QString path = QStringLiteral(":/icons/pages/%1.svg").arg(objectName);
  return QFile::exists(path) ? QIcon(path) : QIcon();
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), sidebar_(new QListWidget), pages_(new QStackedWidget), networkLabel_(new QLabel) {
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(applicationIcon());
  resize(1100, 720);

  sidebar_->setObjectName(QStringLiteral("sidebar"));
  sidebar_->setFixedWidth(200);
  sidebar_->setIconSize(QSize(24, 24));
  // A light selection with a bar on the left: the page icons (dark strokes) stay readable on it.
  sidebar_->setStyleSheet(QStringLiteral(
      "QListWidget#sidebar::item { padding: 6px 8px; border-left: 3px solid transparent; }"
      "QListWidget#sidebar::item:selected { background: #dbe6f1; color: #1d3550; border-left-color: #3b5a7a; }"));
  pages_->setObjectName(QStringLiteral("pages"));

  auto* central = new QWidget;
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(sidebar_);
  layout->addWidget(pages_, 1);
  setCentralWidget(central);

  connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

  buildMenus();
  buildStatusBar();
  auto* welcome = new WelcomePage;
  connect(welcome, &WelcomePage::createWalletRequested, this, &MainWindow::createWalletRequested);
  addPage(QStringLiteral("welcomePage"), tr("Welcome"), welcome);
  sidebar_->setCurrentRow(0);
  retranslateUi();
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (keepsRunningInTray_) {
    hide();
    event->ignore();
    return;
  }
  QMainWindow::closeEvent(event);
  // Quit even when another top-level window (a message box, a dialog without a parent) is
  // still open: with no tray icon, nothing would be left to bring the window back.
  QCoreApplication::quit();
}

void MainWindow::bringToFront() {
  if (isMinimized())
    showNormal();
  else
    show();
  raise();
  activateWindow();
}

void MainWindow::showAbout() {
  if (aboutDialog_ == nullptr) aboutDialog_ = new AboutDialog(this);
  aboutDialog_->show();
  aboutDialog_->raise();
  aboutDialog_->activateWindow();
}

QMenu* MainWindow::trayMenu() {
  if (trayMenu_ == nullptr) {
    trayMenu_ = new QMenu(this);
    trayShow_ = trayMenu_->addAction(QString());
    connect(trayShow_, &QAction::triggered, this, &MainWindow::bringToFront);
    trayQuit_ = trayMenu_->addAction(QString());
    connect(trayQuit_, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    retranslateUi();
  }
  return trayMenu_;
}

void MainWindow::addMenu(QMenu* menu) {
  menu->setParent(this, menu->windowFlags());
  menuBar()->insertMenu(helpMenu_->menuAction(), menu);
}

void MainWindow::buildMenus() {
  fileMenu_ = menuBar()->addMenu(QString());
  quit_ = fileMenu_->addAction(QString());
  quit_->setObjectName(QStringLiteral("quitAction"));
  quit_->setShortcut(QKeySequence::Quit);
  quit_->setMenuRole(QAction::QuitRole);
  connect(quit_, &QAction::triggered, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
  helpMenu_ = menuBar()->addMenu(QString());
  about_ = helpMenu_->addAction(QString());
  about_->setObjectName(QStringLiteral("aboutAction"));
  about_->setMenuRole(QAction::AboutRole);
  connect(about_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslateUi() {
  setWindowTitle(tr("Waybill"));
  fileMenu_->setTitle(tr("&File"));
  quit_->setText(tr("&Quit"));
  helpMenu_->setTitle(tr("&Help"));
  about_->setText(tr("&About Waybill"));
  if (trayMenu_ != nullptr) {
    trayShow_->setText(tr("Show Waybill"));
    trayQuit_->setText(tr("Quit"));
  }
  networkLabel_->setText(tr("No network open"));
  for (int row = 0; row < sidebar_->count(); ++row) {
    const QWidget* page = pages_->widget(row);
    if (page->objectName() == QLatin1String("welcomePage"))
      sidebar_->item(row)->setText(tr("Welcome"));
    else if (!page->windowTitle().isEmpty())
      sidebar_->item(row)->setText(page->windowTitle());
  }
}

void MainWindow::addPage(const QString& objectName, const QString& title, QWidget* page, const QString& before) {
  page->setObjectName(objectName);
  int row = sidebar_->count();
  if (!before.isEmpty()) {
    if (const int at = static_cast<int>(pageNames().indexOf(before)); at >= 0) row = at;
  }
  // The stack and the sidebar keep the same order: a row is its page's index.
  const QSignalBlocker block(sidebar_);
  const int current = sidebar_->currentRow();
  pages_->insertWidget(row, page);
  auto* item = new QListWidgetItem(pageIcon(objectName), title);
  item->setData(Qt::UserRole, objectName);
  sidebar_->insertItem(row, item);
  // A page that retranslates itself renames its entry; the order in which widgets
  // hear of a language change does not matter then.
  connect(page, &QWidget::windowTitleChanged, this, [item](const QString& text) {
    if (!text.isEmpty()) item->setText(text);
  });
  if (current >= row) sidebar_->setCurrentRow(current + 1);
  pages_->setCurrentIndex(sidebar_->currentRow());
}

bool MainWindow::showPage(const QString& objectName) {
  for (int row = 0; row < sidebar_->count(); ++row) {
    if (sidebar_->item(row)->data(Qt::UserRole).toString() == objectName) {
      sidebar_->setCurrentRow(row);
      return true;
    }
  }
  return false;
}

QString MainWindow::currentPageName() const {
  const QWidget* page = pages_->currentWidget();
  return page ? page->objectName() : QString();
}

QStringList MainWindow::pageNames() const {
  QStringList names;
  for (int row = 0; row < sidebar_->count(); ++row) names << sidebar_->item(row)->data(Qt::UserRole).toString();
  return names;
}

void MainWindow::setNodeStatus(QWidget* widget) {
  networkLabel_->hide();
  statusBar()->addPermanentWidget(widget);
}

void MainWindow::buildStatusBar() {
  networkLabel_->setObjectName(QStringLiteral("networkStatus"));
  statusBar()->addPermanentWidget(networkLabel_);
}

}  // namespace wb::ui
