// A shop to test orders with: a dev PoW node (manual clock) in its own
// temporary directory, the dev wallet unlocked, and a TxBuilder over it. The
// order tests of the node, the Overview page and the tray notifier start here
// instead of each writing the same set-up.
#pragma once

#include <QTemporaryDir>
#include <memory>

#include "chain/core/core_errc.h"
#include "tests/support/dev_node.h"
#include "wallet/keystore.h"
#include "wallet/tx_builder.h"

namespace wb::test {

class DevShop {
public:
  // Starts it; `ctx` must outlive the shop. Fails with the node's or the wallet's error.
  [[nodiscard]] static Result<std::unique_ptr<DevShop>> open(const SecpContext& ctx) {
    std::unique_ptr<DevShop> shop(new DevShop);
    if (!shop->dir_.isValid()) return fail(CoreErrc::IoError, "no temporary directory");
    WB_TRY_ASSIGN(node, DevNode::start(ConsensusKind::Pow, shop->dir_.path(), ctx));
    shop->node_ = std::move(*node);
    WB_TRY_ASSIGN(keystore, shop->node_->devKeystore());
    shop->keystore_ = std::make_unique<Keystore>(std::move(*keystore));
    shop->builder_ = std::make_unique<TxBuilder>(ctx, shop->node_->params(), *shop->keystore_);
    return shop;
  }

  DevNode& node() { return *node_; }
  const Keystore& keystore() const { return *keystore_; }
  const TxBuilder& builder() const { return *builder_; }
  // Dev account `index`'s key (dev0 … dev9).
  const AccountKey& account(std::size_t index) const { return node_->keys()[index]; }
  // Signs `payload` from `from` with the next nonce and submits it.
  [[nodiscard]] Result<Hash32> submit(const AccountKey& from, TxPayload payload) const {
    return node_->submitPayload(*builder_, from, std::move(payload));
  }

private:
  DevShop() = default;

  QTemporaryDir dir_;  // declared first: the node goes before its directory
  std::unique_ptr<DevNode> node_;
  std::unique_ptr<Keystore> keystore_;
  std::unique_ptr<TxBuilder> builder_;
};

}  // namespace wb::test
