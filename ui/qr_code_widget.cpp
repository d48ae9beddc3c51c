#include "ui/qr_code_widget.h"

#include <qrencode.h>

#include <QPainter>
#include <memory>

namespace wb::ui {

namespace {
constexpr int kQuietZone = 4;  // modules of white border (ISO/IEC 18004)
}

QrMatrix encodeQr(const QByteArray& data) {
  QrMatrix matrix;
  if (data.isEmpty()) return matrix;
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0,
                        QR_ECLEVEL_M),
      &QRcode_free);
  if (!code) return matrix;  // too long (ERANGE) or out of memory
  matrix.size = code->width;
  matrix.dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
  for (std::size_t i = 0; i < matrix.dark.size(); ++i) matrix.dark[i] = (code->data[i] & 1) != 0;
  return matrix;
}

QImage renderQr(const QrMatrix& matrix, int pixels) {
  QImage image(pixels, pixels, QImage::Format_RGB32);
  image.fill(Qt::white);
  if (matrix.size == 0 || pixels <= 0) return image;
  // Whole pixels per module keep every edge sharp; the quiet zone shrinks only when the
  // space is too small for it.
  int module = pixels / (matrix.size + 2 * kQuietZone);
  if (module < 1) module = pixels / matrix.size;
  if (module < 1) return image;
  const int offset = (pixels - module * matrix.size) / 2;
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing, false);
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size; ++x) {
      if (matrix.isDark(x, y)) painter.fillRect(offset + x * module, offset + y * module, module, module, Qt::black);
    }
  }
  return image;
}

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent) {
  setMinimumSize(120, 120);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeWidget::setText(const QString& text) {
  text_ = text;
  matrix_ = encodeQr(text.toUtf8());
  update();
}

void QrCodeWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  if (matrix_.size == 0) {
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                     text_.isEmpty() ? QString() : tr("Too long for a QR code"));
    return;
  }
  // Render at device pixels so it stays crisp on high-DPI screens.
  const int side = std::min(width(), height());
  const qreal ratio = devicePixelRatioF();
  QImage image = renderQr(matrix_, static_cast<int>(side * ratio));
  image.setDevicePixelRatio(ratio);
  painter.drawImage(QPoint((width() - side) / 2, (height() - side) / 2), image);
}

}  // namespace wb::ui
