// How waybilld picks its network and keys: dev networks, joining by genesis
// file, named networks, and the dev accounts.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "app/app_errc.h"
#include "app/node_setup.h"
#include "chain/core/genesis.h"
#include "chain/core/genesis_file.h"
#include "chain/node/node_errc.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore_file.h"
#include "wallet/passphrase_text.h"

using namespace wb;
using namespace wb::app;

class TestNodeSetup : public QObject {
  Q_OBJECT

private:
  std::unique_ptr<SecpContext> ctx_;

  static Options devOptions(const QString& dir, DevConsensus kind) {
    Options o;
    o.dataDir = dir.toStdString();
    o.dev = kind;
    return o;
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
  }

  // Issue 14: one passphrase works everywhere. A wallet whose passphrase was set
  // in the GUI (NFKD: "e" + combining accent) opens from a --passphrase-file
  // holding the precomposed "é" another keyboard types.
  void passphraseFileIsTakenAsTheGuiTakesIt() {
    QTemporaryDir dir;
    auto keys = devAccountKeys(*ctx_);
    QVERIFY(keys.ok());
    auto genesis = makeDevGenesis(ConsensusKind::Pow, 1'700'000'000,
                                  std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
    QVERIFY(genesis.ok());
    const QString genesisPath = QDir(dir.path()).filePath("net.json");
    QVERIFY(writeGenesisFile(genesisPath.toStdString(), *genesis).ok());
    const std::string decomposed =
        "caf"
        "e\xcc\x81 au lait";  // as the GUI stores it
    const std::string precomposed =
        "caf"
        "\xc3\xa9 au lait";  // as a French keyboard types it
    QCOMPARE(normalisePassphrase(precomposed).asString(), std::string_view(decomposed));
    KeystoreParams params{NetworkId{genesis->params.hrp, genesis->params.genesisHash}, KdfParams::minimum(), 0};
    auto keystore = Keystore::create(*ctx_, params, kDevMnemonic, "", decomposed);
    QVERIFY(keystore.ok());
    const QString walletPath = QDir(dir.path()).filePath("shop.wallet");
    QVERIFY(saveKeystore(*keystore, walletPath).ok());
    QFile file(QDir(dir.path()).filePath("pass.txt"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(precomposed + "\n"));
    file.close();

    Options o;
    o.dataDir = QDir(dir.path()).filePath("data").toStdString();
    o.genesisFile = genesisPath.toStdString();
    o.walletFile = walletPath.toStdString();
    o.passphraseFile = file.fileName().toStdString();
    o.produce = true;
    auto setup = prepareNode(o, *ctx_);
    QVERIFY2(setup.ok(), setup.ok() ? "" : setup.error().message.c_str());
    QCOMPARE(setup->keys.keys.size(), std::size_t{1});  // unlocked: account 0 produces
  }

  // The dev accounts are the dev wallet's accounts 0–9 (same mnemonic, derived
  // through the keystore), and the dev genesis funds exactly them.
  void devAccountsMatchTheWallet() {
    auto dev = devAccounts(*ctx_, kDevAccounts);
    QVERIFY(dev.ok());
    QCOMPARE(dev->keys.size(), kDevAccounts);
    KeystoreParams params;
    params.network = NetworkId{"wbd", Hash32{}};
    params.kdf = KdfParams::minimum();
    auto keystore = Keystore::create(*ctx_, params, kDevMnemonic, "", "pass");
    QVERIFY(keystore.ok());
    for (std::size_t i = 1; i < kDevAccounts; ++i) QVERIFY(keystore->addAccount(*ctx_, "a").ok());
    for (std::size_t i = 0; i < kDevAccounts; ++i) {
      QCOMPARE(dev->keys[i], keystore->accounts()[i].key);
      auto secret = keystore->secretKey(*ctx_, static_cast<std::uint32_t>(i));
      QVERIFY(secret.ok());
      QVERIFY(secret->view().size() == dev->secrets[i]->size());
      QVERIFY(std::equal(secret->view().begin(), secret->view().end(), dev->secrets[i]->view().begin()));
    }
  }

  // A dev network made for --dev-clock manual is dated a month back, so its
  // dev_produce'd blocks (one block time apart) stay behind real time; one for
  // the system clock starts now.
  void manualClockDevNetworkIsBackdated() {
    const auto unixNow = [] { return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()); };
    QTemporaryDir manualDir;
    Options manual = devOptions(manualDir.path(), DevConsensus::Dpos);
    manual.devClockManual = true;
    const std::uint64_t before = unixNow();
    auto backdated = resolveNetwork(manual, manualDir.path(), *ctx_);
    QVERIFY(backdated.ok());
    QVERIFY(backdated->params.genesisTime >= before - kManualDevBackdateSeconds);
    QVERIFY(backdated->params.genesisTime <= unixNow() - kManualDevBackdateSeconds);
    QVERIFY(kManualDevBackdateSeconds >= 7 * 24 * 3600);

    QTemporaryDir systemDir;
    auto current = resolveNetwork(devOptions(systemDir.path(), DevConsensus::Dpos), systemDir.path(), *ctx_);
    QVERIFY(current.ok());
    QVERIFY(current->params.genesisTime >= before && current->params.genesisTime <= unixNow());
  }

  // --dev creates DATADIR/dev-KIND/genesis.json once; later starts reuse it, a
  // second node joins with --genesis, and another network of the same name is refused.
  void devNetworkIsCreatedOnce() {
    QTemporaryDir dir;
    auto first = resolveNetwork(devOptions(dir.path(), DevConsensus::Pos), dir.path(), *ctx_);
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first->params.name, std::string("dev-pos"));
    const QString path = QDir(dir.path()).filePath("dev-pos/genesis.json");
    QVERIFY(QFile::exists(path));
    QTest::qWait(1100);  // a new dev genesis would get another time, hence another hash
    auto again = resolveNetwork(devOptions(dir.path(), DevConsensus::Pos), dir.path(), *ctx_);
    QVERIFY(again.ok());
    QCOMPARE(again->params.genesisHash, first->params.genesisHash);

    QTemporaryDir other;
    Options join;
    join.dataDir = other.path().toStdString();
    join.genesisFile = path.toStdString();
    auto joined = resolveNetwork(join, other.path(), *ctx_);
    QVERIFY(joined.ok());
    QCOMPARE(joined->params.genesisHash, first->params.genesisHash);
    QVERIFY(QFile::exists(QDir(other.path()).filePath("dev-pos/genesis.json")));
    Options named;
    named.network = "dev-pos";
    auto reopened = resolveNetwork(named, other.path(), *ctx_);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened->params.genesisHash, first->params.genesisHash);

    // A different dev-pos (created in a third directory a second later) cannot join `other`.
    QTemporaryDir third;
    auto different = resolveNetwork(devOptions(third.path(), DevConsensus::Pos), third.path(), *ctx_);
    QVERIFY(different.ok());
    QVERIFY(different->params.genesisHash != first->params.genesisHash);
    Options clash;
    clash.genesisFile = QDir(third.path()).filePath("dev-pos/genesis.json").toStdString();
    QCOMPARE(resolveNetwork(clash, other.path(), *ctx_).code(), NodeErrc::GenesisMismatch);
  }

  void missingOrUnknownNetwork() {
    QTemporaryDir dir;
    QCOMPARE(resolveNetwork(Options{}, dir.path(), *ctx_).code(), AppErrc::UsageMissingValue);
    Options named;
    named.network = "nowhere";
    QCOMPARE(resolveNetwork(named, dir.path(), *ctx_).code(), NodeErrc::UnknownNetwork);
  }

  // prepareNode: dev networks produce with the ten dev keys and serve the dev wallet.
  void devSetup() {
    QTemporaryDir dir;
    Options o = devOptions(dir.path(), DevConsensus::Dpos);
    o.devClockManual = true;
    auto setup = prepareNode(o, *ctx_);
    QVERIFY2(setup.ok(), setup.ok() ? "" : setup.error().message.c_str());
    QCOMPARE(setup->config.producers.size(), kDevAccounts);
    QVERIFY(setup->config.manualClock);
    QVERIFY(setup->config.rpc.has_value());
    QVERIFY(QFile::exists(setup->walletPath));
    QVERIFY(setup->walletPassphrase != nullptr);
    for (const LocalProducer& p : setup->config.producers) QVERIFY(p.secret != nullptr && p.secret->size() == 32);

    Options manualOnProduction;
    manualOnProduction.dataDir = dir.path().toStdString();
    manualOnProduction.network = "dev-dpos";
    manualOnProduction.devClockManual = true;
    QCOMPARE(prepareNode(manualOnProduction, *ctx_).code(), AppErrc::UsageBadValue);
  }
};

QTEST_GUILESS_MAIN(TestNodeSetup)
#include "test_node_setup.moc"
