// The start every light-mode suite shares: libsodium up and the dev accounts'
// test keys, made once per suite (the test classes derive from LightSuite).
#pragma once

#include <QObject>
#include <QtTest>
#include <memory>

#include "chain/core/genesis.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "tests/support/test_chain.h"
#include "tests/test_util.h"

namespace wb::lighttest {

class LightSuite : public QObject {
  Q_OBJECT

protected:
  SecpContext ctx_;
  std::unique_ptr<testsupport::TestAccounts> accounts_;

private slots:
  void initTestCase() {
    WB_VERIFY_OK(initCrypto());
    accounts_ = std::make_unique<testsupport::TestAccounts>(ctx_, kDevAccounts);
  }
};

}  // namespace wb::lighttest
