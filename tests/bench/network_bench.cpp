#include "tests/bench/network_bench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include "tests/integration/daemon_process.h"

namespace wb::bench {
namespace {

using wb::integration::Daemon;

constexpr qint64 kWaitMs = 60'000;  // for any one block to reach every node

struct NetNode {
  QTemporaryDir dir;
  std::unique_ptr<Daemon> daemon;
  QString listen;  // 127.0.0.x:port
  QStringList args;
};

QString tipOf(Daemon& daemon) { return daemon.call("node_info")["result"].toObject()["tip"].toString(); }

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(std::ceil(p * static_cast<double>(values.size())));
  return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

// Polls the tips of `which` nodes until every one is `hash`; returns the ms
// (on `since`) at which the last one was seen there, or -1 after kWaitMs.
double waitForTip(std::vector<std::unique_ptr<NetNode>>& nodes, const std::vector<std::size_t>& which,
                  const QString& hash, const QElapsedTimer& since) {
  std::vector<bool> there(nodes.size(), false);
  std::size_t count = 0;
  double last = 0;
  while (since.elapsed() < kWaitMs) {
    for (std::size_t i : which) {
      if (there[i] || tipOf(*nodes[i]->daemon) != hash) continue;
      there[i] = true;
      ++count;
      last = static_cast<double>(since.nsecsElapsed()) / 1e6;
    }
    if (count == which.size()) return last;
  }
  return -1;
}

std::vector<std::size_t> range(std::size_t from, std::size_t to) {
  std::vector<std::size_t> out;
  for (std::size_t i = from; i < to; ++i) out.push_back(i);
  return out;
}

}  // namespace

NetworkResult measureNetwork(const NetworkOptions& options) {
  NetworkResult result;
  const QString consensus = QString::fromStdString(options.consensus);
  const QString network = "dev-" + consensus;
  QRandomGenerator random(static_cast<quint32>(options.seed));
  std::vector<std::unique_ptr<NetNode>> nodes;
  const auto fail = [&](const std::string& what, std::size_t i) {
    result.error = what + " (node " + std::to_string(i + 1) + ")";
    if (i < nodes.size() && nodes[i]->daemon)
      result.error += ": " + nodes[i]->daemon->output().right(400).toStdString();
    return result;
  };

  // Node 1 runs the dev network and makes the blocks; node i (i > 1) dials a
  // random earlier node, so the graph is connected, and sometimes one more.
  for (std::size_t i = 0; i < options.nodes; ++i) {
    auto node = std::make_unique<NetNode>();
    node->listen = QString("127.0.0.%1:%2").arg(i + 1).arg(wb::integration::freePort());
    node->daemon = std::make_unique<Daemon>(node->dir.path(), network);
    if (i == 0) {
      node->args = {"--dev", consensus, "--dev-clock", "manual", "--listen", node->listen};
    } else {
      node->args = {"--genesis", nodes[0]->daemon->genesisPath(), "--listen", node->listen};
      std::vector<std::size_t> targets{random.bounded(static_cast<quint32>(i))};
      if (i > 1 && random.bounded(2) == 1) {
        const std::size_t extra = random.bounded(static_cast<quint32>(i));
        if (extra != targets[0]) targets.push_back(extra);
      }
      for (std::size_t t : targets) node->args << "--connect" << nodes[t]->listen;
      result.links += targets.size();
    }
    nodes.push_back(std::move(node));
    if (!nodes.back()->daemon->start(nodes.back()->args)) return fail("waybilld did not start", i);
  }
  Daemon& producer = *nodes[0]->daemon;
  const auto produce = [&]() -> QString {
    const QJsonArray hashes = producer.call("dev_produce", {{"blocks", 1}})["result"].toObject()["hashes"].toArray();
    return hashes.isEmpty() ? QString() : hashes[0].toString();
  };
  const std::vector<std::size_t> everyone = range(0, options.nodes);

  // A first block, untimed: every connection is up once it is everywhere.
  QElapsedTimer timer;
  QString hash = produce();
  timer.start();
  if (hash.isEmpty()) return fail("dev_produce failed", 0);
  if (waitForTip(nodes, everyone, hash, timer) < 0) return fail("the first block did not reach every node", 0);

  std::vector<double> samples;
  for (std::size_t b = 0; b < options.blocks; ++b) {
    hash = produce();
    timer.start();
    if (hash.isEmpty()) return fail("dev_produce failed", 0);
    const double ms = waitForTip(nodes, everyone, hash, timer);
    if (ms < 0) return fail("block " + std::to_string(b + 2) + " did not reach every node", 0);
    samples.push_back(ms);
  }
  result.p50Ms = percentile(samples, 0.50);
  result.p95Ms = percentile(samples, 0.95);
  result.maxMs = percentile(samples, 1.0);
  result.blocks = samples.size();

  // Partition: the second half goes down while the first half goes on.
  const std::size_t half = std::max<std::size_t>(1, options.nodes / 2);
  for (std::size_t i = half; i < options.nodes; ++i) nodes[i]->daemon->stop();
  for (std::size_t b = 0; b < options.partitionBlocks; ++b) {
    hash = produce();
    if (hash.isEmpty()) return fail("dev_produce failed", 0);
  }
  timer.start();
  if (waitForTip(nodes, range(0, half), hash, timer) < 0) return fail("the first half did not follow", 0);
  // Heal: the second half comes back (in the order it joined, to the same
  // peers); the time counts from the first restart, process starts included.
  timer.start();
  for (std::size_t i = half; i < options.nodes; ++i) {
    if (!nodes[i]->daemon->start(nodes[i]->args)) return fail("waybilld did not restart", i);
  }
  result.restartMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  result.convergeMs = waitForTip(nodes, everyone, hash, timer);
  if (result.convergeMs < 0) return fail("the network did not converge after the partition", 0);
  result.nodes = options.nodes;
  return result;
}

}  // namespace wb::bench
