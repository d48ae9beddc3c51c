#include "chain/rpc/rpc_subscriptions.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <algorithm>
#include <limits>

#include "chain/core/bech32m.h"
#include "chain/rpc/rpc_dispatcher.h"
#include "chain/rpc/rpc_errc.h"
#include "chain/rpc/rpc_params.h"

namespace wb::rpc {

namespace {

QString hexOf(const Hash32& hash) { return QString::fromStdString(toHex(hash)); }

}  // namespace

std::string_view topicName(RpcTopic topic) {
  switch (topic) {
    case RpcTopic::NewBlock:
      return "new_block";
    case RpcTopic::OrderUpdate:
      return "order_update";
    case RpcTopic::TxStatus:
      return "tx_status";
  }
  return "unknown";
}

// One WebSocket client: its socket, its subscriptions, its own small
// dispatcher (subscribe/unsubscribe), and the bytes it has not read yet.
class RpcSubscriptions::Client : public QObject {
public:
  struct Subscription {
    RpcTopic topic;
    QString filter;  // empty: every event of the topic
  };

  Client(std::unique_ptr<QWebSocket> socketIn, QObject* parent) : QObject(parent), socket(socketIn.release()) {
    socket->setParent(this);
  }

  QWebSocket* socket;
  RpcDispatcher dispatcher;
  bool dropped = false;
  QHash<qint64, Subscription> subscriptions;
  qint64 nextSubscription = 1;
  qint64 queuedBytes = 0;
};

RpcSubscriptions::RpcSubscriptions(Authorizer authorizer, std::string hrp, qint64 maxQueueBytes, QObject* parent)
    : QObject(parent), authorizer_(std::move(authorizer)), hrp_(std::move(hrp)), maxQueueBytes_(maxQueueBytes) {}

RpcSubscriptions::~RpcSubscriptions() = default;

void RpcSubscriptions::addClient(std::unique_ptr<QWebSocket> socket) {
  if (socket->requestUrl().path() != QStringLiteral("/ws") ||
      !authorizer_(socket->request().rawHeader("Authorization"))) {
    QWebSocket* refused = socket.release();
    connect(refused, &QWebSocket::disconnected, refused, &QObject::deleteLater);
    refused->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unauthorized"));
    return;
  }
  auto* client = new Client(std::move(socket), this);
  clients_.append(client);
  connect(client, &QObject::destroyed, this, [this, client] { clients_.removeOne(client); });
  client->socket->setMaxAllowedIncomingMessageSize(kMaxWebSocketMessageBytes);
  client->socket->setMaxAllowedIncomingFrameSize(kMaxWebSocketMessageBytes);

  const Status subscribe = client->dispatcher.registerSyncMethod(
      QStringLiteral("subscribe"), [this, client](const QJsonObject& object) -> Result<QJsonValue> {
        RpcParams params(object);
        const auto topic = params.requiredEnum("topic", {"new_block", "order_update", "tx_status"});
        WB_TRY(topic);
        Client::Subscription subscription{RpcTopic(*topic), QString()};
        if (subscription.topic == RpcTopic::OrderUpdate) {
          const auto id = params.optionalHash("id");
          WB_TRY(id);
          if (*id) subscription.filter = hexOf(**id);
        } else if (subscription.topic == RpcTopic::TxStatus) {
          const auto txid = params.optionalHash("txid");
          WB_TRY(txid);
          const auto address = params.optionalAddress("address", hrp_);
          WB_TRY(address);
          if (*txid && *address) return invalidParam("txid", "cannot be combined with 'address'");
          if (*txid) subscription.filter = hexOf(**txid);
          if (*address) subscription.filter = QString::fromStdString(encodeAddress(hrp_, **address));
        }
        WB_TRY(params.finish());
        if (client->subscriptions.size() >= kMaxSubscriptionsPerClient)
          return invalidParam("topic", "exceeds " + std::to_string(kMaxSubscriptionsPerClient) + " subscriptions");
        const qint64 id = client->nextSubscription++;
        client->subscriptions.insert(id, subscription);
        return QJsonValue(QJsonObject{{QStringLiteral("subscription"), id}});
      });
  const Status unsubscribe = client->dispatcher.registerSyncMethod(
      QStringLiteral("unsubscribe"), [client](const QJsonObject& object) -> Result<QJsonValue> {
        RpcParams params(object);
        const auto id = params.requiredInteger("subscription", 1, std::numeric_limits<qint64>::max());
        WB_TRY(id);
        WB_TRY(params.finish());
        if (client->subscriptions.remove(*id) == 0)
          return fail(RpcErrc::NotFound, "no subscription " + std::to_string(*id));
        return QJsonValue(true);
      });
  Q_ASSERT(subscribe.ok() && unsubscribe.ok());

  auto onMessage = [this, client](const QByteArray& message) {
    client->dispatcher.dispatch(message, [this, client](std::optional<QByteArray> response) {
      if (response) send(client, *response);
    });
  };
  connect(client->socket, &QWebSocket::textMessageReceived, client,
          [onMessage](const QString& text) { onMessage(text.toUtf8()); });
  connect(client->socket, &QWebSocket::binaryMessageReceived, client, onMessage);
  connect(client->socket, &QWebSocket::bytesWritten, client,
          [client](qint64 written) { client->queuedBytes = std::max<qint64>(0, client->queuedBytes - written); });
  connect(client->socket, &QWebSocket::disconnected, client, &QObject::deleteLater);
}

void RpcSubscriptions::publish(RpcTopic topic, const QJsonObject& params, const QStringList& filterKeys) {
  const QByteArray message = QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                       {QStringLiteral("method"), QString::fromUtf8(topicName(topic))},
                                                       {QStringLiteral("params"), params}})
                                 .toJson(QJsonDocument::Compact);
  for (Client* client : std::as_const(clients_)) {
    for (const Client::Subscription& subscription : std::as_const(client->subscriptions)) {
      if (subscription.topic == topic && (subscription.filter.isEmpty() || filterKeys.contains(subscription.filter))) {
        send(client, message);
        break;
      }
    }
  }
}

void RpcSubscriptions::send(Client* client, const QByteArray& message) {
  if (client->dropped || client->socket->state() != QAbstractSocket::ConnectedState) return;
  if (client->queuedBytes + message.size() > maxQueueBytes_) return drop(client);
  client->queuedBytes += message.size();
  client->socket->sendTextMessage(QString::fromUtf8(message));
}

void RpcSubscriptions::drop(Client* client) {
  // A slow reader must not make the node buffer without limit: cut it off.
  client->dropped = true;
  client->subscriptions.clear();
  client->socket->abort();
  client->deleteLater();
}

int RpcSubscriptions::clientCount() const {
  return int(std::count_if(clients_.cbegin(), clients_.cend(), [](const Client* client) { return !client->dropped; }));
}

void RpcSubscriptions::closeAll() {
  for (Client* client : std::as_const(clients_)) {
    client->dropped = true;
    client->subscriptions.clear();
    client->socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server stopping"));
    client->deleteLater();
  }
}

}  // namespace wb::rpc
