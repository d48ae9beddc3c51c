#include "ui/block_date.h"

#include <QDateTime>
#include <QLocale>

namespace wb::ui {

QString blockDateText(std::uint64_t unixSecs) {
  return QLocale().toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSecs)), QLocale::ShortFormat);
}

}  // namespace wb::ui
