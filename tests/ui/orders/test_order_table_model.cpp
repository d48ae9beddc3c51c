// The orders table model over a large ledger: 100,000 orders generated as real
// signed blocks (tests/support BlockFactory) and imported into a store, then
// served by a real node. The model shows one page until asked for more, grows a
// page per fetchMore (also when a view scrolls to its end), merges several
// accounts newest first without losing or repeating an order, and follows
// orderChanged / new blocks by updating, inserting or removing single rows.
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <thread>

#include "chain/core/tx_sign.h"
#include "chain/node/local_node_client.h"
#include "chain/node/node_genesis.h"
#include "chain/node/node_runner.h"
#include "tests/support/sample_order.h"
#include "tests/support/test_chain.h"
#include "ui/orders/order_csv_export.h"
#include "ui/orders/order_table_model.h"
#include "ui/orders/order_text.h"

using namespace wb;
using namespace wb::ui;

namespace {

constexpr std::size_t kOrders = 100'000;
constexpr std::size_t kOtherOrders = kOrders / 100;  // every 100th order is account 2's
constexpr std::size_t kBuyerOrders = kOrders - kOtherOrders;
constexpr std::size_t kTxsPerBlock = 2'000;
constexpr std::size_t kBuyer = 0, kOtherBuyer = 2, kProducer = 9;
// Two merchants sign on two threads (each with its own factory and nonces).
constexpr std::size_t kMerchants[] = {1, 3};

// A node over a data directory that already holds the generated chain (the
// shared tests/support DevNode always starts a fresh network).
class ImportedNode {
public:
  ~ImportedNode() { stop(); }
  [[nodiscard]] Status start(const SecpContext& ctx, const GenesisFile& genesis, const QString& dataDir,
                             LocalProducer producer) {
    node::NodeConfig config;
    config.dataDir = dataDir;
    config.genesis = genesis;
    config.manualClock = true;  // blocks only from produce()
    config.producers = {producer};
    WB_TRY(runner_.start(config, ctx));
    client_ = std::make_unique<node::LocalNodeClient>(runner_.node());
    return {};
  }
  void stop() {
    client_.reset();  // before the node (NodeClient's contract)
    runner_.stop();
  }
  node::NodeClient* client() const { return client_.get(); }
  node::Node* node() const { return runner_.node(); }
  [[nodiscard]] Status produce(std::size_t count) {
    Status result;
    QMetaObject::invokeMethod(
        runner_.node(),
        [&] {
          auto made = runner_.node()->devProduce(count);
          if (!made) result = made.error();
        },
        Qt::BlockingQueuedConnection);
    return result;
  }

private:
  node::NodeRunner runner_;
  std::unique_ptr<node::NodeClient> client_;
};

std::uint64_t unixNow() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

}  // namespace

class TestOrderTableModel : public QObject {
  Q_OBJECT
  SecpContext ctx_;
  std::unique_ptr<testsupport::TestAccounts> accounts_;
  std::unique_ptr<testsupport::BlockFactory> factory_;
  QTemporaryDir dir_;
  GenesisFile genesis_;
  ChainGenesis chainGenesis_;  // the factories keep a reference to its params
  std::uint64_t tipHeight_ = 0;
  ImportedNode node_;

  const AccountKey& key(std::size_t i) const { return accounts_->key(i); }

  // Waits for the model's next page; false on timeout.
  static bool nextPage(OrderTableModel& model) {
    QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
    model.fetchMore({});
    return loaded.wait(20000);
  }

  Status submit(std::size_t from, TxPayload payload) {
    const Tx tx = factory_->makeTx(from, std::move(payload));
    Status result;
    QMetaObject::invokeMethod(
        node_.node(),
        [&] {
          auto submitted = node_.node()->submitTx(tx);
          if (!submitted) result = submitted.error();
        },
        Qt::BlockingQueuedConnection);
    return result;
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto().ok());
    qRegisterMetaType<wb::Hash32>("wb::Hash32");
    QElapsedTimer timer;
    timer.start();
    accounts_ = std::make_unique<testsupport::TestAccounts>(ctx_, kDevAccounts);
    std::array<AccountKey, kDevAccounts> keys;
    for (std::size_t i = 0; i < kDevAccounts; ++i) keys[i] = key(i);
    auto genesis = makeDevGenesis(ConsensusKind::Pow, unixNow() - 100'000, keys);
    QVERIFY(genesis.ok());
    genesis_ = *genesis;
    const ChainGenesis chainGenesis = node::chainGenesisFrom(genesis_);
    chainGenesis_ = node::chainGenesisFrom(genesis_);
    const ChainParams& params = chainGenesis_.params;

    // Each merchant opens half of the orders (one signed ORDER_CREATE each).
    std::vector<std::unique_ptr<testsupport::BlockFactory>> factories;
    std::vector<std::vector<Tx>> created(std::size(kMerchants));
    std::vector<std::thread> signers;
    for (std::size_t m = 0; m < std::size(kMerchants); ++m) {
      factories.push_back(std::make_unique<testsupport::BlockFactory>(ctx_, chainGenesis_, *accounts_));
      signers.emplace_back([&, m] {
        for (std::size_t i = 0; i < kOrders / std::size(kMerchants); ++i) {
          const std::size_t n = i * std::size(kMerchants) + m;
          created[m].push_back(factories[m]->makeTx(
              kMerchants[m], testsupport::orderWithDefaultWindows(params, key(kMerchants[m]),
                                                                  key(n % 100 == 99 ? kOtherBuyer : kBuyer),
                                                                  "item " + std::to_string(n), 1, 1000 + n)));
        }
      });
    }
    for (std::thread& t : signers) t.join();
    factory_ = std::make_unique<testsupport::BlockFactory>(ctx_, chainGenesis_, *accounts_);  // for later transactions

    std::vector<Bytes> blocks;
    BlockHeader parent = chainGenesis_.header;
    const std::size_t perMerchant = kTxsPerBlock / std::size(kMerchants);
    for (std::size_t first = 0; first < created[0].size(); first += perMerchant) {
      std::vector<Tx> txs;
      for (const std::vector<Tx>& mine : created) {
        const std::size_t last = std::min(first + perMerchant, mine.size());
        txs.insert(txs.end(), mine.begin() + static_cast<std::ptrdiff_t>(first),
                   mine.begin() + static_cast<std::ptrdiff_t>(last));
      }
      Block block = factory_->makeBlock(parent, std::move(txs), kProducer);
      parent = block.header;
      blocks.push_back(encodeBlock(block));
    }
    tipHeight_ = parent.height;
    const qint64 generated = timer.restart();
    {
      EnvOptions options;
      options.initialMapSize = std::uint64_t{512} << 20;  // no resizes on the way
      auto chain = Chain::open(dir_.path().toStdString(), genesis_.params.name, chainGenesis_, ctx_, nullptr, options);
      QVERIFY2(chain.ok(), chain.ok() ? "" : chain.error().message.c_str());
      std::vector<ByteView> views(blocks.begin(), blocks.end());
      const Status imported = (*chain)->importBlocks(views);
      QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    }
    qInfo("generated %zu blocks in %lld ms, imported in %lld ms", blocks.size(), generated, timer.elapsed());
    const Status started = node_.start(ctx_, genesis_, dir_.path(), {key(kProducer), &accounts_->secret(kProducer)});
    QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
  }

  void cleanupTestCase() { node_.stop(); }

  void showsOnePageUntilAskedForMore() {
    OrderTableModel model(node_.client(), genesis_.params);
    QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
    model.setFilter({{key(kBuyer)}, state::PartyRole::Buyer, std::nullopt});
    QVERIFY(loaded.wait(20000));
    const int page = static_cast<int>(model.pageSize());
    QCOMPARE(model.rowCount(), page);
    QTest::qWait(300);  // nothing more arrives by itself
    QCOMPARE(model.rowCount(), page);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(model.canFetchMore({}));

    // A view scrolled to its end asks for exactly one more page each time.
    QTableView view;
    view.setModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int step = 2; step <= 6; ++step) {
      view.scrollToBottom();
      QTRY_COMPARE(model.rowCount(), step * page);
      QTest::qWait(50);
      QCOMPARE(model.rowCount(), step * page);
    }
    // Newest first: the rows start in the last block and never go back up.
    QCOMPARE(model.orderAt(0)->createdHeight, tipHeight_);
    for (int row = 1; row < model.rowCount(); ++row) QVERIFY(listsBefore(*model.orderAt(row - 1), *model.orderAt(row)));
    QCOMPARE(model.index(0, OrderTableModel::kState).data().toString(), orderStateName(state::OrderStatus::Created));
  }

  void mergesAccountsAcrossEveryPage() {
    OrderTableModel model(node_.client(), genesis_.params);
    model.setPageSize(1000);
    QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
    model.setFilter({{key(kBuyer), key(kOtherBuyer)}, state::PartyRole::Buyer, std::nullopt});
    QVERIFY(loaded.wait(20000));
    int pages = 1;
    while (model.canFetchMore({})) {
      const int before = model.rowCount();
      QVERIFY(nextPage(model));
      const int grown = model.rowCount() - before;
      QVERIFY2(grown == 1000 || (grown < 1000 && !model.canFetchMore({})), qPrintable(QString::number(grown)));
      ++pages;
    }
    QCOMPARE(model.rowCount(), static_cast<int>(kOrders));
    QVERIFY(pages >= static_cast<int>(kOrders / 1000));
    std::size_t other = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
      const state::Order* order = model.orderAt(row);
      if (order->buyer == key(kOtherBuyer)) ++other;
      if (row > 0) QVERIFY2(listsBefore(*model.orderAt(row - 1), *order), "rows out of order or repeated");
    }
    QCOMPARE(other, kOtherOrders);
  }

  // CSV export of a whole listing: fetched page by page, written on a worker.
  void exportsEveryPage() {
    QTemporaryDir out;
    const QString path = out.filePath("orders.csv");
    OrderCsvExport exporter(node_.client(), {{key(kBuyer), key(kOtherBuyer)}, state::PartyRole::Buyer, std::nullopt},
                            genesis_.params.hrp);
    QSignalSpy progress(&exporter, &OrderCsvExport::progress);
    QSignalSpy finished(&exporter, &OrderCsvExport::finished);
    exporter.start(path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.front().at(0).toString(), QString());
    QCOMPARE(finished.front().at(1).toULongLong(), qulonglong(kOrders));
    QVERIFY(progress.count() >= static_cast<int>(kOrders / OrderCsvExport::kPageSize));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    qsizetype lines = 0;
    while (!file.atEnd()) {
      const QByteArray line = file.readLine();
      QVERIFY(line.endsWith("\r\n"));
      ++lines;
    }
    QCOMPARE(lines, static_cast<qsizetype>(kOrders + 1));  // the header, then one line per order
  }

  void followsChangesWithoutReset() {
    OrderTableModel model(node_.client(), genesis_.params);
    QSignalSpy loaded(&model, &OrderTableModel::pageLoaded);
    model.setFilter({{key(kBuyer)}, state::PartyRole::Buyer, std::nullopt});
    QVERIFY(loaded.wait(20000));
    OrderTableModel createdOnly(node_.client(), genesis_.params);
    QSignalSpy loadedCreated(&createdOnly, &OrderTableModel::pageLoaded);
    createdOnly.setFilter({{key(kBuyer)}, state::PartyRole::Buyer, state::OrderStatus::Created});
    QVERIFY(loadedCreated.wait(20000));
    const int rows = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The buyer pays its newest order, and the merchant opens a new one.
    const state::Order newest = *model.orderAt(0);
    Status synced;
    QMetaObject::invokeMethod(
        node_.node(),
        [&] {
          synced = node_.node()->chain().readState([&](const state::StateView& v) { return factory_->syncNonces(v); });
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(synced.ok());
    const Status paid = submit(kBuyer, OrderPayPayload{newest.id, newest.total()});
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    const OrderCreatePayload fresh =
        testsupport::orderWithWindows(100, key(kMerchants[0]), key(kBuyer), "fresh", 2, 5 * kCoin);
    QVERIFY(submit(kMerchants[0], fresh).ok());
    QVERIFY(node_.produce(1).ok());

    QTRY_COMPARE(model.rowCount(), rows + 1);
    QCOMPARE(model.index(0, OrderTableModel::kItem).data().toString(), QStringLiteral("fresh × 2"));
    QTRY_COMPARE(model.index(model.rowOf(newest.id), OrderTableModel::kState).data().toString(),
                 orderStateName(state::OrderStatus::Paid));
    QCOMPARE(model.rowOf(newest.id), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.count() >= 1);
    // The Created-only listing drops the paid order and shows the new one.
    QTRY_COMPARE(createdOnly.rowOf(newest.id), -1);
    QTRY_COMPARE(createdOnly.index(0, OrderTableModel::kItem).data().toString(), QStringLiteral("fresh × 2"));
  }
};

QTEST_MAIN(TestOrderTableModel)
#include "test_order_table_model.moc"
