// Transfers, nonces, fees, funds, staking, delegates and votes: each success path
// and each rejection, with the state unchanged by every rejection.
#include <QtTest>
#include <limits>

#include "chain/core/core_errc.h"
#include "chain/core/tx_sign.h"
#include "chain/state/audit.h"
#include "chain/state/state_errc.h"
#include "tests/chain/state/ledger_harness.h"
#include "tests/support/sample_order.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::state;
using namespace wb::state::testing;

namespace {
Delegate delegateOf(LedgerHarness& h, int index) { return h.tables().delegate(h.key(index)).value().value(); }
}  // namespace

class TestLedgerRules : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void transferMovesAmountAndFeeGoesToProducer() {
    LedgerHarness h;
    const Tx tx = h.make(0, TransferPayload{h.key(1), 250 * kCoin, "thanks"});
    WB_VERIFY_OK(h.run(tx));
    QCOMPARE(h.balance(0), LedgerHarness::kGenesisBalance - 250 * kCoin - tx.fee);
    QCOMPARE(h.balance(1), LedgerHarness::kGenesisBalance + 250 * kCoin);
    QCOMPARE(h.account(0).nonce, std::uint64_t(1));
    // The producer got the fee and the block reward.
    QCOMPARE(h.tables().account(h.producer()).value().balance, tx.fee + h.params().blockReward);
    // To oneself: only the fee leaves.
    const Tx self = h.make(2, TransferPayload{h.key(2), 5 * kCoin, ""});
    WB_VERIFY_OK(h.run(self));
    QCOMPARE(h.balance(2), LedgerHarness::kGenesisBalance - self.fee);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void nonceMustBeExact() {
    LedgerHarness h;
    const Tx first = h.make(0, TransferPayload{h.key(1), kCoin, ""});
    WB_VERIFY_OK(h.run(first));
    WB_VERIFY_FAILS(h.run(first), StateErrc::BadNonce);  // replay
    Tx ahead = h.make(0, TransferPayload{h.key(1), kCoin, ""});
    ahead.nonce += 1;
    h.resign(ahead, 0);
    WB_VERIFY_FAILS(h.run(ahead), StateErrc::BadNonce);
    QCOMPARE(h.balance(1), LedgerHarness::kGenesisBalance + kCoin);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void feeMustCoverTheSize() {
    LedgerHarness h;
    Tx cheap = h.make(0, TransferPayload{h.key(1), kCoin, "a memo makes it bigger"});
    cheap.fee -= 1;
    h.resign(cheap, 0);
    WB_VERIFY_FAILS(h.run(cheap), CoreErrc::TxFeeTooLow);
    QCOMPARE(h.account(0).nonce, std::uint64_t(0));
  }

  void insufficientFundsAndOverflowAttempts() {
    LedgerHarness h;
    WB_VERIFY_FAILS(h.run(h.make(0, TransferPayload{h.key(1), LedgerHarness::kGenesisBalance, ""})),
                    StateErrc::InsufficientFunds);  // the fee does not fit
    WB_VERIFY_FAILS(h.run(h.make(0, TransferPayload{h.key(1), std::numeric_limits<Amount>::max(), ""})),
                    StateErrc::InsufficientFunds);  // amount + fee overflows
    WB_VERIFY_FAILS(h.run(h.make(0, StakePayload{std::numeric_limits<Amount>::max()})), StateErrc::InsufficientFunds);
    const OrderCreatePayload huge =
        testsupport::orderWithWindows(5, h.key(1), h.key(0), "everything", 3, std::numeric_limits<Amount>::max() / 2);
    WB_VERIFY_FAILS(h.run(h.make(0, huge)), CoreErrc::TxOrderTotalOverflow);
    QCOMPARE(h.balance(0), LedgerHarness::kGenesisBalance);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void signaturesBindTheNetworkAndEveryField() {
    LedgerHarness h;
    Hash32 otherNetwork = h.params().genesisHash;
    otherNetwork[0] ^= 1;
    WB_VERIFY_FAILS(h.run(h.makeFor(otherNetwork, 0, TransferPayload{h.key(1), kCoin, ""})), CoreErrc::TxBadSignature);
    Tx tampered = h.make(0, TransferPayload{h.key(1), kCoin, ""});
    std::get<TransferPayload>(tampered.payload).amount = 2 * kCoin;
    WB_VERIFY_FAILS(h.run(tampered), CoreErrc::TxBadSignature);
    Tx stolen = h.make(0, TransferPayload{h.key(1), kCoin, ""});
    stolen.sender = h.key(2);  // claims another account
    WB_VERIFY_FAILS(h.run(stolen), CoreErrc::TxBadSignature);
    QCOMPARE(h.balance(1), LedgerHarness::kGenesisBalance);
  }

  void stakeMaturesAtExactlyMinStakeAge() {
    LedgerHarness h;
    const Tx stake = h.make(0, StakePayload{100 * kCoin});
    WB_VERIFY_OK(h.run(stake));
    const std::uint64_t matures = h.height() + h.params().minStakeAge;
    QCOMPARE(h.account(0).pendingStakeTotal(), 100 * kCoin);
    QCOMPARE(h.balance(0), LedgerHarness::kGenesisBalance - 100 * kCoin - stake.fee);
    h.advance(matures - 1 - h.height());
    QCOMPARE(h.account(0).matureStake, Amount(0));
    h.advance(1);
    QCOMPARE(h.account(0).matureStake, 100 * kCoin);
    QVERIFY(h.account(0).pendingStake.empty());
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void unstakeTakesPendingFirstThenMatureAndReleasesAfterUnbonding() {
    LedgerHarness h;
    WB_VERIFY_OK(h.run(h.make(0, StakePayload{100 * kCoin})));
    h.advance(h.params().minStakeAge);
    WB_VERIFY_OK(h.run(h.make(0, StakePayload{30 * kCoin})));  // pending
    WB_VERIFY_FAILS(h.run(h.make(0, UnstakePayload{131 * kCoin})), StateErrc::InsufficientStake);
    const Amount before = h.balance(0);
    const Tx unstake = h.make(0, UnstakePayload{50 * kCoin});
    WB_VERIFY_OK(h.run(unstake));
    QCOMPARE(h.account(0).pendingStakeTotal(), Amount(0));  // 30 pending went first
    QCOMPARE(h.account(0).matureStake, 80 * kCoin);
    QCOMPARE(h.account(0).unbondingTotal(), 50 * kCoin);
    const std::uint64_t released = h.height() + h.params().unbondingBlocks;
    h.advance(released - 1 - h.height());
    QCOMPARE(h.balance(0), before - unstake.fee);
    h.advance(1);
    QCOMPARE(h.balance(0), before - unstake.fee + 50 * kCoin);
    QCOMPARE(h.account(0).unbondingTotal(), Amount(0));
    // The removed pending lot left no deadline behind: nothing happens later.
    h.advance(10);
    QCOMPARE(h.account(0).matureStake, 80 * kCoin);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void delegateRegistrationBurnsTheFeeAndNamesAreUnique() {
    LedgerHarness h;
    const Tx reg = h.make(0, RegisterDelegatePayload{"shop_one"});
    WB_VERIFY_OK(h.run(reg));
    QCOMPARE(h.balance(0), LedgerHarness::kGenesisBalance - h.params().delegateFee - reg.fee);
    QCOMPARE(h.tables().totals().value().burned, h.params().delegateFee);
    const std::uint64_t counted = h.tables().totals().value().delegates;
    QCOMPARE(QString::fromStdString(delegateOf(h, 0).name), QStringLiteral("shop_one"));
    WB_VERIFY_FAILS(h.run(h.make(1, RegisterDelegatePayload{"shop_one"})), StateErrc::DelegateNameTaken);
    WB_VERIFY_FAILS(h.run(h.make(0, RegisterDelegatePayload{"shop_two"})), StateErrc::AlreadyDelegate);
    // The count the state root commits to follows the records, refusals included.
    QCOMPARE(h.tables().totals().value().delegates, counted);
    WB_VERIFY_OK(h.run(h.make(2, RegisterDelegatePayload{"shop_two"})));
    QCOMPARE(h.tables().totals().value().delegates, counted + 1);
    QVERIFY(checkSupplyInvariant(h.kv()).ok());
    WB_VERIFY_FAILS(h.run(h.make(1, RegisterDelegatePayload{"Bad Name"})), CoreErrc::TxBadDelegateName);
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void registrationNeedsTheFee() {
    ChainParams params = testParams();
    params.delegateFee = LedgerHarness::kGenesisBalance;
    LedgerHarness h(params);
    WB_VERIFY_FAILS(h.run(h.make(0, RegisterDelegatePayload{"broke"})), StateErrc::InsufficientFunds);
  }

  void votesCarryTheWholeStakeAndFollowIt() {
    LedgerHarness h;
    WB_VERIFY_OK(h.run(h.make(0, RegisterDelegatePayload{"alpha"})));
    WB_VERIFY_OK(h.run(h.make(1, RegisterDelegatePayload{"beta"})));
    WB_VERIFY_FAILS(h.run(h.make(2, VotePayload{{h.key(5)}})), StateErrc::UnknownDelegate);
    WB_VERIFY_FAILS(h.run(h.make(2, VotePayload{{h.key(0), h.key(0)}})), CoreErrc::TxDuplicateVote);
    WB_VERIFY_FAILS(h.run(h.make(2, VotePayload{{h.key(0), h.key(1), h.key(2), h.key(3)}})), CoreErrc::TxTooManyVotes);

    WB_VERIFY_OK(h.run(h.make(2, StakePayload{40 * kCoin})));
    WB_VERIFY_OK(h.run(h.make(2, VotePayload{{h.key(0), h.key(1)}})));
    QCOMPARE(delegateOf(h, 0).votes, 40 * kCoin);  // pending stake counts
    QCOMPARE(delegateOf(h, 1).votes, 40 * kCoin);
    WB_VERIFY_OK(h.run(h.make(2, StakePayload{10 * kCoin})));
    QCOMPARE(delegateOf(h, 0).votes, 50 * kCoin);
    h.advance(h.params().minStakeAge);  // maturity does not change the weight
    QCOMPARE(delegateOf(h, 1).votes, 50 * kCoin);
    WB_VERIFY_OK(h.run(h.make(2, UnstakePayload{20 * kCoin})));
    QCOMPARE(delegateOf(h, 0).votes, 30 * kCoin);
    // A new vote replaces the old one.
    WB_VERIFY_OK(h.run(h.make(2, VotePayload{{h.key(1)}})));
    QCOMPARE(delegateOf(h, 0).votes, Amount(0));
    QCOMPARE(delegateOf(h, 1).votes, 30 * kCoin);
    WB_VERIFY_OK(h.run(h.make(3, StakePayload{7 * kCoin})));
    WB_VERIFY_OK(h.run(h.make(3, VotePayload{{h.key(1)}})));
    QCOMPARE(delegateOf(h, 1).votes, 37 * kCoin);
    // An empty vote withdraws.
    WB_VERIFY_OK(h.run(h.make(2, VotePayload{{}})));
    QCOMPARE(delegateOf(h, 1).votes, 7 * kCoin);
    QVERIFY(h.tables().votes(h.key(2)).value().empty());
    QVERIFY2(h.consistent(), h.inconsistency().c_str());
  }

  void genesisRejectsDuplicatesAndOverflow() {
    ChainParams params = testParams();
    MemoryKv kv;
    Ledger ledger(params, kv);
    AccountKey a{};
    a[0] = 1;
    AccountKey b{};
    b[0] = 2;
    GenesisState dup;
    dup.allocations = {{a, 1, 0}, {a, 2, 0}};
    QCOMPARE(ledger.applyGenesis(dup).code(), StateErrc::BadGenesis);
    MemoryKv kv2;
    Ledger ledger2(params, kv2);
    GenesisState overflow;
    overflow.allocations = {{a, std::numeric_limits<Amount>::max(), 0}, {b, 1, 0}};
    QCOMPARE(ledger2.applyGenesis(overflow).code(), StateErrc::BadGenesis);
    MemoryKv kv3;
    Ledger ledger3(params, kv3);
    GenesisState names;
    names.delegates = {{a, "dev0"}, {b, "dev0"}};
    QCOMPARE(ledger3.applyGenesis(names).code(), StateErrc::BadGenesis);
  }

  void invariantCatchesCreatedMoney() {
    LedgerHarness h;
    QVERIFY(checkSupplyInvariant(h.kv()).ok());
    Account forged = h.account(0);
    forged.balance += 1;
    QVERIFY(h.tables().putAccount(h.key(0), forged).ok());
    QCOMPARE(checkSupplyInvariant(h.kv()).code(), StateErrc::InvariantBroken);
  }

  void invariantCatchesAnUncountedDelegate() {
    LedgerHarness h;
    AccountKey ghost{};
    ghost.fill(0x77);  // no account of the harness, no delegate
    QVERIFY(h.tables().putDelegate(ghost, Delegate{"ghost", 0, 0, 0, 0}).ok());
    QCOMPARE(checkSupplyInvariant(h.kv()).code(), StateErrc::InvariantBroken);
  }
};

QTEST_GUILESS_MAIN(TestLedgerRules)
#include "test_ledger_rules.moc"
