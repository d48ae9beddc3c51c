// Networks the wallet's owner produces on (issue 11: "a new network never makes a
// block"): a real node started with production on and no keys waits for the
// wallet. PoW mines to account 0 whether the wallet is locked or not; DPoS — a
// network made exactly as the first-run wizard makes it — produces once the
// wallet is unlocked and stops when it locks.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>

#include "chain/core/genesis.h"
#include "chain/core/genesis_file.h"
#include "chain/node/local_node_client.h"
#include "chain/node/node_runner.h"
#include "tests/test_util.h"
#include "ui/producer_keys.h"
#include "ui/wallet_model.h"
#include "ui/wizard/wallet_setup.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore_file.h"

using namespace wb;
using namespace wb::ui;

namespace {

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

constexpr std::string_view kMnemonic = "legal winner thank year wave sausage worth useful legal winner thank yellow";

}  // namespace

class TestProducerKeys : public QObject {
  Q_OBJECT
  std::shared_ptr<const SecpContext> ctx_;

  struct Running {
    std::unique_ptr<node::NodeRunner> runner;
    std::unique_ptr<node::NodeClient> client;
    ~Running() {
      client.reset();  // before the node stops (NodeClient's contract)
      runner.reset();
    }
  };

  // A node of `genesis` in `dir` that wants to produce but has no keys yet.
  std::unique_ptr<Running> startAwaitingKeys(const QString& dir, const GenesisFile& genesis) {
    node::NodeConfig config;
    config.dataDir = dir;
    config.genesis = genesis;
    config.produce = true;
    config.awaitProducerKeys = true;
    auto running = std::make_unique<Running>();
    running->runner = std::make_unique<node::NodeRunner>();
    const Status started = running->runner->start(config, *ctx_);
    if (!started) {
      qWarning() << started.error().message.c_str();
      return nullptr;
    }
    running->client = std::make_unique<node::LocalNodeClient>(running->runner->node());
    return running;
  }

  static std::optional<node::ProducerStatus> producer(node::NodeClient* client) {
    std::optional<node::ProducerStatus> out;
    bool answered = false;
    client->producer([&](Result<node::ProducerStatus> s) {
      answered = true;
      if (s) out = *s;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return out;
  }

  static std::uint64_t height(node::NodeClient* client) {
    std::uint64_t h = 0;
    bool answered = false;
    client->status([&](Result<node::NodeStatus> s) {
      answered = true;
      if (s) h = s->tip.height;
    });
    (void)QTest::qWaitFor([&] { return answered; }, 10000);
    return h;
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    ctx_ = std::make_shared<SecpContext>();
  }

  void powMinesToAccountZeroWhileLocked() {
    QTemporaryDir dir;
    // The dev PoW parameters (an easy target); the wallet is not a dev wallet.
    auto keystore = Keystore::create(*ctx_, KeystoreParams{NetworkId{"wbd", Hash32{}}, KdfParams::minimum(), 0},
                                     kMnemonic, "", "pass");
    QVERIFY(keystore);
    auto devKeys = devAccountKeys(*ctx_);
    QVERIFY(devKeys);
    auto genesis = makeDevGenesis(ConsensusKind::Pow, unixNow(),
                                  std::span<const AccountKey, kDevAccounts>(devKeys->data(), kDevAccounts));
    QVERIFY(genesis);
    auto running = startAwaitingKeys(dir.path(), *genesis);
    QVERIFY(running);
    auto waiting = producer(running->client.get());
    QVERIFY(waiting && waiting->waitingForKeys && !waiting->producing);

    const AccountKey mine = keystore->accounts().front().key;
    keystore->lock();
    WalletModel wallet(ctx_, std::move(*keystore), dir.filePath("w.wallet"), KdfParams::minimum());
    QVERIFY(wallet.isLocked());
    ProducerKeyFeeder feeder(ctx_, ConsensusKind::Pow, running->client.get(), &wallet);
    QTRY_VERIFY_WITH_TIMEOUT(height(running->client.get()) >= 2, 30000);
    QVERIFY(wallet.isLocked());
    std::optional<state::Account> account;
    running->client->account(mine, [&](Result<state::Account> a) {
      if (a) account = *a;
    });
    QTRY_VERIFY(account.has_value());
    QVERIFY(account->balance >= genesis->params.blockReward);  // its rewards
  }

  void dposNetworkFromTheWizardProducesWhileUnlocked() {
    QTemporaryDir dir;
    WalletSetupRequest request;
    request.dataDir = dir.path();
    request.mnemonic = SecureBytes::copyOf(kMnemonic);
    request.walletPassphrase = SecureBytes::copyOf(std::string_view("pass"));
    request.kdf = KdfParams::minimum();
    request.network = NetworkChoice::New;
    request.consensus = ConsensusKind::Dpos;
    request.networkName = QStringLiteral("shop-dpos");
    request.allocation = 1000 * kCoin;
    request.delegateName = QStringLiteral("myshop");
    request.now = unixNow() - 10;
    auto made = setUpWallet(*ctx_, request);
    QVERIFY2(made, made ? "" : made.error().message.c_str());
    auto genesis = readGenesisFile(std::filesystem::path(made->genesisPath.toStdString()));
    QVERIFY(genesis);
    auto running = startAwaitingKeys(dir.path(), *genesis);
    QVERIFY(running);
    auto keystore = loadKeystore(*ctx_, made->walletPath, genesis->params.genesisHash);
    QVERIFY(keystore);
    WalletModel wallet(ctx_, std::move(*keystore), made->walletPath, KdfParams::minimum());
    ProducerKeyFeeder feeder(ctx_, ConsensusKind::Dpos, running->client.get(), &wallet);
    QSignalSpy handed(&feeder, &ProducerKeyFeeder::keysHanded);

    // Locked: the node waits for the wallet and says so; no block comes.
    QTRY_VERIFY(producer(running->client.get())->waitingForKeys);
    QTest::qWait(static_cast<int>(genesis->params.blockTime) * 1000 + 500);
    QCOMPARE(height(running->client.get()), std::uint64_t{0});

    // Unlocked: the sole delegate signs its slots.
    QVERIFY(wallet.unlock(QStringLiteral("pass")));
    QTRY_VERIFY_WITH_TIMEOUT(height(running->client.get()) >= 1, 30000);
    auto producing = producer(running->client.get());
    QVERIFY(producing && producing->producing && !producing->waitingForKeys);

    // Locked again: the keys go back; production waits.
    wallet.lock();
    QTRY_VERIFY(producer(running->client.get())->waitingForKeys);
    QVERIFY(handed.count() >= 2);
    QCOMPARE(handed.back().front().toInt(), 0);
  }
};

QTEST_MAIN(TestProducerKeys)
#include "test_producer_keys.moc"
