// Helpers shared by the integration suites (Qt Test only; the bench uses
// daemon_process.h alone).
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>
#include <vector>

#include "tests/integration/daemon_process.h"

namespace wb::integration {

// Polls `done` every `pollMs` while the event loop runs, for at most `ms`.
inline bool waitUntil(const std::function<bool()>& done, int ms, int pollMs = 200) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    if (done()) return true;
    QTest::qWait(pollMs);
  }
  return done();
}

// The hash of `node`'s main-chain block at `height` ("" when it has none).
inline QString blockHashAt(Daemon& node, qint64 height) {
  return node.call("chain_block", {{"height", height}})["result"].toObject()["hash"].toString();
}

// One line of what `node` (number `index`) says of itself: height, LIB, peers,
// sync state and tip, for a failing check's message.
inline QString describeNode(int index, Daemon& node) {
  const QJsonObject info = node.call("node_info")["result"].toObject();
  return QString("node %1: height %2 lib %3 peers %4 syncing %5 tip %6\n")
      .arg(index)
      .arg(info["height"].toInteger())
      .arg(info["lib"].toInteger())
      .arg(info["peers"].toInteger())
      .arg(info["syncing"].toBool())
      .arg(info["tip"].toString().left(12));
}

// One process of a multi-node suite, in a data directory of its own.
struct NetNode {
  QTemporaryDir dir;
  std::unique_ptr<Daemon> daemon;
  QString listen;    // 127.0.0.x:port, when it listens
  QStringList args;  // how it was started
};
using NetNodes = std::vector<std::unique_ptr<NetNode>>;

// One describeNode line per node.
inline QString describeNodes(const NetNodes& nodes) {
  QString out;
  for (std::size_t i = 0; i < nodes.size(); ++i) out += describeNode(static_cast<int>(i), *nodes[i]->daemon);
  return out;
}

// Stops every node and forgets them; after a failed test, logs what each said,
// which tells why.
inline void stopNodes(NetNodes& nodes) {
  const bool failed = QTest::currentTestFailed();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    Daemon& node = *nodes[i]->daemon;
    node.stop();
    if (failed) qWarning("node %zu said:\n%s", i, qPrintable(node.output().right(20000)));
  }
  nodes.clear();
}

}  // namespace wb::integration
