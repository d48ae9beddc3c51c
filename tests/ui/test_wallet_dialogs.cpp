// The wallet dialogs on a real keystore file: unlock (wrong passphrase refused, nothing
// unlocked), change passphrase, reveal the words, back up, and auto-lock.
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/secure_bytes.h"
#include "ui/backup_dialog.h"
#include "ui/change_passphrase_dialog.h"
#include "ui/reveal_mnemonic_dialog.h"
#include "ui/unlock_dialog.h"
#include "ui/wallet_model.h"
#include "wallet/keystore_file.h"
#include "wallet/wallet_errc.h"

using namespace wb;
using namespace wb::ui;

namespace {

// The BIP39 test vector mnemonic (zero entropy).
constexpr std::string_view kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const Hash32 kGenesis = [] {
  Hash32 hash;
  hash.fill(0x42);
  return hash;
}();

void type(QWidget* root, const char* name, const QString& text) {
  auto* edit = root->findChild<QLineEdit*>(name);
  QVERIFY2(edit, name);
  edit->clear();
  QTest::keyClicks(edit, text);
}

void clickOk(QWidget* dialog) { QTest::mouseClick(dialog->findChild<QPushButton*>("okButton"), Qt::LeftButton); }

QString errorOf(QWidget* dialog) { return dialog->findChild<QLabel*>("dialogError")->text(); }

}  // namespace

class TestWalletDialogs : public QObject {
  Q_OBJECT
  std::shared_ptr<const SecpContext> ctx_;
  QTemporaryDir dir_;
  QString path_;

  std::unique_ptr<WalletModel> openModel() {
    auto keystore = loadKeystore(*ctx_, path_, kGenesis);
    if (!keystore) return nullptr;
    return std::make_unique<WalletModel>(ctx_, std::move(*keystore), path_, KdfParams::minimum());
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_shared<SecpContext>();
    path_ = dir_.filePath("wallets/test.wallet");
    auto keystore = Keystore::create(*ctx_, KeystoreParams{NetworkId{"wbd", kGenesis}, KdfParams::minimum(), 0},
                                     kMnemonic, "", "right passphrase");
    QVERIFY(keystore.ok());
    QVERIFY(saveKeystore(*keystore, path_).ok());
  }

  void wrongPassphraseUnlocksNothing() {
    auto model = openModel();
    QVERIFY(model && model->isLocked());
    UnlockDialog dialog(model.get());
    dialog.show();
    type(&dialog, "passphraseEdit", "wrong passphrase");
    clickOk(&dialog);
    QTRY_VERIFY(!model->isBusy());
    QTRY_VERIFY(!errorOf(&dialog).isEmpty());
    QVERIFY(dialog.findChild<QLabel*>("dialogError")->isVisible());
    QVERIFY(model->isLocked());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLineEdit*>("passphraseEdit")->text().isEmpty());
    QVERIFY(model->keystore()->secretKey(*ctx_, 0).code() == WalletErrc::Locked);

    type(&dialog, "passphraseEdit", "right passphrase");
    clickOk(&dialog);
    QVERIFY(dialog.findChild<QWidget*>("busyIndicator")->isVisible());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!model->isLocked());
    QVERIFY(model->keystore()->secretKey(*ctx_, 0).ok());
    QVERIFY(model->accountAddress(0).startsWith("wbd1"));
  }

  // The dev wallet's passphrase is empty (issue 11): the dialog says so, has its
  // field focused, and an empty passphrase unlocks it; for other wallets an
  // empty one is a wrong passphrase like any other.
  void emptyPassphraseUnlocksTheDevWallet() {
    const QString devPath = dir_.filePath("wallets/dev-pow.dev.wallet");
    auto created =
        Keystore::create(*ctx_, KeystoreParams{NetworkId{"wbd", kGenesis}, KdfParams::minimum(), 0}, kMnemonic, "", "");
    QVERIFY(created.ok());
    QVERIFY(saveKeystore(*created, devPath).ok());
    auto keystore = loadKeystore(*ctx_, devPath, kGenesis);
    QVERIFY(keystore.ok());
    WalletModel dev(ctx_, std::move(*keystore), devPath, KdfParams::minimum());
    UnlockDialog dialog(&dev);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QLineEdit*>("passphraseEdit"));
    bool hinted = false;
    for (QLabel* label : dialog.findChildren<QLabel*>()) hinted |= label->text().contains("empty");
    QVERIFY(hinted);
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dev.isLocked());

    auto other = openModel();
    UnlockDialog refused(other.get());
    refused.show();
    clickOk(&refused);
    QTRY_VERIFY(!other->isBusy());
    QTRY_VERIFY(!errorOf(&refused).isEmpty());
    QVERIFY(other->isLocked());
  }

  void autoLockLocksAfterIdleTime() {
    auto model = openModel();
    QSignalSpy locked(model.get(), &WalletModel::lockedChanged);
    QVERIFY(model->unlock(QStringLiteral("right passphrase")));
    QTRY_VERIFY(!model->isLocked());
    model->setAutoLockTimeout(std::chrono::milliseconds(50));
    QTRY_VERIFY(model->isLocked());
    QCOMPARE(locked.size(), 2);
    QCOMPARE(locked.last().at(0).toBool(), true);
  }

  void revealsTheWordsOnlyWithThePassphrase() {
    auto model = openModel();
    RevealMnemonicDialog dialog(model.get());
    dialog.show();
    auto* view = dialog.findChild<QPlainTextEdit*>("mnemonicView");
    type(&dialog, "passphraseEdit", "nope");
    clickOk(&dialog);
    QTRY_VERIFY(!errorOf(&dialog).isEmpty());
    QVERIFY(!view->isVisible());
    type(&dialog, "passphraseEdit", "right passphrase");
    clickOk(&dialog);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(view->toPlainText(), QString::fromLatin1(kMnemonic.data(), kMnemonic.size()));
    QVERIFY(model->isLocked());  // showing the words does not unlock
  }

  void backsUpToAChosenPath() {
    auto model = openModel();
    BackupDialog dialog(model.get());
    dialog.show();
    type(&dialog, "backupPathEdit", path_);  // the wallet itself: refused
    clickOk(&dialog);
    QTRY_VERIFY(!errorOf(&dialog).isEmpty());
    const QString copy = dir_.filePath("backup/copy.wallet");
    type(&dialog, "backupPathEdit", copy);
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto restored = loadKeystore(*ctx_, copy, kGenesis);
    QVERIFY(restored.ok());
    QVERIFY(restored->unlock(*ctx_, "right passphrase").ok());
  }

  // Last: changes the file's passphrase for good.
  void changesThePassphrase() {
    auto model = openModel();
    ChangePassphraseDialog dialog(model.get());
    dialog.show();
    type(&dialog, "oldPassphraseEdit", "right passphrase");
    type(&dialog, "newPassphraseEdit", "new passphrase");
    QVERIFY(!dialog.findChild<QLabel*>("strengthHint")->text().isEmpty());
    type(&dialog, "repeatPassphraseEdit", "new passphrasf");
    clickOk(&dialog);
    QVERIFY(errorOf(&dialog).contains("match"));
    type(&dialog, "repeatPassphraseEdit", "new passphrase");
    type(&dialog, "oldPassphraseEdit", "wrong");
    clickOk(&dialog);
    QTRY_VERIFY(!errorOf(&dialog).isEmpty() && !model->isBusy());
    QVERIFY(dialog.isVisible());
    type(&dialog, "oldPassphraseEdit", "right passphrase");
    clickOk(&dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    auto reloaded = loadKeystore(*ctx_, path_, kGenesis);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->unlock(*ctx_, "right passphrase").code(), WalletErrc::WrongPassphrase);
    QVERIFY(reloaded->unlock(*ctx_, "new passphrase").ok());
  }
};

QTEST_MAIN(TestWalletDialogs)
#include "test_wallet_dialogs.moc"
