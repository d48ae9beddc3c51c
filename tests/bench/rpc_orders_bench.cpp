#include "tests/bench/rpc_orders_bench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <algorithm>
#include <functional>
#include <thread>

#include "tests/integration/daemon_process.h"
#include "tests/integration/rpc_connection.h"

namespace wb::bench {
namespace {

using integration::RpcConnection;

constexpr int kBatchSize = 250;  // requests per JSON-RPC batch (≈ 80 KB, well under the 1 MiB body limit)
constexpr int kConnections = 4;  // the "parallel" mode

struct Request {
  QString method;
  QJsonObject params;
};

// Sends a wave of requests one way and returns each one's result, or an error.
using Sender = std::function<bool(const std::vector<Request>&, std::vector<QJsonObject>&, std::string&)>;

bool checked(const QJsonObject& response, const QString& method, QJsonObject& result, std::string& error) {
  if (response.contains("result")) {
    result = response["result"].toObject();
    return true;
  }
  error = method.toStdString() + " failed: " +
          (response.isEmpty() ? std::string("no answer")
                              : response["error"].toObject()["message"].toString().toStdString());
  return false;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(p * double(values.size() - 1) + 0.5);
  return values[std::min(at, values.size() - 1)];
}

}  // namespace

RpcOrdersResult measureRpcOrders(std::size_t orders) {
  using wb::integration::Daemon;
  RpcOrdersResult result;
  QTemporaryDir dir;
  Daemon node(dir.path(), "dev-pow");
  if (!node.start({"--dev", "pow", "--dev-clock", "manual"})) {
    result.error = "waybilld did not start: " + node.output().toStdString();
    return result;
  }
  RpcConnection main(node.rpcPort(), node.cookie());
  const QJsonArray accounts = main.call("wallet_accounts")["result"].toObject()["accounts"].toArray();
  if (accounts.size() < 10) {
    result.error = "the dev wallet has no accounts";
    return result;
  }
  auto address = [&](std::size_t i) { return accounts[int(i % 10)]["address"].toString(); };
  std::vector<double> createMs;

  // One call at a time on one keep-alive connection; order_create latencies kept.
  Sender single = [&](const std::vector<Request>& wave, std::vector<QJsonObject>& out, std::string& error) {
    for (std::size_t i = 0; i < wave.size(); ++i) {
      QElapsedTimer timer;
      timer.start();
      const QJsonObject response = main.call(wave[i].method, wave[i].params);
      if (wave[i].method == "order_create") createMs.push_back(double(timer.nsecsElapsed()) / 1e6);
      if (!checked(response, wave[i].method, out[i], error)) return false;
    }
    return true;
  };
  Sender batch = [&](const std::vector<Request>& wave, std::vector<QJsonObject>& out, std::string& error) {
    for (std::size_t first = 0; first < wave.size(); first += kBatchSize) {
      QJsonArray requests;
      const std::size_t end = std::min(wave.size(), first + kBatchSize);
      for (std::size_t i = first; i < end; ++i)
        requests.append(QJsonObject{{"method", wave[i].method}, {"params", wave[i].params}});
      const QJsonArray answers = main.batch(requests);
      for (std::size_t i = first; i < end; ++i)
        if (!checked(answers[int(i - first)].toObject(), wave[i].method, out[i], error)) return false;
    }
    return true;
  };
  Sender parallel = [&](const std::vector<Request>& wave, std::vector<QJsonObject>& out, std::string& error) {
    std::vector<std::string> errors(kConnections);
    std::vector<std::thread> threads;
    for (int c = 0; c < kConnections; ++c) {
      threads.emplace_back([&, c] {
        RpcConnection connection(node.rpcPort(), node.cookie());
        for (std::size_t i = std::size_t(c); i < wave.size(); i += kConnections)
          if (!checked(connection.call(wave[i].method, wave[i].params), wave[i].method, out[i], errors[c])) return;
      });
    }
    for (auto& t : threads) t.join();
    for (const std::string& e : errors)
      if (!e.empty()) error = e;
    return error.empty();
  };

  auto runMode = [&](const std::string& name, const Sender& send) -> bool {
    std::string error;
    auto wave = [&](std::vector<Request> requests, std::vector<QJsonObject>& out) {
      out.assign(requests.size(), QJsonObject());
      result.calls += requests.size() + 1;
      if (!send(requests, out, error)) return false;
      std::vector<QJsonObject> produced(1);
      return checked(main.call("dev_produce", {{"blocks", 1}}), "dev_produce", produced[0], error);
    };
    QElapsedTimer timer;
    timer.start();
    std::vector<Request> creates, pays, ships, confirms;
    for (std::size_t i = 0; i < orders; ++i) {
      creates.push_back({"order_create",
                         {{"from", address(i % 5)},
                          {"merchant", address(5 + i % 5)},
                          {"buyer", address(i % 5)},
                          {"item", QString("%1 item %2").arg(QString::fromStdString(name)).arg(i)},
                          {"quantity", 1},
                          {"unit_price", "1.5"}}});
    }
    std::vector<QJsonObject> created, ignored;
    bool ok = wave(creates, created);
    for (std::size_t i = 0; ok && i < orders; ++i) {
      const QString id = created[i]["id"].toString();
      pays.push_back({"order_pay", {{"from", address(i % 5)}, {"id", id}}});
      ships.push_back({"order_ship", {{"from", address(5 + i % 5)}, {"id", id}, {"tracking", "SF123"}}});
      confirms.push_back({"order_confirm", {{"from", address(i % 5)}, {"id", id}}});
    }
    ok = ok && wave(pays, ignored) && wave(ships, ignored) && wave(confirms, ignored);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
      result.error = name + ": " + error;
      return false;
    }
    // Every order must have completed, or the figure means nothing.
    for (std::size_t i : {std::size_t(0), orders - 1}) {
      const QJsonObject got = main.call("order_get", {{"id", created[i]["id"]}});
      if (got["result"].toObject()["status"].toString() != "COMPLETED") {
        result.error = name + ": an order did not complete";
        return false;
      }
    }
    result.modes.push_back({name, seconds, double(orders) / seconds});
    result.bestOrdersPerSecond = std::max(result.bestOrdersPerSecond, double(orders) / seconds);
    return true;
  };
  if (!runMode("single", single) || !runMode("batch", batch) || !runMode("parallel", parallel)) return result;
  result.orders = orders;
  result.createP50Ms = percentile(createMs, 0.50);
  result.createP99Ms = percentile(createMs, 0.99);
  return result;
}

}  // namespace wb::bench
