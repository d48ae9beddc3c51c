#include "ui/payment_uri.h"

#include <QStringDecoder>
#include <QUrl>
#include <set>

#include "chain/core/bech32m.h"
#include "chain/core/core_errc.h"

namespace wb::ui {

namespace {

const QString kScheme = QStringLiteral("waybill:");

Error badUri(const std::string& why) { return fail(CoreErrc::DecodeBadValue, "payment URI: " + why); }

// Percent-decodes `text` and checks the bytes are UTF-8.
Result<QString> decodeComponent(const QString& text) {
  const QByteArray bytes = QByteArray::fromPercentEncoding(text.toLatin1());
  QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
  QString decoded = decoder(bytes);
  if (decoder.hasError()) return badUri("a parameter is not valid UTF-8");
  return decoded;
}

}  // namespace

QString buildPaymentUri(const PaymentRequest& request) {
  QStringList params;
  if (request.amount) params << QStringLiteral("amount=") + QString::fromStdString(formatAmount(*request.amount));
  if (request.order) params << QStringLiteral("order=") + QString::fromStdString(toHex(*request.order));
  if (!request.label.isEmpty()) {
    params << QStringLiteral("label=") + QString::fromLatin1(QUrl::toPercentEncoding(request.label));
  }
  QString uri = kScheme + QString::fromStdString(request.address);
  if (!params.isEmpty()) uri += QLatin1Char('?') + params.join(QLatin1Char('&'));
  return uri;
}

Result<PaymentRequest> parsePaymentUri(const QString& uri, std::string_view hrp) {
  if (!uri.startsWith(kScheme, Qt::CaseInsensitive)) return badUri("it does not start with \"waybill:\"");
  // Only printable ASCII is allowed: anything else must be percent-encoded.
  for (const QChar c : uri) {
    if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
      return badUri("it contains a space or a character that is not encoded");
  }
  const QString rest = uri.mid(kScheme.size());
  const qsizetype query = rest.indexOf(QLatin1Char('?'));
  const QString address = query < 0 ? rest : rest.left(query);

  PaymentRequest request;
  WB_TRY_ASSIGN(key, decodeAddress(hrp, address.toStdString()));
  request.address = address.toStdString();
  if (query < 0) return request;

  std::set<QString> seen;
  for (const QString& param : rest.mid(query + 1).split(QLatin1Char('&'))) {
    const qsizetype eq = param.indexOf(QLatin1Char('='));
    if (eq <= 0) return badUri("malformed parameter \"" + param.toStdString() + "\"");
    const QString name = param.left(eq);
    const QString value = param.mid(eq + 1);
    if (!seen.insert(name).second) return badUri("parameter \"" + name.toStdString() + "\" appears twice");
    if (name == QLatin1String("amount")) {
      WB_TRY_ASSIGN(amount, parseAmount(value.toStdString()));
      if (*amount == 0) return fail(CoreErrc::AmountZero, "payment URI: the amount is zero");
      request.amount = *amount;
    } else if (name == QLatin1String("order")) {
      WB_TRY_ASSIGN(order, hash32FromHex(value.toStdString()));
      request.order = OrderId{*order};
    } else if (name == QLatin1String("label")) {
      WB_TRY_ASSIGN(label, decodeComponent(value));
      if (label->toUtf8().size() > kMaxUriLabelBytes) return badUri("the label is too long");
      request.label = *label;
    } else if (name.startsWith(QLatin1String("req-"))) {
      return badUri("required parameter \"" + name.toStdString() + "\" is not supported");
    }
  }
  return request;
}

}  // namespace wb::ui
