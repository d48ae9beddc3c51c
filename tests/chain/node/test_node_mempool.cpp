// The node's mempool in-process (DESIGN §7): it survives a restart through
// mempool.dat, spam on future nonces cannot jam it, waiting transactions expire
// on the node's clock, and tx_status tells why an accepted transaction left.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/mempool/mempool_errc.h"
#include "chain/mempool/tx_file.h"
#include "chain/state/state_errc.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"

using namespace wb;
using namespace wb::node;
using namespace wb::nodetest;

class TestNodeMempool : public NodeSuite {
  Q_OBJECT

private slots:
  // Shut down with transactions pending, the node offers them again at start;
  // a damaged entry in mempool.dat is dropped with a log line.
  void mempoolSurvivesRestart() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    const NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    std::vector<Hash32> ready;
    Hash32 waiting{};
    {
      NodeRunner runner;
      QVERIFY(runner.start(c, kit_->ctx()).ok());
      for (std::uint64_t nonce = 0; nonce < 5; ++nonce) {
        auto txid = onNode(runner, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 3, 4, nonce)); });
        QVERIFY(txid.ok());
        ready.push_back(*txid);
      }
      auto held = onNode(runner, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 5, 4, 2)); });
      QVERIFY(held.ok());
      waiting = *held;
    }
    const std::filesystem::path file =
        (std::filesystem::path(dir.path().toStdString()) / genesis.params.name / "mempool.dat");
    auto saved = readTxFile(file, kMempoolFileMagic);
    QVERIFY(saved.ok());
    QCOMPARE(saved->txs.size(), std::size_t(6));
    // One forged entry (its signature no longer matches) must not come back.
    std::vector<Tx> txs = saved->txs;
    Tx forged = kit_->transfer(genesis.params, 6, 4, 0);
    forged.sig[5] ^= 1;
    txs.push_back(forged);
    QVERIFY(writeTxFile(file, kMempoolFileMagic, txs).ok());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("mempool.dat: dropped .*signature"));
    NodeRunner again;
    QVERIFY(again.start(c, kit_->ctx()).ok());
    QCOMPARE(onNode(again, [](Node& n) { return n.mempool().size(); }), std::size_t(6));
    QVERIFY(onNode(again, [&](Node& n) { return n.mempool().isReady(ready.back()) && n.mempool().contains(waiting); }));
    QVERIFY(onNode(again, [](Node& n) { return n.devProduce(1); }).ok());
    for (const Hash32& txid : ready) {
      auto location = again.node()->chain().txLocation(txid);
      QVERIFY(location.ok() && location->has_value());
    }
  }

  // 800 keys with nothing, 63 future nonces each and huge claimed fees: all
  // refused, so an honest transaction still goes in; funded senders get a few
  // waiting places each, which expire on the node's clock with tx_status
  // "dropped: expired".
  void futureNonceSpamCannotJamThePool() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow() - 3600);
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    c.mempool.waitingLifetimeSeconds = 30;
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());

    testsupport::TestAccounts strangers(kit_->ctx(), 800);
    std::vector<Tx> spam;
    spam.reserve(800 * 63);
    for (std::size_t k = 0; k < strangers.size(); ++k) {
      for (std::uint64_t nonce = 1; nonce <= 63; ++nonce) {
        Tx tx;
        tx.sender = strangers.key(k);
        tx.nonce = nonce;
        tx.payload = TransferPayload{kit_->accounts().key(0), kCoin, ""};
        tx.fee = 1'000'000 * kCoin;
        QVERIFY(signTx(kit_->ctx(), strangers.secret(k), genesis.params.genesisHash, tx).ok());
        spam.push_back(std::move(tx));
      }
    }
    const std::size_t refused = onNode(runner, [&](Node& n) {
      std::size_t count = 0;
      for (const Tx& tx : spam) count += n.submitTx(tx).code() == StateErrc::InsufficientFunds ? 1 : 0;
      return count;
    });
    QCOMPARE(refused, spam.size());
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().size(); }), std::size_t(0));

    // Funded senders 5…9 leave nonce 0 unsent: their later ones wait, a few each.
    const std::size_t perSender = c.mempool.maxWaitingPerSender;
    std::vector<Hash32> held;
    for (std::size_t from = 5; from < 10; ++from) {
      for (std::uint64_t nonce = 1; nonce <= perSender + 1; ++nonce) {
        auto txid = onNode(runner, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, from, 0, nonce)); });
        if (nonce <= perSender) {
          QVERIFY2(txid.ok(), txid.ok() ? "" : txid.error().message.c_str());
          held.push_back(*txid);
        } else {
          QCOMPARE(txid.code(), MempoolErrc::SenderLimit);
        }
      }
    }
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().waitingCount(); }), 5 * perSender);

    const Tx honest = kit_->transfer(genesis.params, 1, 2, 0);
    auto honestId = onNode(runner, [&](Node& n) { return n.submitTx(honest); });
    QVERIFY(honestId.ok());
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    auto status = onNode(runner, [&](Node& n) { return n.txStatus(*honestId); });
    QVERIFY(status.ok() && status->has_value() && (*status)->state == Node::TxStatus::State::Confirmed);

    // dev_produce moves the manual clock with the blocks' times: past the lifetime they are gone.
    const auto tipTime = [](Node& n) { return n.chain().headerRecord(n.chain().tip().hash).value()->header.time; };
    const std::uint64_t admitted = onNode(runner, tipTime);
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().waitingCount(); }), 5 * perSender);
    for (int i = 0; i < 500 && onNode(runner, tipTime) <= admitted + c.mempool.waitingLifetimeSeconds; ++i) {
      QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    }
    QCOMPARE(onNode(runner, [](Node& n) { return n.mempool().waitingCount(); }), std::size_t(0));
    for (const Hash32& txid : held) {
      auto dropped = onNode(runner, [&](Node& n) { return n.txStatus(txid); });
      QVERIFY(dropped.ok() && dropped->has_value());
      QCOMPARE((*dropped)->state, Node::TxStatus::State::Dropped);
      QCOMPARE((*dropped)->dropReason, DropReason::Expired);
    }
  }
};

QTEST_GUILESS_MAIN(TestNodeMempool)
#include "test_node_mempool.moc"
