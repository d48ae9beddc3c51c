#include "tests/support/test_chain.h"

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"

namespace wb::testsupport {

TestAccounts::TestAccounts(const SecpContext& ctx, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    Hash32 seed{};
    seed[30] = static_cast<Byte>((i + 1) >> 8);
    seed[31] = static_cast<Byte>(i + 1);
    SecureBytes secret = SecureBytes::copyOf(seed);
    keys_.push_back(xonlyFromSecret(ctx, secret).value());
    secrets_.push_back(std::move(secret));
  }
}

ChainParams testChainParams() {
  ChainParams p = devParams(ConsensusKind::Pow);
  p.name = "test-chain";
  p.genesisHash.fill(0x5a);
  p.genesisTime = 1'700'000'000;
  return p;
}

ChainGenesis testGenesis(const TestAccounts& accounts, Amount balance) {
  ChainGenesis g;
  g.params = testChainParams();
  for (std::size_t i = 0; i < accounts.size(); ++i) g.state.allocations.push_back({accounts.key(i), balance, 0});
  g.header.height = 0;
  g.header.time = g.params.genesisTime;
  g.header.bits = g.params.initialBits;
  g.header.txRoot = computeTxRoot({});
  return g;
}

BlockFactory::BlockFactory(const SecpContext& ctx, const ChainParams& params, const TestAccounts& accounts)
    : ctx_(ctx), params_(params), accounts_(accounts), nonces_(accounts.size(), 0) {}

Status BlockFactory::syncNonces(const state::StateView& state) {
  for (std::size_t i = 0; i < accounts_.size(); ++i) {
    auto account = state.account(accounts_.key(i));
    if (!account) return account.error();
    nonces_[i] = account->nonce;
  }
  return {};
}

Tx BlockFactory::makeTx(std::size_t from, TxPayload payload) {
  Tx tx;
  tx.sender = accounts_.key(from);
  tx.nonce = nonces_[from]++;
  tx.payload = std::move(payload);
  tx.fee = minimumFee(encodedTxSize(tx), params_).value();
  if (!signTx(ctx_, accounts_.secret(from), params_.genesisHash, tx).ok()) tx.sig = {};
  return tx;
}

std::vector<Tx> BlockFactory::mixedTxs(std::size_t count) {
  std::vector<Tx> txs;
  const std::size_t n = accounts_.size();
  while (txs.size() < count) {
    const std::size_t a = cursor_ % n, b = (cursor_ + 1) % n, c = (cursor_ + 2) % n;
    ++cursor_;
    ++serial_;
    if (count - txs.size() < 4 || serial_ % 2 == 0) {
      txs.push_back(makeTx(a, TransferPayload{accounts_.key(b), 1 + serial_ % 1000, ""}));
      continue;
    }
    // A whole order lifecycle: a buys from b, c pays, b ships, a confirms.
    OrderCreatePayload order;
    order.merchant = accounts_.key(b);
    order.buyer = accounts_.key(a);
    order.item = "item " + std::to_string(serial_);
    order.quantity = 1 + serial_ % 3;
    order.unitPrice = 1000 + serial_;
    order.payWindow = params_.defaultWindows.pay;
    order.shipWindow = params_.defaultWindows.ship;
    order.confirmWindow = params_.defaultWindows.confirm;
    const Amount total = order.unitPrice * order.quantity;
    const Tx create = makeTx(a, order);
    const OrderId id = computeTxid(create);
    txs.push_back(create);
    txs.push_back(makeTx(c, OrderPayPayload{id, total}));
    txs.push_back(makeTx(b, OrderShipPayload{id, {}}));
    txs.push_back(makeTx(a, OrderConfirmPayload{id}));
  }
  return txs;
}

Block BlockFactory::makeBlock(const BlockHeader& parent, std::vector<Tx> txs, std::size_t producer) const {
  Block block;
  block.header.height = parent.height + 1;
  block.header.prev = blockHash(parent);
  block.header.time = parent.time + params_.blockTime;
  block.header.bits = parent.bits;
  block.header.producer = accounts_.key(producer);
  block.txs = std::move(txs);
  block.header.txRoot = computeTxRoot(block.txs);
  return block;
}

Result<state::StateDump> dumpChainState(const Chain& chain) {
  state::StateDump dump;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    auto d = state::dumpState(view.reader());
    if (!d) return d.error();
    dump = std::move(*d);
    return {};
  }));
  return dump;
}

}  // namespace wb::testsupport
