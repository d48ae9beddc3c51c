#include "tests/support/test_chain.h"

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"
#include "chain/state/state_commit.h"
#include "chain/store/store_errc.h"

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
  g.header.stateRoot = state::genesisStateRoot(g.params, g.state).value();
  return g;
}

BlockFactory::BlockFactory(const SecpContext& ctx, const ChainGenesis& genesis, const TestAccounts& accounts)
    : ctx_(ctx), params_(genesis.params), accounts_(accounts), nonces_(accounts.size(), 0), genesis_(genesis) {}

Status BlockFactory::moveStateTo(const BlockHash& hash) const {
  if (state_ && stateAt_ == hash) return {};
  std::vector<const Block*> path;  // newest first
  for (BlockHash at = hash; at != blockHash(genesis_.header);) {
    auto it = made_.find(at);
    if (it == made_.end()) return fail(StoreErrc::ChainUnknownBlock, "the factory did not make this block");
    path.push_back(&it->second);
    at = it->second.header.prev;
  }
  auto replayed = std::make_unique<state::MemoryKv>();
  WB_TRY(state::writeGenesisState(genesis_.params, genesis_.state, *replayed));
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    std::vector<Hash32> txids;
    for (const Tx& tx : (*it)->txs) txids.push_back(computeTxid(tx));
    state::MemoryKv changes(replayed.get());
    WB_TRY(applyBlockToState(genesis_.params, **it, txids, nullptr, changes));
    WB_TRY_ASSIGN(undo, state::commitChanges(changes, *replayed));
  }
  state_ = std::move(replayed);
  stateAt_ = hash;
  return {};
}

std::optional<Hash32> BlockFactory::stateRootAfter(const Block& block) const {
  if (!moveStateTo(block.header.prev).ok()) return std::nullopt;
  std::vector<Hash32> txids;
  for (const Tx& tx : block.txs) txids.push_back(computeTxid(tx));
  state::MemoryKv changes(state_.get());
  if (!applyBlockToState(genesis_.params, block, txids, nullptr, changes).ok()) return std::nullopt;
  if (!state::commitChanges(changes, *state_).ok()) {
    state_.reset();  // half written: replay next time
    return std::nullopt;
  }
  auto root = state::StateTree(*state_).root();
  if (!root) {
    state_.reset();
    return std::nullopt;
  }
  Block made = block;
  made.header.stateRoot = *root;
  stateAt_ = blockHash(made.header);
  made_.emplace(stateAt_, std::move(made));
  // Bounded, so long benchmark chains do not stay in memory; tests fork far less deep.
  constexpr std::size_t kKeptBlocks = 256;
  madeOrder_.push_back(stateAt_);
  if (madeOrder_.size() > kKeptBlocks) {
    made_.erase(madeOrder_.front());
    madeOrder_.pop_front();
  }
  return *root;
}

Status BlockFactory::syncNonces(const state::StateView& state) {
  for (std::size_t i = 0; i < accounts_.size(); ++i) {
    WB_TRY_ASSIGN(account, state.account(accounts_.key(i)));
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
    const OrderId id = orderIdOf(computeTxid(create));
    txs.push_back(create);
    txs.push_back(makeTx(c, OrderPayPayload{id, total}));
    txs.push_back(makeTx(b, OrderShipPayload{id, {}}));
    txs.push_back(makeTx(a, OrderConfirmPayload{id}));
  }
  return txs;
}

Status BlockFactory::syncState(const Chain& chain) {
  WB_TRY_ASSIGN(dump, dumpChainState(chain));
  auto copy = std::make_unique<state::MemoryKv>();
  for (const auto& [table, kv] : dump->entries) WB_TRY(copy->put(table, kv.first, kv.second));
  state_ = std::move(copy);
  stateAt_ = chain.tip().hash;
  return {};
}

Block BlockFactory::makeBlock(const BlockHeader& parent, std::vector<Tx> txs, std::size_t producer) const {
  return makeBlock(parent, std::move(txs), accounts_.key(producer));
}

Block BlockFactory::makeBlock(const BlockHeader& parent, std::vector<Tx> txs, const AccountKey& producer) const {
  Block block;
  block.header.height = parent.height + 1;
  block.header.prev = blockHash(parent);
  block.header.time = parent.time + params_.blockTime;
  block.header.bits = parent.bits;
  block.header.producer = producer;
  block.txs = std::move(txs);
  block.header.txRoot = computeTxRoot(block.txs);
  if (auto root = stateRootAfter(block)) block.header.stateRoot = *root;
  return block;
}

Result<state::StateDump> dumpChainState(const Chain& chain) {
  state::StateDump dump;
  WB_TRY(chain.readState([&](const state::StateView& view) -> Status {
    WB_TRY_ASSIGN(d, state::dumpState(view.reader()));
    dump = std::move(*d);
    return {};
  }));
  return dump;
}

}  // namespace wb::testsupport
