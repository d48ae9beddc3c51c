#include "tests/chain/state/ledger_harness.h"

#include "chain/core/tx_check.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"

namespace wb::state::testing {

ChainParams testParams() {
  ChainParams p = devParams(ConsensusKind::Pow);
  p.genesisHash.fill(0x11);
  p.defaultWindows = {5, 5, 5};
  p.maxWindows = {100, 100, 100};
  p.disputeWindow = 6;
  p.minStakeAge = 3;
  p.unbondingBlocks = 4;
  p.blockReward = 50 * kCoin;
  p.delegateFee = 100 * kCoin;
  p.maxVotes = 3;
  return p;
}

LedgerHarness::LedgerHarness(ChainParams params)
    : accounts_(ctx_, kAccounts + 1), params_(std::move(params)), ledger_(params_, kv_) {
  GenesisState genesis;
  for (int i = 0; i < kAccounts; ++i) genesis.allocations.push_back({accounts_.key(i), kGenesisBalance, 0});
  producerKey_ = accounts_.key(kAccounts);  // the block producer holds nothing at genesis
  if (!ledger_.applyGenesis(genesis).ok()) {
    consistent_ = false;
    inconsistency_ = "genesis failed";
  }
}

Tx LedgerHarness::makeFor(const Hash32& genesisHash, int sender, TxPayload payload) const {
  Tx tx;
  tx.sender = accounts_.key(sender);
  tx.nonce = account(sender).nonce;
  tx.payload = std::move(payload);
  tx.fee = minimumFee(encodedTxSize(tx), params_).value();
  if (!signTx(ctx_, accounts_.secret(sender), genesisHash, tx).ok()) tx.sig = {};
  return tx;
}

Tx LedgerHarness::make(int sender, TxPayload payload) const {
  return makeFor(params_.genesisHash, sender, std::move(payload));
}

void LedgerHarness::resign(Tx& tx, int sender) const {
  if (!signTx(ctx_, accounts_.secret(sender), params_.genesisHash, tx).ok()) tx.sig = {};
}

void LedgerHarness::beginBlock() {
  ++height_;
  if (!ledger_.beginBlock({height_, producerKey_}).ok()) {
    consistent_ = false;
    inconsistency_ = "deadlines failed at height " + std::to_string(height_);
  }
}

void LedgerHarness::endBlock() {
  if (!ledger_.finishBlock().ok()) {
    consistent_ = false;
    inconsistency_ = "finishing block failed";
  }
  if (auto invariant = checkSupplyInvariant(kv_); !invariant.ok()) {
    consistent_ = false;
    inconsistency_ = invariant.error().message;
  }
}

Status LedgerHarness::run(const Tx& tx) {
  beginBlock();
  Status result = checkTxStateless(tx, params_);
  if (result.ok()) result = verifyTxSignature(ctx_, params_.genesisHash, tx);
  if (result.ok()) {
    const auto before = dumpState(kv_).value();
    result = ledger_.applyTx(tx, computeTxid(tx));
    if (!result.ok() && !(dumpState(kv_).value() == before)) {
      consistent_ = false;
      inconsistency_ = "a rejected transaction changed the state: " + result.error().message;
    }
  }
  endBlock();
  return result;
}

void LedgerHarness::advance(std::uint64_t count) {
  for (std::uint64_t i = 0; i < count; ++i) {
    beginBlock();
    endBlock();
  }
}

Account LedgerHarness::account(int index) const { return StateView(kv_).account(accounts_.key(index)).value(); }

Amount LedgerHarness::balance(int index) const { return account(index).balance; }

Order LedgerHarness::order(const OrderId& id) const { return StateView(kv_).order(id).value().value(); }

}  // namespace wb::state::testing
