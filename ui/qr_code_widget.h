// Shows text as a QR code (libqrencode), drawn module by module on whole pixels so it
// stays crisp at any size, with the quiet zone the standard asks for.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QWidget>
#include <vector>

namespace wb::ui {

// A QR code's dark/light modules, row by row.
struct QrMatrix {
  int size = 0;            // modules per side; 0 = nothing encoded
  std::vector<bool> dark;  // size × size
  bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Encodes `data` (8-bit mode, error correction level M). Returns an empty matrix when the
// data is empty or too long for any QR version.
QrMatrix encodeQr(const QByteArray& data);

// Renders `matrix` into a `pixels` × `pixels` image: black modules on white, the largest
// whole number of pixels per module, centred, with a 4-module quiet zone when it fits.
QImage renderQr(const QrMatrix& matrix, int pixels);

class QrCodeWidget : public QWidget {
  Q_OBJECT
public:
  explicit QrCodeWidget(QWidget* parent = nullptr);

  // Encodes `text` as UTF-8; an empty or too long text shows a message instead.
  void setText(const QString& text);
  const QrMatrix& matrix() const { return matrix_; }

  QSize sizeHint() const override { return {240, 240}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return width; }

protected:
  void paintEvent(QPaintEvent* event) override;

private:
  QString text_;
  QrMatrix matrix_;
};

}  // namespace wb::ui
