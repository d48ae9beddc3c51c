#include "ui/display_unit.h"

#include <string>

#include "chain/core/core_errc.h"

namespace wb::ui {

namespace {

// How many places the decimal point moves left to turn the unit into WBL.
int shiftToWbl(DisplayUnit unit) { return kCoinDecimals - unitDecimals(unit); }

bool isPlainDecimal(const QString& text) {
  int dots = 0;
  for (const QChar c : text) {
    if (c == QLatin1Char('.'))
      ++dots;
    else if (c < QLatin1Char('0') || c > QLatin1Char('9'))
      return false;
  }
  return dots <= 1;
}

}  // namespace

int unitDecimals(DisplayUnit unit) {
  switch (unit) {
    case DisplayUnit::Wbl:
      return 8;
    case DisplayUnit::MilliWbl:
      return 5;
    case DisplayUnit::MicroWbl:
      return 2;
  }
  return 8;
}

QString unitSymbol(DisplayUnit unit) {
  switch (unit) {
    case DisplayUnit::Wbl:
      return QStringLiteral("WBL");
    case DisplayUnit::MilliWbl:
      return QStringLiteral("mWBL");
    case DisplayUnit::MicroWbl:
      return QStringLiteral("µWBL");
  }
  return QStringLiteral("WBL");
}

QString unitKey(DisplayUnit unit) {
  switch (unit) {
    case DisplayUnit::Wbl:
      return QStringLiteral("wbl");
    case DisplayUnit::MilliWbl:
      return QStringLiteral("mwbl");
    case DisplayUnit::MicroWbl:
      return QStringLiteral("uwbl");
  }
  return QStringLiteral("wbl");
}

DisplayUnit unitFromKey(const QString& key) {
  if (key == QLatin1String("mwbl")) return DisplayUnit::MilliWbl;
  if (key == QLatin1String("uwbl")) return DisplayUnit::MicroWbl;
  return DisplayUnit::Wbl;
}

QString formatInUnit(Amount units, DisplayUnit unit) {
  // formatAmountFixed gives exactly 8 decimals; moving the point right by the shift is exact.
  std::string text = formatAmountFixed(units);
  const std::size_t dot = text.find('.');
  const int shift = shiftToWbl(unit);
  std::string whole = text.substr(0, dot) + text.substr(dot + 1, shift);
  std::string frac = text.substr(dot + 1 + shift);
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  return QString::fromStdString(frac.empty() ? whole : whole + '.' + frac);
}

QString displayAmount(Amount units, DisplayUnit unit, const QLocale& locale) {
  const QString plain = formatInUnit(units, unit);
  const qsizetype dot = plain.indexOf(QLatin1Char('.'));
  const QString whole = dot < 0 ? plain : plain.left(dot);
  // Grouping by hand: the whole part can exceed what QLocale::toString takes exactly (qint64).
  const bool grouped = !locale.numberOptions().testFlag(QLocale::OmitGroupSeparator);
  QString text;
  for (qsizetype i = 0; i < whole.size(); ++i) {
    if (grouped && i > 0 && (whole.size() - i) % 3 == 0) text += locale.groupSeparator();
    text += whole[i];
  }
  if (dot >= 0) text += locale.decimalPoint() + plain.mid(dot + 1);
  return text + QLatin1Char(' ') + unitSymbol(unit);
}

Result<Amount> parseInUnit(const QString& text, DisplayUnit unit) {
  // Anything but digits and one dot is refused by parseAmount with its own clear error.
  if (!isPlainDecimal(text) || unit == DisplayUnit::Wbl) return parseAmount(text.toStdString());
  const qsizetype dot = text.indexOf(QLatin1Char('.'));
  const QString whole = dot < 0 ? text : text.left(dot);
  const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
  if (frac.size() > unitDecimals(unit)) {
    return fail(CoreErrc::AmountTooManyDecimals,
                "at most " + std::to_string(unitDecimals(unit)) + " decimals in " + unitSymbol(unit).toStdString());
  }
  if (whole.isEmpty() && frac.isEmpty()) return parseAmount(text.toStdString());
  // Move the point left: "1234.5" mWBL = "1.2345" WBL.
  const int shift = shiftToWbl(unit);
  const QString padded = QString(shift, QLatin1Char('0')) + whole;
  QString intPart = padded.left(padded.size() - shift);
  while (intPart.size() > 1 && intPart.startsWith(QLatin1Char('0'))) intPart.remove(0, 1);
  if (intPart.isEmpty()) intPart = QStringLiteral("0");
  const QString wbl = intPart + QLatin1Char('.') + padded.right(shift) + frac;
  return parseAmount(wbl.toStdString());
}

}  // namespace wb::ui
