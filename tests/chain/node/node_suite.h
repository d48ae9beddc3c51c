// The start every in-process node suite shares: libsodium up and the dev kit
// (test accounts, genesis files, configurations), made once per suite (the test
// classes derive from NodeSuite).
#pragma once

#include <QObject>
#include <QtTest>
#include <memory>

#include "chain/core/secure_bytes.h"
#include "tests/chain/node/node_test_support.h"

namespace wb::nodetest {

class NodeSuite : public QObject {
  Q_OBJECT

protected:
  std::unique_ptr<DevKit> kit_;

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    kit_ = std::make_unique<DevKit>();
  }
};

}  // namespace wb::nodetest
