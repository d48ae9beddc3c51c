#include "ui/wizard/peer_address.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace wb::ui {

namespace {

Error badPeer(const QString& text, const std::string& why) {
  return fail(Errc::NetBadAddress, "peer \"" + text.toStdString() + "\": " + why);
}

bool isHostName(const QString& host) {
  // RFC 1123 labels: letters, digits and inner hyphens, up to 63 characters each.
  static const QRegularExpression name(
      QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
  return name.match(host).hasMatch();
}

}  // namespace

Status checkPeerAddress(const QString& text) {
  const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
  if (colon <= 0) return badPeer(text, "expected host:port");
  QString host = text.left(colon);
  const QString portText = text.mid(colon + 1);
  bool ok = false;
  const uint port = portText.toUInt(&ok);
  if (!ok || port < 1 || port > 65535 || portText.startsWith(QLatin1Char('+'))) {
    return badPeer(text, "the port must be a number from 1 to 65535");
  }
  if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
    host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol) {
      return badPeer(text, "not a valid IPv6 address");
    }
    return {};
  }
  if (host.contains(QLatin1Char(':'))) return badPeer(text, "write IPv6 addresses in brackets, e.g. [::1]:9333");
  static const QRegularExpression dotted(QStringLiteral("^[0-9.]+$"));
  if (dotted.match(host).hasMatch()) {
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv4Protocol) {
      return badPeer(text, "not a valid IPv4 address");
    }
    return {};
  }
  if (!isHostName(host)) return badPeer(text, "not a valid host name or IP address");
  return {};
}

Result<QStringList> parsePeerList(const QString& text) {
  static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
  QStringList peers = text.split(separators, Qt::SkipEmptyParts);
  for (const QString& peer : peers) WB_TRY(checkPeerAddress(peer));
  return peers;
}

}  // namespace wb::ui
