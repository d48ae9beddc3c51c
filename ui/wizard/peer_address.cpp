#include "ui/wizard/peer_address.h"

#include <QRegularExpression>

#include "chain/address/endpoint_errc.h"
#include "chain/address/host_port.h"

namespace wb::ui {

Status checkPeerAddress(const QString& text) {
  net::HostPortRules rules;
  // IP addresses only: the node dials addresses and never blocks on a DNS lookup,
  // so a name here would only fail later, when the node starts.
  rules.allowHostNames = false;
  rules.allowLocalhost = true;
  auto parsed = net::parseHostPortText(text.toStdString(), rules);
  if (!parsed) return fail(EndpointErrc::BadAddress, "peer " + parsed.error().message);
  return {};
}

Result<QStringList> parsePeerList(const QString& text) {
  static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
  QStringList peers = text.split(separators, Qt::SkipEmptyParts);
  for (const QString& peer : peers) WB_TRY(checkPeerAddress(peer));
  return peers;
}

}  // namespace wb::ui
