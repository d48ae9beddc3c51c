// The node thread only writes (DESIGN §5), with a real waybilld on a DPoS dev
// network (1 s slots) whose wallet has the default Argon2id cost (256 MiB): while
// other connections send 50 wrong-passphrase wallet_unlock calls and page through
// 100,000 orders with order_list, the producer misses no slot and node_info keeps
// answering at once. Before reads and key derivation left the node thread, each
// unlock held it for about a second.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "tests/integration/integration_support.h"
#include "tests/integration/rpc_connection.h"
#include "wallet/keystore_file.h"

using namespace wb::integration;

namespace {

constexpr int kOrders = 100'000;
constexpr int kCreateBatch = 1000;
constexpr int kWrongUnlocks = 50;
constexpr int kUnlockConnections = 5;

QByteArray hashBytes(const QString& hex) { return QByteArray::fromHex(hex.toLatin1()); }

// The sum of every delegate's missed slots.
qint64 missedSlots(RpcConnection& rpc) {
  qint64 missed = 0;
  for (const QJsonValue& d : rpc.call("delegate_list")["result"].toObject()["delegates"].toArray())
    missed += d["missed"].toInteger();
  return missed;
}

}  // namespace

class TestDaemonNodeThread : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath()));
    QVERIFY(wb::initCrypto().ok());
  }

  void producerKeepsItsSlotsUnderQueriesAndUnlocks() {
    QTemporaryDir dir;
    QByteArray genesis;
    {
      // First start: makes the network and the dev wallet (cheap key derivation).
      Daemon first(dir.path(), "dev-dpos");
      QVERIFY2(first.start({"--dev", "dpos"}), qPrintable(first.output()));
      genesis = hashBytes(first.result("node_info")["genesis"].toString());
      QCOMPARE(first.stop(), 0);
    }

    // The dev wallet re-sealed at the default cost, same (empty) passphrase.
    const QString walletPath = dir.filePath("wallets/dev-dpos.dev.wallet");
    {
      wb::SecpContext ctx;
      wb::Hash32 genesisHash{};
      QCOMPARE(genesis.size(), 32);
      std::copy(genesis.begin(), genesis.end(), genesisHash.begin());
      auto keystore = wb::loadKeystore(ctx, walletPath, genesisHash);
      QVERIFY2(bool(keystore), keystore ? "" : keystore.error().message.c_str());
      QVERIFY(bool(keystore->changePassphrase("", "", wb::KdfParams::moderate())));
      QVERIFY(bool(wb::saveKeystore(*keystore, walletPath)));
      QCOMPARE(keystore->kdfParams(), wb::KdfParams::moderate());
    }
    Daemon node(dir.path(), "dev-dpos");
    QVERIFY2(node.start({"--dev", "dpos"}), qPrintable(node.output()));
    RpcConnection rpc(node.rpcPort(), node.cookie());

    // 100,000 orders of one merchant, in batches.
    const QJsonObject listed = rpc.call("wallet_accounts");
    const QJsonArray accounts = listed["result"].toObject()["accounts"].toArray();
    QVERIFY2(accounts.size() >= 2, qPrintable(QJsonDocument(listed).toJson() + rpc.lastError() + node.output()));
    const QString merchant = accounts[0]["address"].toString();
    const QString buyer = accounts[1]["address"].toString();
    for (int first = 0; first < kOrders; first += kCreateBatch) {
      QJsonArray batch;
      for (int i = first; i < first + kCreateBatch; ++i) {
        batch.append(QJsonObject{{"method", "order_create"},
                                 {"params", QJsonObject{{"from", merchant},
                                                        {"merchant", merchant},
                                                        {"buyer", buyer},
                                                        {"item", QString("item %1").arg(i)},
                                                        {"quantity", 1},
                                                        {"unit_price", "1"}}}});
      }
      const QJsonArray answers = rpc.batch(batch);
      QVERIFY2(answers.first().toObject().contains("result"),
               qPrintable(QJsonDocument(answers.first().toObject()).toJson()));
      QVERIFY(answers.last().toObject().contains("result"));
    }
    QVERIFY2(
        waitUntil([&] { return rpc.call("mempool_info")["result"].toObject()["size"].toInteger() == 0; }, 240000, 500),
        "the orders were not all mined");

    // The load: wrong passphrases and order pages from other connections.
    const qint64 missedBefore = missedSlots(rpc);
    const qint64 heightBefore = rpc.call("node_info")["result"].toObject()["height"].toInteger();
    QElapsedTimer elapsed;
    elapsed.start();
    std::atomic<int> unlocksLeft = kWrongUnlocks;
    std::atomic<int> wrongAnswers = 0;
    std::atomic<bool> unlocking = true;
    std::atomic<qint64> pagedOrders = 0, fullWalks = 0;
    std::vector<std::thread> threads;
    for (int c = 0; c < kUnlockConnections; ++c) {
      threads.emplace_back([&] {
        RpcConnection own(node.rpcPort(), node.cookie());
        while (unlocksLeft.fetch_sub(1) > 0) {
          const QJsonObject answer = own.call("wallet_unlock", {{"passphrase", "wrong"}, {"seconds", 60}});
          if (answer["error"].toObject()["code"].toInt() == -32006) ++wrongAnswers;
        }
      });
    }
    threads.emplace_back([&] {
      RpcConnection own(node.rpcPort(), node.cookie());
      while (unlocking) {
        QJsonValue before;
        qint64 walked = 0;
        do {
          QJsonObject params{{"address", merchant}, {"limit", 500}};
          if (before.isString()) params["before"] = before;
          const QJsonObject page = own.call("order_list", params)["result"].toObject();
          walked += page["orders"].toArray().size();
          before = page["next"];
        } while (before.isString() && unlocking);
        pagedOrders += walked;
        if (walked >= kOrders) ++fullWalks;
      }
    });
    std::vector<double> infoMs;
    while (wrongAnswers + 0 < kWrongUnlocks && elapsed.elapsed() < 400000) {
      QElapsedTimer one;
      one.start();
      const QJsonObject info = rpc.call("node_info");
      infoMs.push_back(double(one.nsecsElapsed()) / 1e6);
      QVERIFY(info.contains("result"));
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      if (unlocksLeft <= 0 && infoMs.size() > 50 && wrongAnswers + 0 >= kWrongUnlocks) break;
    }
    unlocking = false;
    for (auto& t : threads) t.join();
    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const qint64 heightAfter = rpc.call("node_info")["result"].toObject()["height"].toInteger();
    const qint64 missedAfter = missedSlots(rpc);

    std::sort(infoMs.begin(), infoMs.end());
    const double p50 = infoMs[infoMs.size() / 2], p95 = infoMs[infoMs.size() * 95 / 100], worst = infoMs.back();
    qInfo(
        "%d wrong unlocks and %lld orders paged (%lld full walks) in %.1f s; %lld blocks; node_info p50 %.2f ms, "
        "p95 %.1f ms, max %.1f ms over %zu calls",
        wrongAnswers.load(), static_cast<long long>(pagedOrders.load()), static_cast<long long>(fullWalks.load()),
        seconds, static_cast<long long>(heightAfter - heightBefore), p50, p95, worst, infoMs.size());
    QCOMPARE(wrongAnswers.load(), kWrongUnlocks);
    QVERIFY2(fullWalks > 0, "order_list never walked all the orders");
    QCOMPARE(missedAfter, missedBefore);
    // One block per 1 s slot (a second of slack at each end of the window).
    QVERIFY2(heightAfter - heightBefore >= qint64(seconds) - 2,
             qPrintable(QString("%1 blocks in %2 s").arg(heightAfter - heightBefore).arg(seconds)));
    // An Argon2id on the node thread would hold node_info for most of a second, and five
    // connections of unlocks would keep it busy nearly all the time. Known rest: the RPC
    // server still lives on the node thread, so each 500-order page is serialized there
    // (a few ms, dozens of pages a second here), and a shared 2-core machine adds the
    // scheduler's delays — hence a median, a generous p95 and maximum.
    QVERIFY2(p50 < 10.0, qPrintable(QString("node_info p50 %1 ms").arg(p50)));
    QVERIFY2(p95 < 150.0, qPrintable(QString("node_info p95 %1 ms").arg(p95)));
    QVERIFY2(worst < 1000.0, qPrintable(QString("node_info took %1 ms").arg(worst)));
    QCOMPARE(node.stop(), 0);
  }
};

QTEST_GUILESS_MAIN(TestDaemonNodeThread)
#include "test_daemon_node_thread.moc"
