// The start the P2P suites share: libsodium up and one prebuilt test network
// (keys, genesis, blocks) that every test's nodes import from. Each suite says
// how long a chain it needs (the test classes derive from NetSuite).
#pragma once

#include <QObject>
#include <QtTest>
#include <memory>

#include "chain/core/secure_bytes.h"
#include "tests/chain/net/net_test_support.h"

namespace wb::nettest {

class NetSuite : public QObject {
  Q_OBJECT

protected:
  // `blocks` blocks of `txsPerBlock` transactions each.
  NetSuite(std::size_t blocks, std::size_t txsPerBlock) : blocks_(blocks), txsPerBlock_(txsPerBlock) {}

  std::unique_ptr<Network> net_;

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    net_ = std::make_unique<Network>();
    net_->build(blocks_, txsPerBlock_);
  }

private:
  std::size_t blocks_;
  std::size_t txsPerBlock_;
};

}  // namespace wb::nettest
