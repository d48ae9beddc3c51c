#include "tests/bench/rpc_orders_bench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>

#include "tests/integration/daemon_process.h"

namespace wb::bench {

RpcOrdersResult measureRpcOrders(std::size_t orders) {
  using wb::integration::Daemon;
  RpcOrdersResult result;
  QTemporaryDir dir;
  Daemon node(dir.path(), "dev-pow");
  if (!node.start({"--dev", "pow", "--dev-clock", "manual"})) {
    result.error = "waybilld did not start: " + node.output().toStdString();
    return result;
  }
  const QJsonArray accounts = node.result("wallet_accounts")["accounts"].toArray();
  if (accounts.size() < 10) {
    result.error = "the dev wallet has no accounts";
    return result;
  }
  auto address = [&](std::size_t i) { return accounts[int(i % 10)]["address"].toString(); };
  // Buyers are accounts 0–4 (they also pay), merchants 5–9.
  auto call = [&](const QString& method, const QJsonObject& params) -> bool {
    ++result.calls;
    const QJsonObject response = node.call(method, params);
    if (response.contains("result")) return true;
    result.error = method.toStdString() + " failed: " +
                   response["error"].toObject()["message"].toString().toStdString();
    return false;
  };
  auto produce = [&] { return call("dev_produce", {{"blocks", 1}}); };

  QElapsedTimer timer;
  timer.start();
  std::vector<QString> ids;
  for (std::size_t i = 0; i < orders; ++i) {
    ++result.calls;
    const QJsonObject created = node.call("order_create", {{"from", address(i % 5)},
                                                           {"merchant", address(5 + i % 5)},
                                                           {"buyer", address(i % 5)},
                                                           {"item", QString("item %1").arg(i)},
                                                           {"quantity", 1},
                                                           {"unit_price", "1.5"}});
    if (!created.contains("result")) {
      result.error = "order_create failed";
      return result;
    }
    ids.push_back(created["result"]["id"].toString());
  }
  if (!produce()) return result;
  for (std::size_t i = 0; i < orders; ++i) {
    if (!call("order_pay", {{"from", address(i % 5)}, {"id", ids[i]}})) return result;
  }
  if (!produce()) return result;
  for (std::size_t i = 0; i < orders; ++i) {
    if (!call("order_ship", {{"from", address(5 + i % 5)}, {"id", ids[i]}, {"tracking", "SF123"}})) return result;
  }
  if (!produce()) return result;
  for (std::size_t i = 0; i < orders; ++i) {
    if (!call("order_confirm", {{"from", address(i % 5)}, {"id", ids[i]}})) return result;
  }
  if (!produce()) return result;
  result.seconds = double(timer.nsecsElapsed()) / 1e9;
  // Every order must have completed, or the figure means nothing.
  for (const QString& id : {ids.front(), ids.back()}) {
    if (node.result("order_get", {{"id", id}})["status"].toString() != "COMPLETED") {
      result.error = "an order did not complete";
      return result;
    }
  }
  result.orders = orders;
  return result;
}

}  // namespace wb::bench
