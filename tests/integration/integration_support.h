// Helpers shared by the integration suites (Qt Test only; the bench uses
// daemon_process.h alone).
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QtTest>
#include <functional>

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

}  // namespace wb::integration
