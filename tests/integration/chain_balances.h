// Balances as a daemon's chain says they should be, for the integration suites
// that move money (links waybill_core for exact amount parsing).
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

#include "chain/core/amount.h"
#include "tests/integration/daemon_process.h"

namespace wb::integration {

inline Amount amountOf(const QJsonValue& text) {
  auto parsed = parseAmount(text.toString().toStdString());
  if (!parsed) qFatal("bad amount '%s'", qPrintable(text.toString()));
  return *parsed;
}

inline QJsonObject readJson(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(file.readAll()).object();
}

// Each account's balance as the chain's blocks say it should be: genesis
// balance − fees − payments + rewards and fees earned as producer + what
// completed orders released to their merchant (known from order_get).
inline std::map<QString, Amount> expectedBalances(Daemon& node, const QJsonObject& genesis) {
  std::map<QString, Amount> balance;
  for (const QJsonValue& a : genesis["allocations"].toArray()) {
    balance[a["address"].toString()] = amountOf(a["balance"]);
  }
  const Amount reward = amountOf(genesis["block_reward"]);
  const qint64 height = node.result("node_info")["height"].toInteger();
  for (qint64 h = 1; h <= height; ++h) {
    const QJsonObject block = node.result("chain_block", {{"height", h}, {"txs", true}}).toObject();
    const QString producer = block["producer"].toString();
    balance[producer] += reward;
    for (const QJsonValue& t : block["txs"].toArray()) {
      const QJsonObject tx = t.toObject();
      const Amount fee = amountOf(tx["fee"]);
      balance[tx["sender"].toString()] -= fee;
      balance[producer] += fee;
      const QString kind = tx["kind"].toString();
      if (kind == "order_pay") balance[tx["sender"].toString()] -= amountOf(tx["amount"]);
      if (kind == "transfer") {
        balance[tx["sender"].toString()] -= amountOf(tx["amount"]);
        balance[tx["to"].toString()] += amountOf(tx["amount"]);
      }
      if (kind == "order_confirm") {
        const QJsonObject order = node.result("order_get", {{"id", tx["order"]}}).toObject();
        balance[order["merchant"].toString()] += amountOf(order["released_to_merchant"]);
      }
    }
  }
  return balance;
}

}  // namespace wb::integration
