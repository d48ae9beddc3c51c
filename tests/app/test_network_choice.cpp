// Where the wizard's choice of network and wallet lives (issue 11): in the data
// directory it belongs to, so a fresh --datadir never opens another directory's
// network and wallet; older versions' choice in the user's configuration moves
// into the data directory it names.
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "app/network_choice.h"

using namespace wb;
using namespace wb::app;

namespace {

// A wallet file's stand-in: the choice only checks that the file is there.
void touch(const QString& path) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("w");
}

}  // namespace

class TestNetworkChoice : public QObject {
  Q_OBJECT
private slots:
  void choiceStaysInItsDataDirectory() {
    QTemporaryDir first, second;
    const QString wallet = QDir(first.path()).filePath("wallets/shop.wallet");
    touch(wallet);
    const SavedNetwork choice{
        wallet, QDir(first.path()).filePath("shop/genesis.json"), "shop", {"192.0.2.7:9333"}, true, 9444};
    QVERIFY(NetworkChoiceFile(first.path()).save(choice).ok());

    const auto loaded = NetworkChoiceFile(first.path()).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->walletPath, wallet);
    QCOMPARE(loaded->genesisPath, choice.genesisPath);
    QCOMPARE(loaded->networkName, QStringLiteral("shop"));
    QCOMPARE(loaded->peers, QStringList{"192.0.2.7:9333"});
    QVERIFY(loaded->produce);
    QCOMPARE(loaded->listenPort, quint16{9444});
    // Kept relative to the data directory, so the directory can move.
    QSettings raw(NetworkChoiceFile(first.path()).path(), QSettings::IniFormat);
    QCOMPARE(raw.value("wallet/path").toString(), QStringLiteral("wallets/shop.wallet"));

    // Another data directory knows nothing of it: the default dev network, its dev wallet.
    const auto none = NetworkChoiceFile(second.path()).load();
    QVERIFY(!none);
    const Options options = guiNodeOptions(Options{}, none, second.path());
    QVERIFY(options.dev && *options.dev == DevConsensus::Pow);
    QCOMPARE(QString::fromStdString(*options.dataDir), second.path());
    QCOMPARE(guiWalletToOpen(Options{}, none, "dev.wallet"), QStringLiteral("dev.wallet"));

    // The first one opens its network, producing, with its peer.
    const Options mine = guiNodeOptions(Options{}, loaded, first.path());
    QVERIFY(!mine.dev);
    QCOMPARE(QString::fromStdString(*mine.genesisFile), choice.genesisPath);
    QVERIFY(mine.produce);
    QCOMPARE(mine.connect.size(), std::size_t{1});
    // A network started here listens on its port, for others to join it; --listen decides otherwise.
    QVERIFY(mine.listen);
    QCOMPARE(mine.listen->port, std::uint16_t{9444});
    QCOMPARE(mine.listen->host, std::string("0.0.0.0"));
    Options listen;
    listen.listen = Endpoint{"127.0.0.1", 9555};
    QCOMPARE(guiNodeOptions(listen, loaded, first.path()).listen->port, std::uint16_t{9555});
    QVERIFY(mine.noRpc);
    QCOMPARE(guiWalletToOpen(Options{}, loaded, "dev.wallet"), wallet);

    // The command line wins over the saved choice.
    Options dev;
    dev.dev = DevConsensus::Pos;
    QVERIFY(*guiNodeOptions(dev, loaded, first.path()).dev == DevConsensus::Pos);
    QCOMPARE(guiWalletToOpen(dev, loaded, "dev.wallet"), QStringLiteral("dev.wallet"));
  }

  void aChoiceWhoseWalletIsGoneIsNoChoice() {
    QTemporaryDir dir;
    const QString wallet = QDir(dir.path()).filePath("wallets/gone.wallet");
    QVERIFY(NetworkChoiceFile(dir.path()).save({wallet, "g.json", "gone", {}, false}).ok());
    QVERIFY(!NetworkChoiceFile(dir.path()).load());
  }

  void olderVersionsChoiceMovesIntoItsDataDirectory() {
    QTemporaryDir dir, other, config;
    const QString wallet = QDir(dir.path()).filePath("wallets/shop.wallet");
    touch(wallet);
    QSettings global(QDir(config.path()).filePath("Waybill.conf"), QSettings::IniFormat);
    global.setValue("wallet/path", wallet);
    global.setValue("network/genesis", QDir(dir.path()).filePath("shop/genesis.json"));
    global.setValue("network/name", "shop");

    // Not for a data directory the wallet is not in.
    QVERIFY(!NetworkChoiceFile(other.path()).adoptLegacy(global));
    QVERIFY(global.contains("wallet/path"));

    QVERIFY(NetworkChoiceFile(dir.path()).adoptLegacy(global));
    QVERIFY(!global.contains("wallet/path"));
    const auto loaded = NetworkChoiceFile(dir.path()).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->walletPath, wallet);
    QCOMPARE(loaded->networkName, QStringLiteral("shop"));
  }
};

QTEST_MAIN(TestNetworkChoice)
#include "test_network_choice.moc"
