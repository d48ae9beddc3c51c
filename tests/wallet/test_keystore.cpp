// Keystore: create/save/load/unlock with real files in a temporary directory, restore,
// passphrase changes, and every kind of damaged or foreign file. Argon2id runs with
// libsodium's minimum limits so the suite stays fast.
#include <sodium.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "chain/core/core_errc.h"
#include "chain/core/hash.h"
#include "chain/core/schnorr.h"
#include "wallet/bip39.h"
#include "wallet/dev_accounts.h"
#include "wallet/keystore.h"
#include "wallet/keystore_file.h"
#include "wallet/wallet_errc.h"

using namespace wb;

namespace {

constexpr std::string_view kPass = "correct horse battery staple";

NetworkId testNetwork(std::string_view name) { return {"wbd", taggedHash(tag::kGenesis, asBytes(name))}; }

KeystoreParams fastParams() {
  KeystoreParams params;
  params.network = testNetwork("net-a");
  params.kdf = KdfParams::minimum();
  params.birthdayHeight = 1234;
  return params;
}

QByteArray readFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

bool sameAccounts(const std::vector<AccountEntry>& a, const std::vector<AccountEntry>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const AccountEntry& x, const AccountEntry& y) {
    return x.index == y.index && x.key == y.key && x.label == y.label;
  });
}

}  // namespace

class TestKeystore : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    ctx_ = std::make_unique<SecpContext>();
    QVERIFY(dir_.isValid());
  }

  void defaultsToModerateLimits() {
    QVERIFY(KeystoreParams{}.kdf == KdfParams::moderate());
    QVERIFY(checkKdfParams(KdfParams::moderate()).ok());
    QCOMPARE(checkKdfParams({0, KdfParams::minimum().memLimit}).code(), WalletErrc::BadKdfParams);
    QCOMPARE(checkKdfParams({1, 1024}).code(), WalletErrc::BadKdfParams);
    KeystoreParams bad = fastParams();
    bad.kdf.opsLimit = 1000;
    QCOMPARE(Keystore::create(*ctx_, bad, kDevMnemonic, "", kPass).code(), WalletErrc::BadKdfParams);
  }

  void createSaveLoadUnlockGivesSameAccounts() {
    auto store = Keystore::create(*ctx_, fastParams(), kDevMnemonic, "", kPass);
    QVERIFY(store.ok());
    QVERIFY(!store->isLocked());
    QCOMPARE(store->accounts().size(), std::size_t(1));
    QVERIFY(store->addAccount(*ctx_, "Shop").ok());
    QVERIFY(store->addAccount(*ctx_, "店铺 2").ok());
    QVERIFY(store->setAccountLabel(0, "Main").ok());
    QVERIFY(store->addContact(*ctx_, "Supplier", store->accounts()[2].key).ok());

    const QString path = dir_.filePath("wallets/main.wallet");
    QVERIFY(saveKeystore(*store, path).ok());
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    auto loaded = loadKeystore(*ctx_, path, testNetwork("net-a").genesisHash);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
    QVERIFY(loaded->isLocked());
    QVERIFY(sameAccounts(loaded->accounts(), store->accounts()));
    QCOMPARE(loaded->accounts()[1].label, std::string("Shop"));
    QCOMPARE(loaded->addressBook().size(), std::size_t(1));
    QCOMPARE(loaded->addressBook()[0].name, std::string("Supplier"));
    QCOMPARE(loaded->birthdayHeight(), std::uint64_t(1234));
    QCOMPARE(loaded->network().hrp, std::string("wbd"));
    QVERIFY(loaded->serialize() == store->serialize());

    QVERIFY(loaded->unlock(*ctx_, kPass).ok());
    for (const AccountEntry& account : loaded->accounts()) {
      auto secret = loaded->secretKey(*ctx_, account.index);
      QVERIFY(secret.ok());
      auto key = xonlyFromSecret(*ctx_, *secret);
      QVERIFY(key.ok());
      QVERIFY(*key == account.key);
      // A real signature by the account verifies against its public key.
      const Hash32 message = taggedHash(tag::kSig, asBytes("order 42"));
      auto sig = schnorrSign(*ctx_, *secret, message);
      QVERIFY(sig.ok());
      QVERIFY(schnorrVerify(*ctx_, account.key, message, *sig).ok());
    }
    QVERIFY(loaded->findAccount(loaded->accounts()[2].key).has_value());
    QCOMPARE(loaded->secretKey(*ctx_, 7).code(), WalletErrc::AccountNotFound);
    auto hasPassphrase = loaded->hasBip39Passphrase();
    QVERIFY(hasPassphrase.ok() && !*hasPassphrase);
  }

  void restoreFromMnemonicGivesSameAccounts() {
    auto original =
        Keystore::createNew(*ctx_, fastParams(), 24, Bip39Language::ChineseSimplified, "extra words", kPass);
    QVERIFY(original.ok());
    QVERIFY(original->addAccount(*ctx_, "").ok());
    QVERIFY(original->addAccount(*ctx_, "").ok());
    auto mnemonic = original->revealMnemonic(kPass);
    QVERIFY(mnemonic.ok());
    QVERIFY(parseMnemonic(mnemonic->asString()).ok());

    auto restored = Keystore::create(*ctx_, fastParams(), mnemonic->asString(), "extra words", "another passphrase");
    QVERIFY(restored.ok());
    QVERIFY(restored->addAccount(*ctx_, "").ok());
    QVERIFY(restored->addAccount(*ctx_, "").ok());
    QVERIFY(sameAccounts(restored->accounts(), original->accounts()));
    auto hasPassphrase = restored->hasBip39Passphrase();
    QVERIFY(hasPassphrase.ok() && *hasPassphrase);

    // The BIP39 passphrase is part of the seed: another one gives other accounts.
    auto other = Keystore::create(*ctx_, fastParams(), mnemonic->asString(), "", kPass);
    QVERIFY(other.ok());
    QVERIFY(other->accounts()[0].key != original->accounts()[0].key);
  }

  void badMnemonicIsRejectedAtCreate() {
    QCOMPARE(Keystore::create(*ctx_, fastParams(), "abandon abandon", "", kPass).code(), WalletErrc::MnemonicWordCount);
    QCOMPARE(Keystore::createNew(*ctx_, fastParams(), 13, Bip39Language::English, "", kPass).code(),
             WalletErrc::BadEntropy);
  }

  void wrongPassphraseFailsAndChangesNothing() {
    const QString path = savedWallet("wrong.wallet");
    const QByteArray before = readFile(path);
    auto loaded = loadKeystore(*ctx_, path, testNetwork("net-a").genesisHash);
    QVERIFY(loaded.ok());
    const Bytes serialized = loaded->serialize();

    auto status = loaded->unlock(*ctx_, "Correct horse battery staple");
    QCOMPARE(status.code(), WalletErrc::WrongPassphrase);
    QVERIFY(status.error().message.find("horse") == std::string::npos);
    QVERIFY(loaded->isLocked());
    QCOMPARE(loaded->revealMnemonic("nope").code(), WalletErrc::WrongPassphrase);
    QCOMPARE(loaded->changePassphrase("nope", "new", KdfParams::minimum()).code(), WalletErrc::WrongPassphrase);
    QVERIFY(loaded->serialize() == serialized);
    QCOMPARE(readFile(path), before);
  }

  void changePassphraseKeepsKeys() {
    const QString path = savedWallet("change.wallet");
    auto store = loadKeystore(*ctx_, path, testNetwork("net-a").genesisHash);
    QVERIFY(store.ok());
    const auto accounts = store->accounts();
    QVERIFY(store->changePassphrase(kPass, "new passphrase", KdfParams::minimum()).ok());
    QVERIFY(saveKeystore(*store, path).ok());

    auto reloaded = loadKeystore(*ctx_, path, testNetwork("net-a").genesisHash);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->unlock(*ctx_, kPass).code(), WalletErrc::WrongPassphrase);
    QVERIFY(reloaded->unlock(*ctx_, "new passphrase").ok());
    QVERIFY(sameAccounts(reloaded->accounts(), accounts));
    auto secret = reloaded->secretKey(*ctx_, 0);
    QVERIFY(secret.ok());
    QVERIFY(*xonlyFromSecret(*ctx_, *secret) == accounts[0].key);
    auto mnemonic = reloaded->revealMnemonic("new passphrase");
    QVERIFY(mnemonic.ok());
    QCOMPARE(mnemonic->asString(), kDevMnemonic);
  }

  void lockedWalletCannotProduceSecretKeys() {
    auto store = Keystore::create(*ctx_, fastParams(), kDevMnemonic, "", kPass);
    QVERIFY(store.ok());
    QVERIFY(store->secretKey(*ctx_, 0).ok());
    store->lock();
    QVERIFY(store->isLocked());
    QCOMPARE(store->secretKey(*ctx_, 0).code(), WalletErrc::Locked);
    QCOMPARE(store->hasBip39Passphrase().code(), WalletErrc::Locked);
    // Public data stays usable, and accounts can still be added.
    auto added = store->addAccount(*ctx_, "later");
    QVERIFY(added.ok());
    QCOMPARE(added->index, 1u);
    QCOMPARE(store->secretKey(*ctx_, 1).code(), WalletErrc::Locked);
    QVERIFY(store->unlock(*ctx_, kPass).ok());
    auto secret = store->secretKey(*ctx_, 1);
    QVERIFY(secret.ok());
    QVERIFY(*xonlyFromSecret(*ctx_, *secret) == added->key);
  }

  void truncatedFilesFail() {
    const Bytes good = goodFile();
    for (std::size_t length = 0; length < good.size(); ++length) {
      const auto code = Keystore::load(*ctx_, ByteView(good).first(length), testNetwork("net-a").genesisHash).code();
      const ErrorCode expected = length < 8 ? WalletErrc::NotAWalletFile : WalletErrc::FileCorrupt;
      if (code != expected) QFAIL(qPrintable(QStringLiteral("length %1 gave %2").arg(length).arg(code.value())));
    }
    Bytes longer = good;
    longer.push_back(0);
    QCOMPARE(Keystore::load(*ctx_, longer, testNetwork("net-a").genesisHash).code(), WalletErrc::FileCorrupt);
  }

  void everyFlippedBitIsCaught() {
    const Bytes good = goodFile();
    for (std::size_t i = 0; i < good.size(); ++i) {
      for (int bit = 0; bit < 8; bit += 3) {
        Bytes bad = good;
        bad[i] ^= Byte(1 << bit);
        const auto code = Keystore::load(*ctx_, bad, testNetwork("net-a").genesisHash).code();
        const ErrorCode expected = i < 8    ? WalletErrc::NotAWalletFile
                                   : i < 10 ? WalletErrc::UnknownVersion
                                            : WalletErrc::FileCorrupt;
        if (code != expected)
          QFAIL(qPrintable(QStringLiteral("byte %1 bit %2 gave %3").arg(i).arg(bit).arg(code.value())));
      }
    }
  }

  // Hostile edits with a valid checksum reach the field decoder: none may crash, and
  // each either decodes or fails with a wallet error.
  void decoderSurvivesEditsBehindTheChecksum() {
    const Bytes good = goodFile();
    const std::size_t bodyEnd = good.size() - 32;
    for (std::size_t i = 10; i < bodyEnd; ++i) {
      for (const Byte mask : {Byte(0x01), Byte(0x80), Byte(0xFF)}) {
        Bytes bad = good;
        bad[i] ^= mask;
        const Hash32 checksum = walletFileChecksum(ByteView(bad).first(bodyEnd));
        std::copy(checksum.begin(), checksum.end(), bad.begin() + std::ptrdiff_t(bodyEnd));
        const auto code = Keystore::load(*ctx_, bad, testNetwork("net-a").genesisHash).code();
        const bool allowed = code == ErrorCode{} || code == WalletErrc::FileCorrupt ||
                             code == WalletErrc::BadKdfParams || code == WalletErrc::WrongNetwork;
        if (!allowed) QFAIL(qPrintable(QStringLiteral("byte %1 gave %2").arg(i).arg(code.value())));
      }
    }
    for (int round = 0; round < 2000; ++round) {
      SecureBytes payload(randombytes_uniform(200));
      if (!payload.empty()) randombytes_buf(payload.data(), payload.size());
      if (!payload.empty() && round % 2 == 0) payload.data()[0] = 1;  // get past the version byte
      QVERIFY(!decodeWalletSecrets(payload).ok());
    }
  }

  void unknownVersionFails() {
    Bytes file = goodFile();
    file[8] = 2;
    auto loaded = Keystore::load(*ctx_, file, testNetwork("net-a").genesisHash);
    QCOMPARE(loaded.code(), WalletErrc::UnknownVersion);
    QVERIFY(loaded.error().message.find("version 2") != std::string::npos);
  }

  void wrongNetworkFails() {
    QCOMPARE(Keystore::load(*ctx_, goodFile(), testNetwork("net-b").genesisHash).code(), WalletErrc::WrongNetwork);
    const QString path = savedWallet("network.wallet");
    QCOMPARE(loadKeystore(*ctx_, path, testNetwork("net-b").genesisHash).code(), WalletErrc::WrongNetwork);
  }

  void foreignAndMissingFilesFail() {
    QCOMPARE(loadKeystore(*ctx_, dir_.filePath("missing.wallet"), Hash32{}).code(), WalletErrc::FileIo);
    const QString path = dir_.filePath("notes.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello, this is not a wallet at all");
    file.close();
    QCOMPARE(loadKeystore(*ctx_, path, Hash32{}).code(), WalletErrc::NotAWalletFile);
  }

  // Edits that keep the checksum valid are still caught: account keys are re-derived
  // on load, and the network and chain key are bound to the sealed secrets.
  void consistentTamperingIsCaught() {
    const Bytes good = goodFile();
    {
      auto file = decodeWalletFile(good);
      QVERIFY(file.ok());
      file->accounts[0].key = file->accounts[1].key;
      QCOMPARE(Keystore::load(*ctx_, encodeWalletFile(*file), testNetwork("net-a").genesisHash).code(),
               WalletErrc::FileCorrupt);
    }
    {
      auto file = decodeWalletFile(good);
      QVERIFY(file.ok());
      file->network = testNetwork("net-b");
      auto moved = Keystore::load(*ctx_, encodeWalletFile(*file), testNetwork("net-b").genesisHash);
      QVERIFY(moved.ok());
      QCOMPARE(moved->unlock(*ctx_, kPass).code(), WalletErrc::WrongPassphrase);
    }
    {
      auto file = decodeWalletFile(good);
      QVERIFY(file.ok());
      file->sealed.ciphertext[5] ^= 1;
      auto altered = Keystore::load(*ctx_, encodeWalletFile(*file), testNetwork("net-a").genesisHash);
      QVERIFY(altered.ok());
      QCOMPARE(altered->unlock(*ctx_, kPass).code(), WalletErrc::WrongPassphrase);
    }
    {
      auto file = decodeWalletFile(good);
      QVERIFY(file.ok());
      file->sealed.kdf.memLimit = std::uint64_t(1) << 40;  // a hostile file must not make us allocate 1 TiB
      QCOMPARE(Keystore::load(*ctx_, encodeWalletFile(*file), testNetwork("net-a").genesisHash).code(),
               WalletErrc::BadKdfParams);
    }
  }

  void labelsAndAddressBook() {
    auto store = Keystore::create(*ctx_, fastParams(), kDevMnemonic, "", kPass);
    QVERIFY(store.ok());
    QCOMPARE(store->setAccountLabel(0, "tab\there").code(), WalletErrc::BadLabel);
    QCOMPARE(store->setAccountLabel(0, std::string(129, 'x')).code(), WalletErrc::BadLabel);
    QCOMPARE(store->setAccountLabel(0, "\xC3\x28").code(), WalletErrc::BadLabel);
    QCOMPARE(store->setAccountLabel(5, "x").code(), WalletErrc::AccountNotFound);
    QCOMPARE(store->addAccount(*ctx_, "line\nbreak").code(), WalletErrc::BadLabel);
    QCOMPARE(store->accounts().size(), std::size_t(1));

    const XOnlyKey alice = store->accounts()[0].key;
    QVERIFY(store->addContact(*ctx_, "Alice", alice).ok());
    QCOMPARE(store->addContact(*ctx_, "Alice", alice).code(), WalletErrc::ContactExists);
    QCOMPARE(store->addContact(*ctx_, "", alice).code(), WalletErrc::BadLabel);
    XOnlyKey offCurve{};
    while (isValidXOnlyKey(*ctx_, offCurve)) ++offCurve[31];
    QCOMPARE(store->addContact(*ctx_, "Nobody", offCurve).code(), CoreErrc::CryptoBadPublicKey);
    QVERIFY(store->addContact(*ctx_, "Bob", alice).ok());
    QCOMPARE(store->renameContact("Bob", "Alice").code(), WalletErrc::ContactExists);
    QCOMPARE(store->renameContact("Carol", "Dave").code(), WalletErrc::ContactNotFound);
    QVERIFY(store->renameContact("Bob", "Robert").ok());
    QVERIFY(store->removeContact("Alice").ok());
    QCOMPARE(store->removeContact("Alice").code(), WalletErrc::ContactNotFound);
    QCOMPARE(store->addressBook().size(), std::size_t(1));
    QCOMPARE(store->addressBook()[0].name, std::string("Robert"));
  }

  void backupExportReadsBack() {
    const QString path = savedWallet("backup-source.wallet");
    auto store = loadKeystore(*ctx_, path, testNetwork("net-a").genesisHash);
    QVERIFY(store.ok());
    QCOMPARE(exportBackup(*store, path, path).code(), WalletErrc::FileIo);
    const QString backup = dir_.filePath("backups/copy.wallet");
    QVERIFY(exportBackup(*store, path, backup).ok());
    auto restored = loadKeystore(*ctx_, backup, testNetwork("net-a").genesisHash);
    QVERIFY(restored.ok());
    QVERIFY(restored->unlock(*ctx_, kPass).ok());
    QVERIFY(sameAccounts(restored->accounts(), store->accounts()));
  }

private:
  Bytes goodFile() {
    auto store = Keystore::create(*ctx_, fastParams(), kDevMnemonic, "", kPass);
    if (!store || !store->addAccount(*ctx_, "second").ok() ||
        !store->addContact(*ctx_, "me", store->accounts()[0].key).ok()) {
      qFatal("could not build the test wallet");
    }
    return store->serialize();
  }

  QString savedWallet(const QString& name) {
    const QString path = dir_.filePath(name);
    auto store = Keystore::create(*ctx_, fastParams(), kDevMnemonic, "", kPass);
    if (!store || !saveKeystore(*store, path).ok()) qFatal("could not save the test wallet");
    return path;
  }

  std::unique_ptr<SecpContext> ctx_;
  QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestKeystore)
#include "test_keystore.moc"
