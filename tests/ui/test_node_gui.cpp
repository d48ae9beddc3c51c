// The main window wired to a real node (DESIGN §1, §8): a dev PoW network with
// the manual dev clock runs on its own thread in a temporary data directory;
// the status bar and the Overview page follow it through NodeClient only.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <chrono>
#include <memory>

#include "chain/core/amount.h"
#include "chain/core/bech32m.h"
#include "chain/core/genesis.h"
#include "chain/node/local_node_client.h"
#include "chain/node/node_runner.h"
#include "ui/display_unit.h"
#include "ui/main_window.h"
#include "ui/node_status_bar.h"
#include "ui/overview_page.h"
#include "wallet/dev_accounts.h"

using namespace wb;

namespace {

// The Overview's amounts, as displayAmount shows them (its own test pins the format down).
QString wbl(Amount units) { return ui::displayAmount(units, ui::DisplayUnit::Wbl); }
QString mwbl(Amount units) { return ui::displayAmount(units, ui::DisplayUnit::MilliWbl); }

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

}  // namespace

class TestNodeGui : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { QVERIFY(initCrypto()); }

  void init() {
    dir_ = std::make_unique<QTemporaryDir>();  // a fresh data directory per test
    QVERIFY(dir_->isValid());
    auto keys = devAccountKeys(ctx_);
    QVERIFY(keys);
    auto secrets = devAccountSecrets(ctx_);
    QVERIFY(secrets);
    secrets_ = std::move(*secrets);
    auto genesis = makeDevGenesis(ConsensusKind::Pow, unixNow(),
                                  std::span<const AccountKey, kDevAccounts>(keys->data(), kDevAccounts));
    QVERIFY(genesis);
    node::NodeConfig config;
    config.dataDir = dir_->path();
    config.genesis = *genesis;
    config.manualClock = true;                                                // blocks come only from devProduce
    config.listen = net::HostPort{QHostAddress(QHostAddress::LocalHost), 0};  // any free port
    for (std::size_t i = 0; i < keys->size(); ++i) config.producers.push_back({(*keys)[i], &secrets_[i]});
    params_ = genesis->params;
    genesis_ = *genesis;
    runner_ = std::make_unique<node::NodeRunner>();
    const Status started = runner_->start(config, ctx_);
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    client_ = std::make_unique<node::LocalNodeClient>(runner_->node());
    for (std::size_t i = 0; i < keys->size(); ++i) {
      accounts_.push_back(
          {(*keys)[i], QStringLiteral("dev%1").arg(i), QString::fromStdString(encodeAddress(params_.hrp, (*keys)[i]))});
    }
  }

  void cleanup() {
    client_.reset();  // before the node stops (NodeClient's contract)
    runner_.reset();
    accounts_.clear();
    secrets_.clear();
    dir_.reset();
  }

  // Issue 11: "Syncing 3191 of 3191" was shown when caught up.
  void syncTextSaysUpToDateWhenCaughtUp() {
    node::NodeStatus status;
    status.tip.height = 3191;
    status.bestKnownHeight = 3191;
    status.syncing = true;  // still asking a peer for headers past its tip
    QCOMPARE(ui::syncStatusText(status), QStringLiteral("Up to date"));
    status.bestKnownHeight = 3200;
    QCOMPARE(ui::syncStatusText(status), QStringLiteral("Syncing 3191 of 3200"));
    status.syncing = false;
    QCOMPARE(ui::syncStatusText(status), QStringLiteral("Up to date"));
  }

  void statusBarAndOverviewFollowTheTip() {
    ui::MainWindow window;
    window.setNodeStatus(new ui::NodeStatusBar(client_.get(), QString::fromStdString(params_.name), params_.consensus));
    auto* overview = new ui::OverviewPage(client_.get(), accounts_);
    window.addPage(QStringLiteral("overviewPage"), overview->windowTitle(), overview);
    QVERIFY(window.showPage(QStringLiteral("overviewPage")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.findChild<QWidget*>("networkStatus")->isVisible());

    auto* network = window.findChild<QLabel*>("statusNetwork");
    auto* height = window.findChild<QLabel*>("statusHeight");
    auto* sync = window.findChild<QLabel*>("statusSync");
    auto* total = window.findChild<QLabel*>("totalBalance");
    auto* spendable = window.findChild<QLabel*>("spendableBalance");
    auto* staked = window.findChild<QLabel*>("stakedBalance");
    auto* table = window.findChild<QTableWidget*>("overviewAccounts");
    QVERIFY(network && height && sync && total && spendable && staked && table);
    QVERIFY(network->text().contains(QStringLiteral("dev-pow")));
    QVERIFY(network->text().contains(QStringLiteral("Proof of work")));

    const Amount genesisTotal = *checkedMul(kDevAccountCoins, kDevAccounts);
    QTRY_COMPARE(height->text(), QStringLiteral("Height 0"));
    QTRY_COMPARE(total->text(), wbl(genesisTotal));
    QCOMPARE(spendable->text(), wbl(genesisTotal));
    QCOMPARE(staked->text(), wbl(0));
    QCOMPARE(sync->text(), QStringLiteral("Up to date"));
    QCOMPARE(table->rowCount(), static_cast<int>(kDevAccounts));

    // Produce on the node's thread (as the dev RPC would); the GUI only hears tipChanged.
    constexpr std::size_t kBlocks = 3;
    std::size_t produced = 0;
    QString error;
    QMetaObject::invokeMethod(
        runner_->node(),
        [&] {
          auto hashes = runner_->node()->devProduce(kBlocks);
          if (hashes)
            produced = hashes->size();
          else
            error = QString::fromStdString(hashes.error().message);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(produced, kBlocks);

    const Amount rewards = *checkedMul(params_.blockReward, kBlocks);
    QTRY_COMPARE(height->text(), QStringLiteral("Height %1").arg(kBlocks));
    QTRY_COMPARE(total->text(), wbl(*checkedAdd(genesisTotal, rewards)));
    QCOMPARE(spendable->text(), total->text());  // nothing staked or in escrow on a PoW dev network
    // Some account's row shows its reward on top of its genesis coins.
    bool rewarded = false;
    for (int row = 0; row < table->rowCount(); ++row) {
      rewarded |= table->item(row, 1) && table->item(row, 1)->text() != wbl(kDevAccountCoins);
    }
    QVERIFY(rewarded);

    // The Settings page's unit applies at once, without asking the node again.
    overview->setUnit(ui::DisplayUnit::MilliWbl);
    QCOMPARE(total->text(), mwbl(*checkedAdd(genesisTotal, rewards)));
  }

  void guiThreadKeepsRunningWhileTheNodeWorks() {
    ui::MainWindow window;
    auto* overview = new ui::OverviewPage(client_.get(), accounts_);
    window.addPage(QStringLiteral("overviewPage"), overview->windowTitle(), overview);
    window.show();
    // Requests return at once; a timer on the GUI thread keeps firing while the
    // node's thread is busy producing.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start(1);
    QMetaObject::invokeMethod(
        runner_->node(), [node = runner_->node()] { (void)node->devProduce(5); }, Qt::QueuedConnection);
    for (int i = 0; i < 20; ++i) overview->refresh();  // coalesced, never waits
    QTRY_VERIFY(ticks > 10);
    auto* total = window.findChild<QLabel*>("totalBalance");
    const Amount expected =
        *checkedAdd(*checkedMul(kDevAccountCoins, kDevAccounts), *checkedMul(params_.blockReward, 5));
    QTRY_COMPARE(total->text(), wbl(expected));
  }

  void statusBarCountsPeers() {
    ui::MainWindow window;
    window.setNodeStatus(new ui::NodeStatusBar(client_.get(), QString::fromStdString(params_.name), params_.consensus));
    window.show();
    auto* peers = window.findChild<QLabel*>("statusPeers");
    QVERIFY(peers);
    QTRY_COMPARE(peers->text(), QStringLiteral("0 peer(s)"));

    // A second node of the same network dials ours.
    quint16 port = 0;
    QMetaObject::invokeMethod(
        runner_->node(), [&] { port = runner_->node()->p2pPort(); }, Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);
    QTemporaryDir otherDir;
    node::NodeConfig other;
    other.dataDir = otherDir.path();
    other.genesis = genesis_;
    other.manualClock = true;
    other.connect.push_back(net::HostPort{QHostAddress(QHostAddress::LocalHost), port});
    node::NodeRunner otherRunner;
    const Status started = otherRunner.start(other, ctx_);
    QVERIFY2(started, started ? "" : started.error().message.c_str());
    // Peers come without a tip change: the bar's periodic poll picks them up.
    QTRY_COMPARE_WITH_TIMEOUT(peers->text(), QStringLiteral("1 peer(s)"), 10000);
  }

  void welcomePageOffersTheWizard() {
    ui::MainWindow window;
    QSignalSpy requested(&window, &ui::MainWindow::createWalletRequested);
    auto* button = window.findChild<QPushButton*>("createWalletButton");
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
  }

private:
  SecpContext ctx_;
  std::unique_ptr<QTemporaryDir> dir_;
  ChainParams params_;
  GenesisFile genesis_;
  std::vector<SecureBytes> secrets_;
  std::vector<ui::OverviewAccount> accounts_;
  std::unique_ptr<node::NodeRunner> runner_;
  std::unique_ptr<node::NodeClient> client_;
};

QTEST_MAIN(TestNodeGui)
#include "test_node_gui.moc"
