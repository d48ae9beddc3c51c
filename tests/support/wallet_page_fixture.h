// What the Send and Staking page tests share: a real dev node on loopback, a
// wallet of dev accounts over it (or over a light node following it, DESIGN
// §11), the TxSender both pages sign with, and the page itself, shown. `Page` is constructed from the TxSender and
// takes the wallet's accounts (setAccounts), as the app's shell does.
#pragma once

#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <string_view>
#include <vector>

#include "chain/light/light_node_client.h"
#include "chain/light/light_runner.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/overview_page.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"

namespace wb::test {

template <class Page>
class WalletPageFixture {
protected:
  // Starts a `kind` dev node, a wallet of dev accounts 0…accounts−1 sealed under
  // `passphrase` (unlocked), and the page, shown.
  // With `light`, the wallet runs over a light node that follows the dev node
  // over P2P (lightClient_), as `waybill --light` does: no journal.
  void startPage(ConsensusKind kind, std::size_t accounts, std::string_view passphrase = "test passphrase",
                 LoopbackNodeOptions options = {}, bool light = false) {
    node_ = std::make_unique<LoopbackDevNode>(*ctx_, kind, options);
    QVERIFY2(node_->ok(), node_->error().c_str());
    auto keystore = node_->devKeystore(accounts, passphrase);
    WB_VERIFY_OK(keystore);
    accounts_ = ui::overviewAccounts(*keystore);
    wallet_ = std::make_unique<ui::WalletModel>(ctx_, std::move(*keystore), dir_.filePath("dev.wallet"),
                                                KdfParams::minimum());
    node::NodeClient* client = node_->client();
    if (light) {
      light::LightNodeConfig config;
      config.dataDir = dir_.filePath("light");
      config.genesis = node_->genesis();
      config.connect = {net::HostPort{QHostAddress(QHostAddress::LocalHost), node_->p2pPort()}};
      light_ = std::make_unique<light::LightRunner>();
      WB_VERIFY_OK(light_->start(config, *ctx_));
      lightClient_ = std::make_unique<light::LightNodeClient>(light_->node());
      client = lightClient_.get();
    } else {
      journal_ = std::make_unique<SignedTxSubmitter>(node_->node(), wallet_->path());
    }
    sender_ = std::make_unique<ui::TxSender>(ctx_, node_->params(), client, wallet_.get(), journal_.get());
    page_ = std::make_unique<Page>(sender_.get());
    page_->setAccounts(accounts_);
    page_->show();
    QVERIFY(QTest::qWaitForWindowExposed(page_.get()));
  }

  // The page first, the node last (NodeClient's contract).
  void stopPage() {
    page_.reset();
    sender_.reset();
    journal_.reset();
    wallet_.reset();
    lightClient_.reset();
    if (light_) light_->stop();
    light_.reset();
    node_.reset();
  }

  std::shared_ptr<const SecpContext> ctx_ = std::make_shared<const SecpContext>();
  QTemporaryDir dir_;
  std::unique_ptr<LoopbackDevNode> node_;
  std::unique_ptr<light::LightRunner> light_;  // with a light wallet
  std::unique_ptr<light::LightNodeClient> lightClient_;
  std::vector<ui::OverviewAccount> accounts_;
  std::unique_ptr<ui::WalletModel> wallet_;
  std::unique_ptr<SignedTxSubmitter> journal_;
  std::unique_ptr<ui::TxSender> sender_;
  std::unique_ptr<Page> page_;
};

}  // namespace wb::test
