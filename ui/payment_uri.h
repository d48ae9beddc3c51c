// `waybill:` payment URIs (DESIGN §8), shaped like BIP21:
//   waybill:<address>?amount=<WBL>&order=<order id hex>&label=<percent-encoded UTF-8>
// Every parameter is optional. The amount is exact decimal WBL (chain/core/amount.h);
// the order id is 64 hex digits. Unknown parameters are ignored unless they start with
// "req-" (a requirement the reader does not understand), as BIP21 says.
#pragma once

#include <QString>
#include <optional>
#include <string>
#include <string_view>

#include "chain/core/amount.h"
#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/core/ids.h"

namespace wb::ui {

inline constexpr int kMaxUriLabelBytes = 128;

// What a payment URI asks for.
struct PaymentRequest {
  std::string address;           // bech32m account address
  std::optional<Amount> amount;  // base units
  std::optional<OrderId> order;  // the order this pays
  QString label;                 // who asks (shop name, …)
};

// The URI text of `request`. The caller passes a valid address; an empty label is left out.
QString buildPaymentUri(const PaymentRequest& request);

// Parses `uri` for the network whose addresses use `hrp`. Fails with DecodeBadValue
// (wrong scheme, malformed or repeated parameter, unknown "req-" parameter, label too
// long or not UTF-8), the address's error (Address*), the amount's error (Amount*, and
// AmountZero for 0) or DecodeBadHex for the order id.
[[nodiscard]] Result<PaymentRequest> parsePaymentUri(const QString& uri, std::string_view hrp);

}  // namespace wb::ui
