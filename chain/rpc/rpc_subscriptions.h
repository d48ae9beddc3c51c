// WebSocket event subscriptions (DESIGN §7: /ws with new_block, order_update,
// tx_status). Clients send JSON-RPC requests over the socket:
//   {"jsonrpc":"2.0","id":1,"method":"subscribe","params":{"topic":"order_update","id":"<64 hex>"}}
//     → {"result":{"subscription":1}}
//   {"jsonrpc":"2.0","id":2,"method":"unsubscribe","params":{"subscription":1}} → {"result":true}
// and receive notifications {"jsonrpc":"2.0","method":"<topic>","params":{…}}.
// Filters: order_update takes "id" (order id); tx_status takes "txid" or
// "address"; new_block takes none. An event reaches a client once even when
// several of its subscriptions match.
//
// Authentication: the upgrade request must carry the same Basic cookie header
// as HTTP calls (Qt HttpServer 6.4 lets the server refuse an upgrade, so a
// wrong cookie gets 401 and a wrong path 404, see RpcServer). addClient()
// checks path and credentials again and closes a socket that fails them with
// code 1008, so the hub is safe whoever feeds it. There is no in-band "auth"
// message: browsers cannot set the header, but Waybill has no browser client.
//
// Each client has a bounded send queue; a client that does not read fast
// enough to keep it under the limit is disconnected.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QWebSocket>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace wb::rpc {

enum class RpcTopic { NewBlock, OrderUpdate, TxStatus };

// "new_block", "order_update" or "tx_status".
std::string_view topicName(RpcTopic topic);

// Most subscriptions one client may hold.
inline constexpr int kMaxSubscriptionsPerClient = 64;
// Largest message a client may send.
inline constexpr quint64 kMaxWebSocketMessageBytes = 64 * 1024;

class RpcSubscriptions : public QObject {
  Q_OBJECT
public:
  // Decides whether an Authorization header value is valid.
  using Authorizer = std::function<bool(const QByteArray& authorization)>;

  // `hrp`: the network's address prefix, for "address" filters.
  // `maxQueueBytes`: unsent bytes allowed per client before it is dropped.
  RpcSubscriptions(Authorizer authorizer, std::string hrp, qint64 maxQueueBytes, QObject* parent = nullptr);
  ~RpcSubscriptions() override;

  // Takes a freshly upgraded socket: keeps it when its path is /ws and its
  // credentials are right, closes it (1008) otherwise.
  void addClient(std::unique_ptr<QWebSocket> socket);

  // Sends `params` as a `topic` notification to every client with a matching
  // subscription: one without filter, or whose filter is in `filterKeys`
  // (lower-case hex ids and addresses as wb::encodeAddress writes them).
  void publish(RpcTopic topic, const QJsonObject& params, const QStringList& filterKeys = {});

  // Connected, authenticated clients.
  int clientCount() const;

  // Closes every client (server stop).
  void closeAll();

private:
  class Client;
  void send(Client* client, const QByteArray& message);
  void drop(Client* client);

  Authorizer authorizer_;
  std::string hrp_;
  qint64 maxQueueBytes_;
  QList<Client*> clients_;  // children of this object, removed when destroyed
};

}  // namespace wb::rpc
