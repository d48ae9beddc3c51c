#include "ui/block_date.h"

#include <QDateTime>
#include <QLocale>

namespace wb::ui {

QString dateTimeFormatWithFullYear(const QLocale& locale) {
  QString format = locale.dateTimeFormat(QLocale::ShortFormat);
  // "11/6/26" reads as any of three dates: a four-digit year does not.
  if (!format.contains(QLatin1String("yyyy"))) format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
  return format;
}

QString blockDateText(std::uint64_t unixSecs) {
  const QLocale locale;
  return locale.toString(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSecs)),
                         dateTimeFormatWithFullYear(locale));
}

}  // namespace wb::ui
