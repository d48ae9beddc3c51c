// The mempool against a real chain store: validation on top of the tip and the
// pool, nonce gaps, dependencies across senders, fee ordering, limits, new tips
// and reorganisations.
#include <QtTest>

#include "chain/core/tx_codec.h"
#include "chain/mempool/mempool.h"
#include "tests/support/chain_fixture.h"
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
    auto imported = importTxs(txs);
    if (!imported) return imported.error();
    return {};
  }
};

}  // namespace

class TestMempool : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void acceptsValidAndRejectsBadWithoutChange() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    const Tx good = f.transfer(0, 1, kCoin);
    auto txid = pool.add(good);
    WB_VERIFY_OK(txid);
    QVERIFY(pool.contains(*txid) && pool.isReady(*txid));
    WB_VERIFY_FAILS(pool.add(good), Errc::MempoolDuplicate);

    Tx forged = f.transfer(1, 2, kCoin);
    forged.sig[3] ^= 1;
    WB_VERIFY_FAILS(pool.add(forged), Errc::TxBadSignature);
    Tx replay = good;
    replay.payload = TransferPayload{f.accounts.key(2), 2 * kCoin, ""};
    (void)signTx(f.ctx, f.accounts.secret(0), f.genesis.params.genesisHash, replay);
    WB_VERIFY_FAILS(pool.add(replay), Errc::StateBadNonce);  // nonce 0 is pending already
    WB_VERIFY_FAILS(pool.add(f.transfer(3, 1, 2'000'000 * kCoin)), Errc::StateInsufficientFunds);
    Tx cheap = f.transfer(4, 1, kCoin);
    cheap.fee = 1;
    (void)signTx(f.ctx, f.accounts.secret(4), f.genesis.params.genesisHash, cheap);
    WB_VERIFY_FAILS(pool.add(cheap), Errc::TxFeeTooLow);
    QCOMPARE(pool.size(), std::size_t(1));
    QCOMPARE(pool.bytes(), encodedTxSize(good));
  }

  void spendsCountPendingTransactions() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    // Account 0 sends almost everything; a second send must see the pending one.
    WB_VERIFY_OK(pool.add(f.transfer(0, 1, 999'999 * kCoin)));
    WB_VERIFY_FAILS(pool.add(f.transfer(0, 2, 2 * kCoin)), Errc::StateInsufficientFunds);
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
    WB_VERIFY_FAILS(pool.add(far), Errc::MempoolNonceTooFarAhead);
  }

  // A payment depends on another sender's order creation: however the fees are
  // set, the block lists the creation first, and the chain accepts the block.
  void dependenciesAcrossSendersAndFeeOrder() {
    Fixture f;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0);
    OrderCreatePayload order;
    order.merchant = f.accounts.key(1);
    order.buyer = f.accounts.key(0);
    order.item = "lamp";
    order.quantity = 2;
    order.unitPrice = 5 * kCoin;
    order.payWindow = order.shipWindow = order.confirmWindow = 50;
    const Tx create = f.factory.makeTx(0, order);
    Tx pay = f.factory.makeTx(2, OrderPayPayload{computeTxid(create), 10 * kCoin});
    pay.fee *= 50;  // far more attractive than the creation
    (void)signTx(f.ctx, f.accounts.secret(2), f.genesis.params.genesisHash, pay);
    const Tx rich = f.transfer(3, 4, kCoin, 100'000);
    const Tx poor = f.transfer(4, 3, kCoin);
    for (const Tx* tx : std::initializer_list<const Tx*>{&create, &pay, &poor, &rich}) WB_VERIFY_OK(pool.add(*tx));

    auto chosen = pool.selectForBlock(f.accounts.key(5), 1 << 20);
    WB_VERIFY_OK(chosen);
    QCOMPARE(chosen->size(), std::size_t(4));
    auto position = [&](const Tx& tx) {
      return std::find(chosen->begin(), chosen->end(), tx) - chosen->begin();
    };
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
    limits.maxPerSender = 2;
    Mempool pool(f.genesis.params, f.ctx, f.chain->latestState(), 0, limits);
    const Tx cheap = f.transfer(0, 5, kCoin);
    WB_VERIFY_OK(pool.add(cheap));
    WB_VERIFY_OK(pool.add(f.transfer(1, 5, kCoin, 500)));
    WB_VERIFY_OK(pool.add(f.transfer(2, 5, kCoin, 500)));
    WB_VERIFY_FAILS(pool.add(f.transfer(3, 5, kCoin)), Errc::MempoolFull);  // not better than anything
    const Tx better = f.transfer(4, 5, kCoin, 1000);
    WB_VERIFY_OK(pool.add(better));
    QCOMPARE(pool.size(), std::size_t(3));
    QVERIFY(!pool.contains(computeTxid(cheap)));
    // Per-sender limit.
    WB_VERIFY_OK(pool.add(f.transfer(4, 5, kCoin, 2000)));
    WB_VERIFY_FAILS(pool.add(f.transfer(4, 5, kCoin, 3000)), Errc::MempoolSenderLimit);
  }
};

QTEST_GUILESS_MAIN(TestMempool)
#include "test_mempool.moc"
