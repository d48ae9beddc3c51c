// Help ▸ About Waybill: the version, the licence, and the versions of the
// libraries Waybill runs on (Qt, libsecp256k1, LMDB, libsodium, libqrencode), so a
// bug report can say exactly what was running.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;

namespace wb::ui {

class AboutDialog : public QDialog {
  Q_OBJECT
public:
  explicit AboutDialog(QWidget* parent = nullptr);

  // Library name and version in use ("Qt", "6.4.2"), in the order shown.
  static QList<QPair<QString, QString>> libraryVersions();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  QLabel* title_;
  QLabel* summary_;
  QLabel* licence_;
  QLabel* libraries_;
};

}  // namespace wb::ui
