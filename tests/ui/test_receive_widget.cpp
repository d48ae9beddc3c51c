// Receive: the URI follows the fields, bad fields are explained, and the QR code is crisp.
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

#include "chain/core/bech32m.h"
#include "chain/core/secure_bytes.h"
#include "ui/payment_uri.h"
#include "ui/qr_code_widget.h"
#include "ui/receive_widget.h"

using namespace wb;
using namespace wb::ui;

class TestReceiveWidget : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void uriFollowsTheFields() {
    AccountKey key;
    key.fill(3);
    const std::string address = encodeAddress("wbd", key);
    ReceiveWidget widget;
    widget.show();
    widget.setAddress(address);
    QCOMPARE(widget.uri(), QStringLiteral("waybill:") + QString::fromStdString(address));
    QTest::keyClicks(widget.findChild<QLineEdit*>("receiveAmount"), "2.5");
    QTest::keyClicks(widget.findChild<QLineEdit*>("receiveLabel"), "Tea shop");
    auto parsed = parsePaymentUri(widget.uri(), "wbd");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->amount.value(), Amount(250'000'000));
    QCOMPARE(parsed->label, QStringLiteral("Tea shop"));
    QCOMPARE(widget.findChild<QLineEdit*>("receiveUri")->text(), widget.uri());
    // In mWBL the field shows 2500 and the URI still says 2.5 WBL.
    widget.setUnit(DisplayUnit::MilliWbl);
    QCOMPARE(widget.findChild<QLineEdit*>("receiveAmount")->text(), QStringLiteral("2500"));
    QCOMPARE(parsePaymentUri(widget.uri(), "wbd")->amount.value(), Amount(250'000'000));
    QVERIFY(widget.findChild<QrCodeWidget*>("receiveQr")->matrix().size > 0);

    QTest::keyClicks(widget.findChild<QLineEdit*>("receiveOrder"), "xyz");
    QVERIFY(widget.uri().isEmpty());
    QVERIFY(!widget.findChild<QLabel*>("receiveError")->text().isEmpty());
    widget.findChild<QLineEdit*>("receiveOrder")->setText(QString(64, 'c'));
    QVERIFY(parsePaymentUri(widget.uri(), "wbd").ok());
    widget.findChild<QLineEdit*>("receiveAmount")->setText("1.000000001");
    QVERIFY(widget.uri().isEmpty());
  }

  void qrCodeIsCrispAtAnySize() {
    const QrMatrix matrix = encodeQr("waybill:wbd1example");
    QVERIFY(matrix.size >= 21);
    QVERIFY(matrix.isDark(0, 0));  // finder pattern corner
    for (int pixels : {77, 240, 513}) {
      const QImage image = renderQr(matrix, pixels);
      QCOMPARE(image.width(), pixels);
      const int module = pixels / (matrix.size + 8);
      const int offset = (pixels - module * matrix.size) / 2;
      // Only pure black and white, and every module is a solid square of whole pixels.
      for (int y = 0; y < pixels; ++y) {
        for (int x = 0; x < pixels; ++x) {
          const QRgb rgb = image.pixel(x, y);
          QVERIFY(rgb == qRgb(0, 0, 0) || rgb == qRgb(255, 255, 255));
        }
      }
      for (int my = 0; my < matrix.size; ++my) {
        for (int mx = 0; mx < matrix.size; ++mx) {
          const QRgb want = matrix.isDark(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
          QCOMPARE(image.pixel(offset + mx * module, offset + my * module), want);
          QCOMPARE(image.pixel(offset + mx * module + module - 1, offset + my * module + module - 1), want);
        }
      }
    }
    QCOMPARE(encodeQr(QByteArray()).size, 0);
    QCOMPARE(encodeQr(QByteArray(5000, 'x')).size, 0);  // beyond QR version 40
  }
};

QTEST_MAIN(TestReceiveWidget)
#include "test_receive_widget.moc"
