// Shared by the node suites: dev genesis files for the test accounts, node
// configurations, signed transactions, work run on a node's thread, and a
// WebSocket subscriber to a node's RPC events.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>
#include <QtTest>
#include <chrono>
#include <memory>
#include <optional>

#include "chain/core/genesis.h"
#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/node/node_runner.h"
#include "tests/support/test_chain.h"

namespace wb::nodetest {

inline std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

// Runs `work` on the node's thread and waits for it (tests only: the GUI never waits).
template <class F>
auto onNode(node::NodeRunner& runner, F work) {
  using R = decltype(work(*runner.node()));
  std::optional<R> out;
  QMetaObject::invokeMethod(
      runner.node(), [&] { out.emplace(work(*runner.node())); }, Qt::BlockingQueuedConnection);
  return std::move(*out);
}

// The ten dev accounts' stand-ins (fixed test keys) and what nodes of their
// networks are built from.
class DevKit {
public:
  DevKit() : accounts_(ctx_, kDevAccounts) {}

  const SecpContext& ctx() const { return ctx_; }
  const testsupport::TestAccounts& accounts() const { return accounts_; }

  // A dev network of `kind` created at `time`, funding the test accounts.
  GenesisFile devGenesis(ConsensusKind kind, std::uint64_t time) const {
    std::array<AccountKey, kDevAccounts> keys{};
    for (std::size_t i = 0; i < kDevAccounts; ++i) keys[i] = accounts_.key(i);
    auto file = makeDevGenesis(kind, time, keys);
    if (!file) qFatal("makeDevGenesis: %s", file.error().message.c_str());
    return *file;
  }

  // A node in `dir` listening on an OS-chosen loopback port; with `producer`,
  // it may produce with every test account.
  node::NodeConfig config(const QString& dir, const GenesisFile& genesis, bool producer) const {
    node::NodeConfig c;
    c.dataDir = dir;
    c.genesis = genesis;
    c.listen = net::HostPort{QHostAddress(QHostAddress::LocalHost), 0};
    if (producer) {
      for (std::size_t i = 0; i < kDevAccounts; ++i) c.producers.push_back({accounts_.key(i), &accounts_.secret(i)});
    }
    return c;
  }

  // The same with the dev clock driven by hand: blocks come only from devProduce.
  node::NodeConfig manualConfig(const QString& dir, const GenesisFile& genesis, bool producer = true) const {
    node::NodeConfig c = config(dir, genesis, producer);
    c.manualClock = true;
    return c;
  }

  // `payload` from account `from` with `nonce` and the minimum fee, signed.
  Tx signedTx(const ChainParams& params, std::size_t from, std::uint64_t nonce, TxPayload payload) const {
    Tx tx;
    tx.sender = accounts_.key(from);
    tx.nonce = nonce;
    tx.payload = std::move(payload);
    tx.fee = minimumFee(encodedTxSize(tx), params).value();
    if (!signTx(ctx_, accounts_.secret(from), params.genesisHash, tx)) qFatal("signTx failed");
    return tx;
  }

  // A transfer of 1 WBL from account `from` to account `to`.
  Tx transfer(const ChainParams& params, std::size_t from, std::size_t to, std::uint64_t nonce) const {
    return signedTx(params, from, nonce, TransferPayload{accounts_.key(to), kCoin, "test"});
  }

private:
  SecpContext ctx_;
  testsupport::TestAccounts accounts_;
};

// A WebSocket client of a node's RPC (/ws) that keeps every message it gets.
class EventSocket {
public:
  // Connects to 127.0.0.1:`port` with the cookie in `networkDir`; false if that fails.
  bool open(quint16 port, const QString& networkDir) {
    QFile cookie(QDir(networkDir).filePath("rpc.cookie"));
    if (!cookie.open(QIODevice::ReadOnly)) return false;
    QNetworkRequest request(QUrl(QString("ws://127.0.0.1:%1/ws").arg(port)));
    request.setRawHeader("Authorization", "Basic " + cookie.readAll().trimmed().toBase64());
    QObject::connect(&socket_, &QWebSocket::textMessageReceived, &socket_,
                     [this](const QString& text) { messages_ << QJsonDocument::fromJson(text.toUtf8()).object(); });
    socket_.open(request);
    return QTest::qWaitFor([&] { return socket_.state() == QAbstractSocket::ConnectedState; }, 5000);
  }
  // Subscribes to `topic` (with optional filter params); true once confirmed.
  bool subscribe(const QString& topic, QJsonObject params = {}) {
    params["topic"] = topic;
    const qint64 id = ++lastId_;
    socket_.sendTextMessage(
        QJsonDocument(QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"method", "subscribe"}, {"params", params}})
            .toJson(QJsonDocument::Compact));
    return QTest::qWaitFor(
        [&] {
          for (const QJsonObject& m : messages_) {
            if (m["id"].toInteger() == id && m.contains("result")) return true;
          }
          return false;
        },
        5000);
  }
  // True once a `method` event with params[key] == value has arrived.
  bool seen(const QString& method, const QString& key, const QJsonValue& value) const {
    for (const QJsonObject& params : events(method)) {
      if (params[key] == value) return true;
    }
    return false;
  }
  // The params of every `method` event received so far, oldest first.
  QList<QJsonObject> events(const QString& method) const {
    QList<QJsonObject> out;
    for (const QJsonObject& m : messages_) {
      if (m["method"] == method) out << m["params"].toObject();
    }
    return out;
  }

private:
  QWebSocket socket_;
  QList<QJsonObject> messages_;
  qint64 lastId_ = 0;
};

}  // namespace wb::nodetest
