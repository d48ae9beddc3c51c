// TxSender and errorText against a real dev node: sends are signed off the GUI
// thread, submitted, serialised (two quick sends of one account both land), a
// locked wallet fails with a clear translated message, and a refused
// transaction reports the mempool's reason.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/amount.h"
#include "chain/core/core_errc.h"
#include "chain/state/state_errc.h"
#include "tests/support/dev_node.h"
#include "ui/error_text.h"
#include "ui/tx_sender.h"
#include "ui/wallet_model.h"
#include "wallet/wallet_errc.h"

using namespace wb;

class TestTxSender : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void init() {
    dir_ = std::make_unique<QTemporaryDir>();
    auto node = test::DevNode::start(ConsensusKind::Pow, dir_->path(), ctx_);
    QVERIFY2(node, node ? "" : node.error().message.c_str());
    node_ = std::move(*node);
    auto keystore = node_->devKeystore();
    QVERIFY(keystore);
    wallet_ = std::make_unique<ui::WalletModel>(ctxPtr_, std::move(*keystore), dir_->filePath("w.wallet"),
                                                KdfParams::minimum());
    journal_ = std::make_unique<SignedTxSubmitter>(node_->node(), wallet_->path());
    sender_ = std::make_unique<ui::TxSender>(ctxPtr_, node_->params(), &node_->client(), wallet_.get(), journal_.get());
  }

  void cleanup() {
    sender_.reset();
    journal_.reset();
    wallet_.reset();
    node_.reset();
    dir_.reset();
  }

  void quickSendsOfOneAccountAllLand() {
    const AccountKey from = node_->keys()[0];
    const AccountKey to = node_->keys()[1];
    std::vector<Result<Hash32>> results;
    QSignalSpy sent(sender_.get(), &ui::TxSender::sent);
    for (int i = 0; i < 3; ++i) {
      sender_->send(
          from,
          [to](const TxBuilder& builder, const AccountKey& sender, std::uint64_t nonce) {
            return builder.build(sender, nonce, TransferPayload{to, 1'000, "rent"});
          },
          [&results](Result<Hash32> txid) { results.push_back(std::move(txid)); });
    }
    QVERIFY(sender_->isBusy());
    QTRY_COMPARE(results.size(), std::size_t{3});
    for (const auto& r : results) QVERIFY2(r, r ? "" : r.error().message.c_str());
    QCOMPARE(sent.count(), 3);
    QVERIFY(!sender_->isBusy());
    QVERIFY(node_->produce(1));
    Result<state::Account> account = fail(CoreErrc::IoError, "not answered");
    bool answered = false;
    node_->client().account(to, [&](Result<state::Account> a) {
      account = std::move(a);
      answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(account);
    QCOMPARE(account->balance, *checkedAdd(kDevAccountCoins, 3'000));
  }

  void lockedWalletRefusesWithATranslatedSentence() {
    wallet_->lock();
    std::optional<Result<Hash32>> result;
    sender_->send(
        node_->keys()[0],
        [](const TxBuilder&, const AccountKey&, std::uint64_t) -> Result<Tx> {
          return fail(CoreErrc::IoError, "the recipe must not run while locked");
        },
        [&result](Result<Hash32> txid) { result = std::move(txid); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!*result);
    QCOMPARE(result->code(), WalletErrc::Locked);
    QCOMPARE(ui::errorText(result->error()), QStringLiteral("The wallet is locked. Unlock it first."));
  }

  void refusedTransactionReportsWhy() {
    std::optional<Result<Hash32>> result;
    const AccountKey to = node_->keys()[1];
    sender_->send(
        node_->keys()[0],
        [to](const TxBuilder& builder, const AccountKey& sender, std::uint64_t nonce) {
          return builder.build(sender, nonce, TransferPayload{to, *checkedMul(kDevAccountCoins, 2), ""});
        },
        [&result](Result<Hash32> txid) { result = std::move(txid); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!*result);
    QCOMPARE(result->code(), StateErrc::InsufficientFunds);
    QVERIFY(ui::errorText(result->error()).contains(QStringLiteral("balance is too low")));
  }

  // A transaction signed on a GUI page is journalled (SignedTxKeeper) before its
  // txid is shown: after a stop that writes no mempool.dat (a crash, SIGKILL) the
  // next session submits it again.
  void signedTransactionSurvivesAStopWithoutMempoolFile() {
    const AccountKey to = node_->keys()[1];
    std::optional<Result<Hash32>> result;
    sender_->send(
        node_->keys()[0],
        [to](const TxBuilder& builder, const AccountKey& sender, std::uint64_t nonce) {
          return builder.build(sender, nonce, TransferPayload{to, 4'000, "kept"});
        },
        [&result](Result<Hash32> txid) { result = std::move(txid); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(*result, result->ok() ? "" : result->error().message.c_str());
    const Hash32 txid = **result;
    const GenesisFile genesis = node_->genesis();
    QString networkDir;
    node_->onNode([&](node::Node& node) { networkDir = node.networkDir(); });
    sender_.reset();
    journal_.reset();
    node_.reset();
    // What a SIGKILL leaves: the node never wrote its mempool.
    QVERIFY(QFile::remove(QDir(networkDir).filePath("mempool.dat")));

    auto restarted =
        test::DevNode::start(ConsensusKind::Pow, dir_->path(), ctx_, test::DevNodeOptions::joining(genesis));
    QVERIFY2(restarted, restarted ? "" : restarted.error().message.c_str());
    node_ = std::move(*restarted);
    const auto pending = [&] {
      bool inPool = false;
      node_->onNode([&](node::Node& node) { inPool = node.mempool().contains(txid); });
      return inPool;
    };
    QVERIFY(!pending());
    journal_ = std::make_unique<SignedTxSubmitter>(node_->node(), wallet_->path());
    sender_ = std::make_unique<ui::TxSender>(ctxPtr_, node_->params(), &node_->client(), wallet_.get(), journal_.get());
    QTRY_VERIFY(pending());
    QVERIFY(node_->produce(1));
    std::optional<node::Node::TxStatus> status;
    node_->onNode([&](node::Node& node) { status = node.txStatus(txid).value(); });
    QVERIFY(status && status->state == node::Node::TxStatus::State::Confirmed);
  }

  void everyCodeWithoutASentenceFallsBackToTheMessage() {
    const Error internal{StateErrc::Corrupt, "a stored record is damaged"};
    QCOMPARE(ui::errorTextForCode(StateErrc::Corrupt), QString());
    QCOMPARE(ui::errorText(internal), QStringLiteral("a stored record is damaged"));
  }

private:
  SecpContext ctx_;
  std::shared_ptr<const SecpContext> ctxPtr_ = std::make_shared<const SecpContext>();
  std::unique_ptr<QTemporaryDir> dir_;
  std::unique_ptr<test::DevNode> node_;
  std::unique_ptr<ui::WalletModel> wallet_;
  std::unique_ptr<SignedTxSubmitter> journal_;
  std::unique_ptr<ui::TxSender> sender_;
};

QTEST_MAIN(TestTxSender)
#include "test_tx_sender.moc"
