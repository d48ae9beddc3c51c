// CSV export of orders (DESIGN §8): RFC 4180 text, one header line, then one line
// per order. Amounts are exact decimal WBL strings ("12.5"), never floating point;
// states use their stable ledger names ("PAID") so spreadsheets and scripts can
// rely on them. Free text a spreadsheet would run as a formula (starting with
// = + - @ or a tab/CR) gets a leading apostrophe, as OWASP advises for CSV files.
#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>
#include <vector>

#include "chain/core/error.h"
#include "chain/state/records.h"

namespace wb::ui {

// `text` as one CSV field: quoted when it holds a comma, quote, CR or LF, with
// quotes doubled.
QByteArray csvField(std::string_view text);

// The CSV document (UTF-8, CRLF line ends) of `orders` in the given order, with
// addresses for the network prefix `hrp`.
QByteArray ordersCsv(const std::vector<state::Order>& orders, std::string_view hrp);

// The UTF-8 byte order mark a CSV file starts with: without it Excel and WPS read
// the file in the local code page and garble Chinese item names.
inline const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// Writes kUtf8Bom + ordersCsv(orders, hrp) to `path` atomically (QSaveFile): the
// file is either the complete export or left as it was. Fails with IoError naming the path.
[[nodiscard]] Status writeOrdersCsv(const QString& path, const std::vector<state::Order>& orders, std::string_view hrp);

}  // namespace wb::ui
