// A wallet's accounts in the GUI (issue 11): "New account…" adds the next one
// of the recovery words and saves it; a wallet restored from its words (only
// account 0 known) finds the accounts it used on a real dev node (gap limit).
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/test_util.h"
#include "tests/wallet/dev_node_fixture.h"
#include "ui/account_discovery.h"
#include "ui/new_account_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore_file.h"

using namespace wb;
using namespace wb::ui;

class TestWalletAccounts : public QObject {
  Q_OBJECT
  std::shared_ptr<const SecpContext> ctx_;
  QTemporaryDir dir_;

  // The dev mnemonic restored as a user would: a new wallet knows account 0 only.
  std::unique_ptr<WalletModel> restoredDevWallet(const test::LoopbackDevNode& node, const QString& path) {
    const ChainParams& params = node.params();
    auto keystore =
        Keystore::create(*ctx_, KeystoreParams{NetworkId{params.hrp, params.genesisHash}, KdfParams::minimum(), 0},
                         kDevMnemonic, "", "pass");
    if (!keystore || !saveKeystore(*keystore, path)) return nullptr;
    keystore->lock();
    return std::make_unique<WalletModel>(ctx_, std::move(*keystore), path, KdfParams::minimum());
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    ctx_ = std::make_shared<SecpContext>();
  }

  void restoredWalletFindsTheAccountsItUsed() {
    test::LoopbackDevNode node(*ctx_, ConsensusKind::Pow);
    QVERIFY2(node.ok(), node.error().c_str());
    const QString path = dir_.filePath("restored.wallet");
    auto wallet = restoredDevWallet(node, path);
    QVERIFY(wallet);
    QCOMPARE(wallet->keystore()->accounts().size(), std::size_t{1});

    // dev1 … dev9 hold genesis coins: used; dev10 … are not.
    AccountDiscovery discovery(ctx_, node.client(), wallet.get());
    QSignalSpy finished(&discovery, &AccountDiscovery::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().front().toInt(), static_cast<int>(kDevAccounts) - 1);
    QCOMPARE(wallet->keystore()->accounts().size(), kDevAccounts);
    for (std::size_t i = 0; i < kDevAccounts; ++i) QCOMPARE(wallet->keystore()->accounts()[i].key, node.key(i));
    // Saved: a restart finds them without searching again.
    auto reloaded = loadKeystore(*ctx_, path, node.params().genesisHash);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->accounts().size(), kDevAccounts);

    // A second search finds nothing more.
    AccountDiscovery again(ctx_, node.client(), wallet.get());
    QSignalSpy done(&again, &AccountDiscovery::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(done.front().front().toInt(), 0);
  }

  void newAccountDialogAddsTheNextAccount() {
    test::LoopbackDevNode node(*ctx_, ConsensusKind::Pow);
    QVERIFY2(node.ok(), node.error().c_str());
    const QString path = dir_.filePath("new-account.wallet");
    auto wallet = restoredDevWallet(node, path);
    QVERIFY(wallet);
    QSignalSpy changed(wallet.get(), &WalletModel::accountsChanged);
    NewAccountDialog dialog(wallet.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit*>("accountLabelEdit"), "Shop");
    QTest::mouseClick(dialog.findChild<QPushButton*>("okButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));  // while locked: public derivation
    QCOMPARE(changed.count(), 1);
    const auto& accounts = wallet->keystore()->accounts();
    QCOMPARE(accounts.size(), std::size_t{2});
    QCOMPARE(accounts[1].index, 1u);
    QCOMPARE(accounts[1].label, std::string("Shop"));
    QCOMPARE(accounts[1].key, node.key(1));
    auto reloaded = loadKeystore(*ctx_, path, node.params().genesisHash);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->accounts().size(), std::size_t{2});
  }
};

QTEST_MAIN(TestWalletAccounts)
#include "test_wallet_accounts.moc"
