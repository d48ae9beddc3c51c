#include "ui/orders/order_csv.h"

#include <QSaveFile>
#include <string>

#include "chain/core/amount.h"
#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"

namespace wb::ui {
namespace {

constexpr std::string_view kHeader =
    "id,created_height,state,item,quantity,unit_price,total,merchant,buyer,arbiter,payer,escrow,"
    "released_to_merchant,returned_to_payer,deadline_height,paid_height,shipped_height,disputed_height,"
    "closed_height,reason";

// Text a person typed: defuse spreadsheet formulas, then quote.
QByteArray textField(const std::string& text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
    return csvField("'" + text);
  }
  return csvField(text);
}

QByteArray number(std::uint64_t value) { return QByteArray::number(static_cast<qulonglong>(value)); }

QByteArray amount(Amount units) { return QByteArray::fromStdString(formatAmount(units)); }

QByteArray address(std::string_view hrp, const AccountKey& key) {
  return isZero(key) ? QByteArray() : QByteArray::fromStdString(encodeAddress(hrp, key));
}

}  // namespace

QByteArray csvField(std::string_view text) {
  const QByteArray raw(text.data(), static_cast<qsizetype>(text.size()));
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return raw;
  QByteArray quoted = raw;
  quoted.replace("\"", "\"\"");
  return '"' + quoted + '"';
}

QByteArray ordersCsv(const std::vector<state::Order>& orders, std::string_view hrp) {
  QByteArray out(kHeader.data(), static_cast<qsizetype>(kHeader.size()));
  out += "\r\n";
  for (const state::Order& o : orders) {
    const QByteArray fields[] = {
        QByteArray::fromStdString(toHex(o.id)),
        number(o.createdHeight),
        QByteArray::fromStdString(std::string(state::orderStatusName(o.status))),
        textField(o.item),
        number(o.quantity),
        amount(o.unitPrice),
        amount(o.total()),
        address(hrp, o.merchant),
        address(hrp, o.buyer),
        address(hrp, o.arbiter),
        address(hrp, o.payer),
        amount(o.escrow),
        amount(o.releasedToMerchant),
        amount(o.returnedToPayer),
        o.deadline == 0 ? QByteArray() : number(o.deadline),
        o.paidHeight == 0 ? QByteArray() : number(o.paidHeight),
        o.shippedHeight == 0 ? QByteArray() : number(o.shippedHeight),
        o.disputedHeight == 0 ? QByteArray() : number(o.disputedHeight),
        o.closedHeight == 0 ? QByteArray() : number(o.closedHeight),
        textField(o.reason),
    };
    bool first = true;
    for (const QByteArray& field : fields) {
      if (!first) out += ',';
      out += field;
      first = false;
    }
    out += "\r\n";
  }
  return out;
}

Status writeOrdersCsv(const QString& path, const std::vector<state::Order>& orders, std::string_view hrp) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    return fail(CoreErrc::IoError, "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
  }
  const QByteArray csv = kUtf8Bom + ordersCsv(orders, hrp);
  if (file.write(csv) != csv.size() || !file.commit()) {
    return fail(CoreErrc::IoError, "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
  }
  return {};
}

}  // namespace wb::ui
