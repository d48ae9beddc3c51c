// SignedTxKeeper on real dev nodes: what the wallet signed is submitted again
// when the node lost it (a stop without mempool.dat) and stays pending through
// a reorganisation that takes its block away, until a block of the new branch
// holds it. A refused transaction leaves no trace in the journal.
#include <QDir>
#include <QFile>
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/tx_sign.h"
#include "chain/state/state_errc.h"
#include "tests/support/dev_node.h"
#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "wallet/signed_tx_keeper.h"

using namespace wb;

namespace {

QString walletPathIn(const QTemporaryDir& dir) { return dir.filePath("shop.wallet"); }

// Attaches the keeper of `walletPath` on `node` and submits `tx` through it.
Result<Hash32> submitKept(test::LoopbackDevNode& node, const QString& walletPath, const Tx& tx) {
  Result<Hash32> out = fail(CoreErrc::IoError, "not run");
  node.onNode([&](node::Node& n) {
    auto keeper = SignedTxKeeper::attach(n, walletPath);
    if (!keeper) {
      out = keeper.error();
      return;
    }
    out = (*keeper)->submit(tx);
  });
  return out;
}

std::optional<node::Node::TxStatus::State> stateOf(test::LoopbackDevNode& node, const Hash32& txid) {
  std::optional<node::Node::TxStatus::State> out;
  node.onNode([&](node::Node& n) {
    auto status = n.txStatus(txid);
    if (status && *status) out = (*status)->state;
  });
  return out;
}

}  // namespace

class TestSignedTxKeeper : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto().ok()); }

  void refusedTransactionLeavesNoTrace() {
    QTemporaryDir walletDir;
    test::LoopbackDevNode a(ctx_, ConsensusKind::Pow);
    QVERIFY2(a.ok(), a.error().c_str());
    auto keystore = a.devKeystore(2);
    WB_VERIFY_OK(keystore);
    TxBuilder builder(ctx_, a.params(), *keystore);
    const AccountKey k0 = keystore->accounts()[0].key, k1 = keystore->accounts()[1].key;
    auto tooMuch = builder.build(k0, 0, TransferPayload{k1, *checkedMul(kDevAccountCoins, 2), ""});
    WB_VERIFY_OK(tooMuch);
    WB_VERIFY_FAILS(submitKept(a, walletPathIn(walletDir), *tooMuch), StateErrc::InsufficientFunds);
    std::size_t kept = 99;
    a.onNode([&](node::Node& n) {
      kept = SignedTxKeeper::attach(n, walletPathIn(walletDir)).value()->journal().txs().size();
    });
    QCOMPARE(kept, std::size_t{0});
  }

  // A reorganisation takes away the blocks holding the wallet's transactions: a
  // payment into a fresh account (F) and a spend from it (T). Both go back to a
  // pool with room for one, so the node drops one of them; the keeper submits it
  // again once there is room, both are mined on the new branch, and the journal
  // forgets them only once they are buried deep enough.
  void reorganisationThatDropsATransactionIsRepaired() {
    QTemporaryDir walletDir;
    test::LoopbackNodeOptions small;
    small.mempool.maxTxs = 1;
    test::LoopbackDevNode a(ctx_, ConsensusKind::Pow, small);
    QVERIFY2(a.ok(), a.error().c_str());
    auto keystore = a.devKeystore(kDevAccounts + 1);
    WB_VERIFY_OK(keystore);
    TxBuilder builder(ctx_, a.params(), *keystore);
    const AccountKey k0 = keystore->accounts()[0].key, k1 = keystore->accounts()[1].key;
    const AccountKey fresh = keystore->accounts()[kDevAccounts].key;  // not funded by the genesis
    auto fund = builder.build(k0, 0, TransferPayload{fresh, 5 * kCoin, "float"});
    WB_VERIFY_OK(fund);
    WB_VERIFY_OK(submitKept(a, walletPathIn(walletDir), *fund));
    QVERIFY2(a.produce(1), a.error().c_str());
    auto spend = builder.build(fresh, 0, TransferPayload{k1, 3 * kCoin, "order 7"});
    WB_VERIFY_OK(spend);
    const Hash32 txid = computeTxid(*spend);
    WB_VERIFY_OK(submitKept(a, walletPathIn(walletDir), *spend));
    QVERIFY2(a.produce(1), a.error().c_str());
    QCOMPARE(stateOf(a, txid), std::optional(node::Node::TxStatus::State::Confirmed));

    // A longer branch without either, from another node of the network.
    test::LoopbackDevNode b(ctx_, ConsensusKind::Pow, test::LoopbackNodeOptions::joining(a.genesis()));
    QVERIFY2(b.ok(), b.error().c_str());
    QVERIFY2(b.produce(4), b.error().c_str());
    const TipPosition longer = b.tip();
    WB_VERIFY_OK(b.dial(a));
    QTRY_COMPARE_WITH_TIMEOUT(a.tip().hash, longer.hash, 20000);
    const Hash32 fundId = computeTxid(*fund);
    std::size_t inPool = 0;
    a.onNode([&](node::Node& n) { inPool = n.mempool().size(); });
    QCOMPARE(inPool, std::size_t{1});  // one of the two was dropped
    QVERIFY(stateOf(a, txid) != node::Node::TxStatus::State::Confirmed);

    for (int i = 0; i < 4 && stateOf(a, txid) != node::Node::TxStatus::State::Confirmed; ++i) {
      QVERIFY2(a.produce(1), a.error().c_str());
    }
    QCOMPARE(stateOf(a, fundId), std::optional(node::Node::TxStatus::State::Confirmed));
    QCOMPARE(stateOf(a, txid), std::optional(node::Node::TxStatus::State::Confirmed));
    QVERIFY2(a.produce(6), a.error().c_str());
    std::size_t kept = 99;
    a.onNode([&](node::Node& n) {
      kept = SignedTxKeeper::attach(n, walletPathIn(walletDir)).value()->journal().txs().size();
    });
    QCOMPARE(kept, std::size_t{0});
  }

  // What the wallet signed is submitted again by the next session when the node
  // stopped without writing mempool.dat (SIGKILL).
  void lostTransactionIsSubmittedAgainAtAttach() {
    QTemporaryDir walletDir;
    GenesisFile genesis;
    Hash32 txid{};
    QString networkDir;
    QTemporaryDir nodeDir;
    {
      auto dev = test::DevNode::start(ConsensusKind::Pow, nodeDir.path(), ctx_);
      WB_VERIFY_OK(dev);
      genesis = (*dev)->genesis();
      auto keystore = (*dev)->devKeystore(2);
      WB_VERIFY_OK(keystore);
      TxBuilder builder(ctx_, (*dev)->params(), *keystore);
      auto tx = builder.build(keystore->accounts()[0].key, 0, TransferPayload{keystore->accounts()[1].key, kCoin, ""});
      WB_VERIFY_OK(tx);
      txid = computeTxid(*tx);
      bool submitted = false;
      (*dev)->onNode([&](node::Node& n) {
        networkDir = n.networkDir();
        auto keeper = SignedTxKeeper::attach(n, walletPathIn(walletDir));
        submitted = keeper && (*keeper)->submit(*tx).ok();
      });
      QVERIFY(submitted);
    }
    QVERIFY(QFile::remove(QDir(networkDir).filePath("mempool.dat")));
    auto dev = test::DevNode::start(ConsensusKind::Pow, nodeDir.path(), ctx_, test::DevNodeOptions::joining(genesis));
    WB_VERIFY_OK(dev);
    bool inPool = true;
    (*dev)->onNode([&](node::Node& n) { inPool = n.mempool().contains(txid); });
    QVERIFY(!inPool);
    bool attached = false;
    (*dev)->onNode([&](node::Node& n) {
      attached = SignedTxKeeper::attach(n, walletPathIn(walletDir)).ok();
      inPool = n.mempool().contains(txid);
    });
    QVERIFY(attached);
    QVERIFY(inPool);
  }

private:
  SecpContext ctx_;
};

QTEST_GUILESS_MAIN(TestSignedTxKeeper)
#include "test_signed_tx_keeper.moc"
