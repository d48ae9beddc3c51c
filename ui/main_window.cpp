#include "ui/main_window.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

#include "ui/welcome_page.h"

namespace wb::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), sidebar_(new QListWidget), pages_(new QStackedWidget), networkLabel_(new QLabel) {
  setObjectName(QStringLiteral("mainWindow"));
  resize(1100, 720);

  sidebar_->setObjectName(QStringLiteral("sidebar"));
  sidebar_->setFixedWidth(200);
  sidebar_->setIconSize(QSize(24, 24));
  pages_->setObjectName(QStringLiteral("pages"));

  auto* central = new QWidget;
  auto* layout = new QHBoxLayout(central);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(sidebar_);
  layout->addWidget(pages_, 1);
  setCentralWidget(central);

  connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);

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

void MainWindow::retranslateUi() {
  setWindowTitle(tr("Waybill"));
  networkLabel_->setText(tr("No network open"));
  for (int row = 0; row < sidebar_->count(); ++row) {
    const QWidget* page = pages_->widget(row);
    if (page->objectName() == QLatin1String("welcomePage")) sidebar_->item(row)->setText(tr("Welcome"));
    else if (!page->windowTitle().isEmpty()) sidebar_->item(row)->setText(page->windowTitle());
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
  auto* item = new QListWidgetItem(title);
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
