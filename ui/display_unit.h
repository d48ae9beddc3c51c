// The units amounts are shown in (WBL, mWBL, µWBL). Amounts stay integer base units;
// these functions only move the decimal point, exactly, in text.
#pragma once

#include <QLocale>
#include <QString>

#include "chain/core/amount.h"
#include "chain/core/error.h"

namespace wb::ui {

enum class DisplayUnit { Wbl = 0, MilliWbl = 1, MicroWbl = 2 };

// Decimals of a unit: 8 for WBL, 5 for mWBL, 2 for µWBL.
int unitDecimals(DisplayUnit unit);

// "WBL", "mWBL" or "µWBL" (symbols are not translated).
QString unitSymbol(DisplayUnit unit);

// Stable name for settings ("wbl", "mwbl", "uwbl"), and back (unknown names give WBL).
QString unitKey(DisplayUnit unit);
DisplayUnit unitFromKey(const QString& key);

// `units` in `unit` without trailing zeros ("12.5", "0.00001"), no symbol.
QString formatInUnit(Amount units, DisplayUnit unit);

// How every page shows an amount: in `unit` without trailing zeros, the digits grouped
// and the decimal point as `locale` writes them, and the unit always after it:
// "1,000,909.5 WBL". Widgets showing it must never elide it (elide ids and addresses
// instead); tables align it with kAmountAlignment.
QString displayAmount(Amount units, DisplayUnit unit, const QLocale& locale = QLocale());

// Amounts in tables line up on the right.
inline constexpr Qt::Alignment kAmountAlignment = Qt::AlignRight | Qt::AlignVCenter;

// Parses decimal text in `unit` into base units. Fails like parseAmount (AmountEmpty,
// AmountSyntax, AmountNegative, AmountOverflow) and with AmountTooManyDecimals when the
// text has more decimals than the unit allows.
[[nodiscard]] Result<Amount> parseInUnit(const QString& text, DisplayUnit unit);

}  // namespace wb::ui
