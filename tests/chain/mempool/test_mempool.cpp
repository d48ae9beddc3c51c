// The mempool against a real chain store: validation on top of the tip and the
// pool, nonce gaps, dependencies across senders, fee ordering, limits, new tips
// and reorganisations.
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/mempool/mempool.h"
#include "chain/mempool/mempool_errc.h"
#include "chain/state/state_errc.h"
#include "tests/support/chain_fixture.h"
#include "tests/support/sample_order.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::testsupport;

namespace {

struct Fixture : ChainFixture {
  Fixture() : ChainFixture(6) {
    if (!open().ok()) qFatal("cannot open the test chain");
  }
  // A signed transfer; `extraFee` above the minimum raises its fee rate.
  Tx transfer(std::size_t from, std::size_t to, Amount amount, Amount extraFee = 0) {
    Tx tx = factory.makeTx(from, TransferPayload{accounts.key(to), amount, ""});
    if (extraFee) {
      tx.fee += extraFee;
      (void)signTx(ctx, accounts.secret(from), genesis.params.genesisHash, tx);
    }
    return tx;
  }
  Status mine(const std::vector<Tx>& txs) {
    WB_TRY_ASSIGN(imported, importTxs(txs));
    return {};
  }
};

}  // namespace

class TestMempool : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  // The pool records the signatures it verified where the chain looks, and a
  // forged signature is never recorded (nor admitted).
  void recordsTheSignaturesItVerifiedForTheChain() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    VerifiedSignatures& known = f.chain->verifiedSignatures();
    pool.shareVerifiedSignatures(&known);
    const Hash32 genesis = f.genesis.params.genesisHash;
    const Tx good = f.transfer(0, 1, kCoin);
    Tx forged = good;
    forged.sig[0] ^= 1;
    WB_VERIFY_FAILS(pool.add(forged), CoreErrc::TxBadSignature);
    QCOMPARE(known.size(), std::size_t(0));
    WB_VERIFY_OK(pool.add(good));
    QVERIFY(known.contains({good.sender, computeTxSigHash(genesis, good), good.sig}));
    // Its block connects (the signature skipped) and the pool lets it go.
    WB_VERIFY_OK(f.mine({good}));
    pool.onNewTip(1);
    QCOMPARE(pool.size(), std::size_t(0));
  }

  void acceptsValidAndRejectsBadWithoutChange() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    const Tx good = f.transfer(0, 1, kCoin);
    auto txid = pool.add(good);
    WB_VERIFY_OK(txid);
    QVERIFY(pool.contains(*txid) && pool.isReady(*txid));
    WB_VERIFY_FAILS(pool.add(good), MempoolErrc::Duplicate);

    Tx forged = f.transfer(1, 2, kCoin);
    forged.sig[3] ^= 1;
    WB_VERIFY_FAILS(pool.add(forged), CoreErrc::TxBadSignature);
    Tx replay = good;
    replay.payload = TransferPayload{f.accounts.key(2), 2 * kCoin, ""};
    (void)signTx(f.ctx, f.accounts.secret(0), f.genesis.params.genesisHash, replay);
    WB_VERIFY_FAILS(pool.add(replay), StateErrc::BadNonce);  // nonce 0 is pending already
    WB_VERIFY_FAILS(pool.add(f.transfer(3, 1, 2'000'000 * kCoin)), StateErrc::InsufficientFunds);
    Tx cheap = f.transfer(4, 1, kCoin);
    cheap.fee = 1;
    (void)signTx(f.ctx, f.accounts.secret(4), f.genesis.params.genesisHash, cheap);
    WB_VERIFY_FAILS(pool.add(cheap), CoreErrc::TxFeeTooLow);
    QCOMPARE(pool.size(), std::size_t(1));
    QCOMPARE(pool.bytes(), encodedTxSize(good));
  }

  void spendsCountPendingTransactions() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    // Account 0 sends almost everything; a second send must see the pending one.
    WB_VERIFY_OK(pool.add(f.transfer(0, 1, 999'999 * kCoin)));
    WB_VERIFY_FAILS(pool.add(f.transfer(0, 2, 2 * kCoin)), StateErrc::InsufficientFunds);
    QCOMPARE(*pool.nextNonce(f.accounts.key(0)), std::uint64_t(1));
  }

  void nonceGapsAreHeldBack() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    const Tx first = f.transfer(0, 1, kCoin);
    const Tx second = f.transfer(0, 1, kCoin);
    const Tx third = f.transfer(0, 1, kCoin);
    auto t3 = pool.add(third);
    auto t2 = pool.add(second);
    WB_VERIFY_OK(t3);
    WB_VERIFY_OK(t2);
    QVERIFY(!pool.isReady(*t2) && !pool.isReady(*t3));
    QVERIFY(pool.selectForBlock(f.accounts.key(5), 1 << 20).value().empty());
    WB_VERIFY_OK(pool.add(first));
    QVERIFY(pool.isReady(*t2) && pool.isReady(*t3));
    QCOMPARE(pool.selectForBlock(f.accounts.key(5), 1 << 20).value().size(), std::size_t(3));
    Tx far = f.transfer(1, 2, kCoin);
    far.nonce = 1000;
    (void)signTx(f.ctx, f.accounts.secret(1), f.genesis.params.genesisHash, far);
    WB_VERIFY_FAILS(pool.add(far), MempoolErrc::NonceTooFarAhead);
    QCOMPARE(pool.waitingCount(), std::size_t(0));
  }

  // A payment depends on another sender's order creation: however the fees are
  // set, the block lists the creation first, and the chain accepts the block.
  void dependenciesAcrossSendersAndFeeOrder() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    const OrderCreatePayload order =
        testsupport::orderWithWindows(50, f.accounts.key(1), f.accounts.key(0), "lamp", 2, 5 * kCoin);
    const Tx create = f.factory.makeTx(0, order);
    Tx pay = f.factory.makeTx(2, OrderPayPayload{orderIdOf(computeTxid(create)), 10 * kCoin});
    pay.fee *= 50;  // far more attractive than the creation
    (void)signTx(f.ctx, f.accounts.secret(2), f.genesis.params.genesisHash, pay);
    const Tx rich = f.transfer(3, 4, kCoin, 100'000);
    const Tx poor = f.transfer(4, 3, kCoin);
    for (const Tx* tx : std::initializer_list<const Tx*>{&create, &pay, &poor, &rich}) WB_VERIFY_OK(pool.add(*tx));

    auto chosen = pool.selectForBlock(f.accounts.key(5), 1 << 20);
    WB_VERIFY_OK(chosen);
    QCOMPARE(chosen->size(), std::size_t(4));
    auto position = [&](const Tx& tx) { return std::find(chosen->begin(), chosen->end(), tx) - chosen->begin(); };
    QVERIFY(position(create) < position(pay));
    QVERIFY(position(rich) < position(poor));
    QCOMPARE(position(rich), std::ptrdiff_t(0));
    WB_VERIFY_OK(f.mine(*chosen));
    pool.onNewTip(f.chain->tip().height);
    QCOMPARE(pool.size(), std::size_t(0));
    // A byte budget is respected.
    WB_VERIFY_OK(f.syncNonces());
    const Tx a = f.transfer(0, 1, kCoin), b = f.transfer(1, 0, kCoin);
    WB_VERIFY_OK(pool.add(a));
    WB_VERIFY_OK(pool.add(b));
    QCOMPARE(pool.selectForBlock(f.accounts.key(5), encodedTxSize(a) + 10).value().size(), std::size_t(1));
  }

  void newTipsDropIncludedAndInvalidAndReorgsBringTxsBack() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    const Tx mined = f.transfer(0, 1, kCoin);
    const Tx stays = f.transfer(0, 1, kCoin);  // nonce 1, waits for nonce 0 in the pool
    WB_VERIFY_OK(pool.add(mined));
    WB_VERIFY_OK(pool.add(stays));
    WB_VERIFY_OK(f.mine({mined}));
    pool.onNewTip(f.chain->tip().height);
    QCOMPARE(pool.size(), std::size_t(1));
    QVERIFY(pool.isReady(computeTxid(stays)));

    // Reorganisation: the block is disconnected and its transaction comes back.
    auto block = f.chain->disconnectTip();
    WB_VERIFY_OK(block);
    pool.onNewTip(f.chain->tip().height, block->txs);
    QCOMPARE(pool.size(), std::size_t(2));
    QVERIFY(pool.isReady(computeTxid(mined)) && pool.isReady(computeTxid(stays)));
  }

  void limitsEvictTheCheapest() {
    Fixture f;
    MempoolLimits limits;
    limits.maxTxs = 3;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0, limits);
    const Tx cheap = f.transfer(0, 5, kCoin);
    WB_VERIFY_OK(pool.add(cheap));
    WB_VERIFY_OK(pool.add(f.transfer(1, 5, kCoin, 500)));
    WB_VERIFY_OK(pool.add(f.transfer(2, 5, kCoin, 500)));
    WB_VERIFY_FAILS(pool.add(f.transfer(3, 5, kCoin)), MempoolErrc::Full);  // not better than anything
    const Tx better = f.transfer(4, 5, kCoin, 1000);
    WB_VERIFY_OK(pool.add(better));
    QCOMPARE(pool.size(), std::size_t(3));
    QVERIFY(!pool.contains(computeTxid(cheap)));
    QCOMPARE(pool.dropReason(computeTxid(cheap)), std::optional<DropReason>(DropReason::Evicted));
    // Accepted again later: no longer reported as dropped.
    WB_VERIFY_OK(pool.add(f.transfer(4, 5, kCoin, 2000)));
    QCOMPARE(pool.size(), std::size_t(3));
  }

  // DESIGN §7: a merchant ships hundreds of orders per block, so one sender may
  // have well over a thousand ready transactions; the byte bound still holds.
  void oneSenderMayHaveThousandsReady() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    constexpr std::size_t kCount = 1'200;
    for (std::size_t i = 0; i < kCount; ++i) WB_VERIFY_OK(pool.add(f.transfer(0, 1, kCoin)));
    QCOMPARE(pool.size(), kCount);
    QCOMPARE(*pool.nextNonce(f.accounts.key(0)), std::uint64_t(kCount));
    auto chosen = pool.selectForBlock(f.accounts.key(5), 1 << 22);
    WB_VERIFY_OK(chosen);
    QCOMPARE(chosen->size(), kCount);
    for (std::size_t i = 0; i < kCount; ++i) QCOMPARE(chosen->at(i).nonce, std::uint64_t(i));

    MempoolLimits small;
    small.maxBytes = 100 * encodedTxSize(chosen->front());
    Mempool bounded(f.genesis.params, f.ctx, f.chain->latestState(), 0, small);
    for (std::size_t i = 0; i < 100; ++i) WB_VERIFY_OK(bounded.add(chosen->at(i)));
    WB_VERIFY_FAILS(bounded.add(chosen->at(100)), MempoolErrc::Full);
    QVERIFY(bounded.bytes() <= small.maxBytes);
  }

  // DESIGN §7: waiting transactions (nonce ahead) are the way to jam a pool:
  // unfunded ones are refused, funded ones are few per sender, count toward the
  // byte bound like any other, and expire on the pool's clock.
  void waitingTransactionsCannotJamThePool() {
    Fixture f;
    std::uint64_t clock = 1'000'000;
    Tx probe;
    probe.payload = TransferPayload{f.accounts.key(0), kCoin, ""};
    MempoolLimits limits;
    limits.maxBytes = 40 * encodedTxSize(probe);  // room for 40 transfers
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0, limits, [&clock] { return clock; });

    // Keys with nothing, claiming huge fees on future nonces: refused, nothing kept.
    TestAccounts strangers(f.ctx, 20);
    for (std::size_t k = 0; k < strangers.size(); ++k) {
      for (std::uint64_t nonce = 1; nonce <= 3; ++nonce) {
        Tx spam;
        spam.sender = strangers.key(k);
        spam.nonce = nonce;
        spam.payload = TransferPayload{f.accounts.key(0), 1, ""};
        spam.fee = 1'000'000 * kCoin;
        QVERIFY(signTx(f.ctx, strangers.secret(k), f.genesis.params.genesisHash, spam).ok());
        WB_VERIFY_FAILS(pool.add(spam), StateErrc::InsufficientFunds);
      }
    }
    QCOMPARE(pool.size(), std::size_t(0));

    // A funded sender: waiting ones only as far as its balance goes, a few at most.
    std::vector<Tx> ahead;
    f.factory.makeTx(1, TransferPayload{f.accounts.key(2), kCoin, ""});  // nonce 0 stays unsent: a gap
    for (std::size_t i = 0; i < limits.maxWaitingPerSender + 1; ++i) {
      ahead.push_back(f.transfer(1, 2, 1000 * kCoin));
    }
    for (std::size_t i = 0; i < limits.maxWaitingPerSender; ++i) WB_VERIFY_OK(pool.add(ahead[i]));
    WB_VERIFY_FAILS(pool.add(ahead.back()), MempoolErrc::SenderLimit);
    QCOMPARE(pool.waitingCount(), limits.maxWaitingPerSender);
    Tx greedy = f.transfer(3, 2, 600'000 * kCoin);
    greedy.nonce = 1;
    (void)signTx(f.ctx, f.accounts.secret(3), f.genesis.params.genesisHash, greedy);
    Tx greedier = greedy;
    greedier.nonce = 2;
    (void)signTx(f.ctx, f.accounts.secret(3), f.genesis.params.genesisHash, greedier);
    WB_VERIFY_OK(pool.add(greedy));
    WB_VERIFY_FAILS(pool.add(greedier), StateErrc::InsufficientFunds);  // 1.2 M > 1 M together

    // Honest ready transactions with better fee rates push waiting ones out.
    for (std::size_t i = 0; i < 30; ++i) WB_VERIFY_OK(pool.add(f.transfer(4, 5, kCoin, 5000)));
    QVERIFY(pool.bytes() <= limits.maxBytes);
    QCOMPARE(pool.size(), std::size_t(40));
    QCOMPARE(pool.dropReason(computeTxid(ahead[limits.maxWaitingPerSender - 1])),
             std::optional<DropReason>(DropReason::Evicted));

    // The rest expire after the lifetime (checked on the next add or tip).
    const std::size_t waiting = pool.waitingCount();
    QVERIFY(waiting > 0);
    clock += limits.waitingLifetimeSeconds - 1;
    pool.expireWaiting();
    QCOMPARE(pool.waitingCount(), waiting);
    clock += 1;
    pool.onNewTip(f.chain->tip().height);
    QCOMPARE(pool.waitingCount(), std::size_t(0));
    QCOMPARE(pool.waitingBytes(), std::size_t(0));
    QCOMPARE(pool.dropReason(computeTxid(ahead.front())), std::optional<DropReason>(DropReason::Expired));
    QCOMPARE(pool.size(), std::size_t(30));
  }

  // A transaction the chain conflicts with (its nonce taken by another) is
  // reported as dropped for a conflict; one the chain included is not dropped.
  void conflictsAreRecordedMinedOnesAreNot() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    pool.setConfirmedCheck([&f](const Hash32& txid) {
      auto location = f.chain->txLocation(txid);
      return location && location->has_value();
    });
    const Tx mined = f.transfer(0, 1, kCoin);
    WB_VERIFY_OK(pool.add(mined));
    Tx rival = f.transfer(1, 2, kCoin);
    const Tx pooled = f.transfer(1, 3, kCoin);  // nonce 1
    Tx loser = pooled;
    loser.nonce = 0;
    (void)signTx(f.ctx, f.accounts.secret(1), f.genesis.params.genesisHash, loser);
    WB_VERIFY_OK(pool.add(loser));
    WB_VERIFY_OK(f.mine({mined, rival}));  // rival takes account 1's nonce 0
    pool.onNewTip(f.chain->tip().height);
    QCOMPARE(pool.size(), std::size_t(0));
    QCOMPARE(pool.dropReason(computeTxid(loser)), std::optional<DropReason>(DropReason::Conflict));
    QVERIFY(!pool.dropReason(computeTxid(mined)));
    auto drops = pool.takeRecentDrops();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().sender, f.accounts.key(1));
    QVERIFY(pool.takeRecentDrops().empty());
  }
};

QTEST_GUILESS_MAIN(TestMempool)
#include "test_mempool.moc"
