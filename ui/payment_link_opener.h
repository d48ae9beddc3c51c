// Opens a `waybill:` link in the main window (DESIGN §12): the Send page comes up
// filled in — an order link pays that order, its exact total — and the window comes
// forward. A link that does not parse for this network is explained in a message box.
// The Orders page has no "open this order" hook yet, so order links go to Send too.
#pragma once

#include <QObject>
#include <QString>

#include "chain/core/error.h"

namespace wb::ui {

class MainWindow;

class PaymentLinkOpener : public QObject {
  Q_OBJECT
public:
  // `window` must outlive the opener.
  explicit PaymentLinkOpener(MainWindow* window, QObject* parent = nullptr);

  // Opens `link`; fails like parsePaymentUri, or with IoError when no wallet is open.
  [[nodiscard]] Status open(const QString& link);

private:
  // With WAYBILL_REPORT_LINKS set (tests), one stdout line per link: what the form shows.
  void report(const QString& link, const Status& outcome) const;

  MainWindow* window_;
};

}  // namespace wb::ui
