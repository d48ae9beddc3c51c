// waybilld --light against a real full waybilld (DESIGN §11), as processes: the
// light node follows the full node's headers (and new ones as they come), says
// "mode": "light", answers account_get and order_get with records proven
// against its own headers that equal the full node's, refuses what needs the
// full chain with -32601 and a message, and keeps its headers across a restart;
// a transaction submitted to it reaches the full node, is mined and is proven
// confirmed in the block the full node says. The seed's scenario runs with the
// buyer's wallet on a light node and the merchant on the full one; both list
// their orders through the light node. A light wallet agrees with the full node
// on every balance and order through a reorganisation, and drops a peer that
// forges proofs. PoS and DPoS networks are followed too, each header checked
// with state proven against its parent's root.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

#include "chain/core/amount.h"
#include "chain/core/genesis_file.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "chain/store/chain_genesis.h"
#include "tests/chain/light/fake_full_peer.h"
#include "tests/integration/integration_support.h"
#include "wallet/dev_accounts.h"

using namespace wb::integration;

namespace {

const QString kNetwork = QStringLiteral("dev-pow");

QJsonObject info(Daemon& node) { return node.result("node_info").toObject(); }

// A transfer from dev account `from` to `to`, signed here (as a shop's own signer
// would) for the network whose genesis hash is `genesisHex`.
QString signedTransfer(std::size_t from, std::size_t to, std::uint64_t nonce, const QString& genesisHex) {
  const wb::SecpContext ctx;
  const auto keys = wb::devAccountKeys(ctx).value();
  const auto secrets = wb::devAccountSecrets(ctx).value();
  wb::Tx tx;
  tx.sender = keys[from];
  tx.nonce = nonce;
  tx.fee = wb::kCoin / 100;  // far above the minimum
  tx.payload = wb::TransferPayload{keys[to], 3 * wb::kCoin, "from a light node"};
  wb::Hash32 genesis{};
  const wb::Bytes raw = wb::fromHex(genesisHex.toStdString()).value();
  std::copy(raw.begin(), raw.end(), genesis.begin());
  if (!wb::signTx(ctx, secrets[from], genesis, tx)) qFatal("cannot sign");
  return QString::fromStdString(wb::toHex(wb::encodeTx(tx)));
}

}  // namespace

class TestLightDaemon : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath()));
    QVERIFY(wb::initCrypto().ok());  // the test signs a transaction itself
  }

  void lightNodeFollowsAFullNodeWithProofs() {
    QTemporaryDir fullDir, lightDir;
    Daemon full(fullDir.path(), kNetwork);
    const quint16 p2p = freePort();
    QVERIFY2(full.start({"--dev", "pow", "--dev-clock", "manual", "--listen", QString::number(p2p)}),
             qPrintable(full.output()));
    const QJsonArray accounts = full.result("wallet_accounts")["accounts"].toArray();
    const QString a0 = accounts[0]["address"].toString(), a1 = accounts[1]["address"].toString(),
                  a2 = accounts[2]["address"].toString();
    // Some history: transfers and an order paid by a second account.
    for (int i = 0; i < 3; ++i) {
      QVERIFY(!full.result("wallet_send", {{"from", a0}, {"to", a1}, {"amount", "2.5"}}).toObject().isEmpty());
    }
    const QString order = full.result("order_create", {{"from", a0},
                                                       {"merchant", a2},
                                                       {"buyer", a0},
                                                       {"item", "tea"},
                                                       {"quantity", 2},
                                                       {"unit_price", "12.5"}})["id"]
                              .toString();
    QVERIFY(!full.result("dev_produce", {{"blocks", 5}}).toObject().isEmpty());
    QVERIFY(!full.result("order_pay", {{"from", a1}, {"id", order}}).toObject().isEmpty());
    QVERIFY(!full.result("dev_produce", {{"blocks", 20}}).toObject().isEmpty());
    const qint64 height = info(full)["height"].toInteger();
    QCOMPARE(height, qint64{25});

    Daemon light(lightDir.path(), kNetwork);
    const QStringList lightArgs{"--genesis", full.genesisPath(), "--connect", QString("127.0.0.1:%1").arg(p2p),
                                "--light"};
    QVERIFY2(light.start(lightArgs), qPrintable(light.output()));
    QCOMPARE(info(light)["mode"].toString(), "light");
    QVERIFY2(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000), qPrintable(light.output()));
    QCOMPARE(info(light)["height"].toInteger(), height);
    QCOMPARE(info(light)["peers"].toInteger(), qint64{1});
    QCOMPARE(info(light)["genesis"], info(full)["genesis"]);

    // Balances and nonces: the full node's, proven at the light node's tip.
    for (const QString& a : {a0, a1, a2}) {
      const QJsonObject mine = light.result("account_get", {{"address", a}}).toObject();
      const QJsonObject theirs = full.result("account_get", {{"address", a}}).toObject();
      QVERIFY2(mine["proven"].toBool(), qPrintable(QJsonDocument(mine).toJson()));
      QCOMPARE(mine["proof_height"].toInteger(), height);
      for (const char* field : {"address", "balance", "nonce", "stake"}) QCOMPARE(mine[field], theirs[field]);
    }
    const QJsonObject mineOrder = light.result("order_get", {{"id", order}}).toObject();
    QVERIFY(mineOrder["proven"].toBool());
    QCOMPARE(mineOrder["status"].toString(), "PAID");
    QCOMPARE(mineOrder["payer"].toString(), a1);
    QCOMPARE(mineOrder["escrow"], full.result("order_get", {{"id", order}})["escrow"]);
    QCOMPARE(light.errorCode("order_get", {{"id", QString(64, '0')}}), -32004);

    // What needs the whole chain says so.
    const QJsonObject refused = light.call("chain_block", {{"height", 1}})["error"].toObject();
    QCOMPARE(refused["code"].toInt(), -32601);
    QVERIFY2(refused["message"].toString().contains("light node"), qPrintable(refused["message"].toString()));
    QCOMPARE(light.errorCode("wallet_send", {{"from", a0}, {"to", a1}, {"amount", "1"}}), -32601);

    // New blocks reach it, and the records follow them.
    QVERIFY(!full.result("wallet_send", {{"from", a1}, {"to", a2}, {"amount", "7"}}).toObject().isEmpty());
    QVERIFY(!full.result("dev_produce", {{"blocks", 3}}).toObject().isEmpty());
    QVERIFY(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000));
    QCOMPARE(light.result("account_get", {{"address", a2}})["balance"],
             full.result("account_get", {{"address", a2}})["balance"]);

    // A transaction submitted to the light node: relayed, mined, proven confirmed.
    const qint64 nonce = light.result("account_get", {{"address", a2}})["next_nonce"].toInteger();
    const QString hex = signedTransfer(2, 3, static_cast<std::uint64_t>(nonce), info(full)["genesis"].toString());
    const QString txid = light.result("tx_submit", {{"hex", hex}})["txid"].toString();
    QCOMPARE(txid.size(), 64);
    QCOMPARE(light.result("tx_status", {{"txid", txid}})["status"].toString(), "pending");
    QVERIFY2(waitUntil(
                 [&] {
                   return full.result("tx_status", {{"txid", txid}})["status"] == "pending";
                 },
                 10000),
             qPrintable(light.output()));
    QVERIFY(!full.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QVERIFY2(waitUntil(
                 [&] {
                   return light.result("tx_status", {{"txid", txid}})["status"] == "confirmed";
                 },
                 30000),
             qPrintable(light.output()));
    const QJsonObject proven = light.result("tx_status", {{"txid", txid}}).toObject();
    const QJsonObject truth = full.result("tx_status", {{"txid", txid}}).toObject();
    QVERIFY(proven["proven"].toBool());
    for (const char* field : {"block", "height", "index"}) QCOMPARE(proven[field], truth[field]);
    QCOMPARE(light.result("tx_status", {{"txid", QString(64, 'a')}})["status"].toString(), "unknown");
    QCOMPARE(light.errorCode("tx_submit", {{"hex", "00"}}), -32602);
    const qint64 tipHeight = info(full)["height"].toInteger();

    // A restart keeps its headers (it is ready at once at the height it had).
    QCOMPARE(light.stop(), 0);
    QVERIFY2(light.start(lightArgs), qPrintable(light.output()));
    QVERIFY2(light.output().contains(QString("height %1 p2p 0").arg(tipHeight)), qPrintable(light.output()));
    QCOMPARE(light.result("tx_status", {{"txid", txid}})["status"].toString(), "confirmed");  // kept
    QVERIFY(!light.output().contains("warning"));
    QCOMPARE(light.stop(), 0);
    QCOMPARE(full.stop(), 0);
  }

  // The seed's scenario (create, pay by a second account, ship, confirm) with the
  // buyer's wallet served by a light node and the merchant on the full node.
  void seedScenarioWithTheBuyerOnALightNode() {
    QTemporaryDir fullDir, lightDir;
    Daemon full(fullDir.path(), kNetwork);
    const quint16 p2p = freePort();
    QVERIFY2(full.start({"--dev", "pow", "--dev-clock", "manual", "--listen", QString::number(p2p)}),
             qPrintable(full.output()));
    const QJsonArray fullAccounts = full.result("wallet_accounts")["accounts"].toArray();
    const QString merchant = fullAccounts[2]["address"].toString(), buyer = fullAccounts[5]["address"].toString(),
                  payer = fullAccounts[6]["address"].toString();

    // The buyer's wallet: a copy of the dev wallet (its own file), unlocked with its empty passphrase.
    const QString wallet = QDir(lightDir.path()).filePath("buyer.wallet");
    QVERIFY(QFile::copy(QDir(fullDir.path()).filePath("wallets/dev-pow.dev.wallet"), wallet));
    const QString passphrase = QDir(lightDir.path()).filePath("passphrase");
    QFile empty(passphrase);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    Daemon light(lightDir.path(), kNetwork);
    QVERIFY2(light.start({"--genesis", full.genesisPath(), "--connect", QString("127.0.0.1:%1").arg(p2p), "--light",
                          "--wallet", wallet, "--passphrase-file", passphrase}),
             qPrintable(light.output()));
    QVERIFY2(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000), qPrintable(light.output()));

    // The light wallet's balances are the full node's, proven.
    const QJsonObject listed = light.result("wallet_accounts").toObject();
    QCOMPARE(listed["locked"].toBool(), false);
    const QJsonArray lightAccounts = listed["accounts"].toArray();
    QCOMPARE(lightAccounts.size(), fullAccounts.size());
    for (qsizetype i = 0; i < lightAccounts.size(); ++i) {
      QCOMPARE(lightAccounts[i]["address"], fullAccounts[i]["address"]);
      QCOMPARE(lightAccounts[i]["balance"], fullAccounts[i]["balance"]);
      QVERIFY(lightAccounts[i]["proven"].toBool());
    }

    // Mines what the light node sent: once the full node holds it, a block, then proven confirmed.
    auto mine = [&](const QStringList& txids) {
      for (const QString& txid : txids) {
        if (!waitUntil([&] { return full.result("tx_status", {{"txid", txid}})["status"] == "pending"; }, 10000)) {
          return false;
        }
      }
      if (full.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty()) return false;
      for (const QString& txid : txids) {
        if (!waitUntil([&] { return light.result("tx_status", {{"txid", txid}})["status"] == "confirmed"; }, 30000)) {
          return false;
        }
      }
      return true;
    };

    // 1. The buyer creates the order from the light node.
    const QJsonObject created = light
                                    .result("order_create", {{"from", buyer},
                                                             {"merchant", merchant},
                                                             {"buyer", buyer},
                                                             {"item", "green tea"},
                                                             {"quantity", 3},
                                                             {"unit_price", "4.5"}})
                                    .toObject();
    const QString id = created["id"].toString();
    QCOMPARE(id, created["txid"].toString());
    QVERIFY2(mine({id}), qPrintable(light.output()));
    QCOMPARE(light.result("order_get", {{"id", id}})["status"].toString(), "CREATED");

    // 2. A second account pays it: the light node proves the order's total before signing.
    const QString paid = light.result("order_pay", {{"from", payer}, {"id", id}})["txid"].toString();
    QVERIFY2(mine({paid}), qPrintable(light.output()));
    QCOMPARE(full.result("order_get", {{"id", id}})["status"].toString(), "PAID");
    QCOMPARE(full.result("order_get", {{"id", id}})["payer"].toString(), payer);

    // 3. The merchant ships from the full node; the light node follows.
    QVERIFY(!full.result("order_ship", {{"from", merchant}, {"id", id}, {"tracking", "SF1234"}}).toObject().isEmpty());
    QVERIFY(!full.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QVERIFY(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000));
    // What the ledger would refuse is refused before signing, from the proven order.
    QCOMPARE(light.errorCode("order_ship", {{"from", buyer}, {"id", id}}), -32005);
    QCOMPARE(light.errorCode("order_pay", {{"from", payer}, {"id", QString(64, '0')}}), -32004);

    // 4. The buyer confirms receipt from the light node.
    const QString confirmed = light.result("order_confirm", {{"from", buyer}, {"id", id}})["txid"].toString();
    QVERIFY2(mine({confirmed}), qPrintable(light.output()));
    const QJsonObject mineOrder = light.result("order_get", {{"id", id}}).toObject();
    const QJsonObject theirs = full.result("order_get", {{"id", id}}).toObject();
    QCOMPARE(mineOrder["status"].toString(), "COMPLETED");
    for (const QString& field : theirs.keys()) QCOMPARE(mineOrder[field], theirs[field]);
    // The buyer's and the merchant's order lists, proven, as the full node lists them.
    for (const QString& party : {buyer, merchant}) {
      const QJsonArray mineList = light.result("order_list", {{"address", party}})["orders"].toArray();
      const QJsonArray theirList = full.result("order_list", {{"address", party}})["orders"].toArray();
      QCOMPARE(mineList.size(), theirList.size());
      QCOMPARE(mineList[0]["id"].toString(), id);
      QCOMPARE(mineList[0]["status"].toString(), "COMPLETED");
      QVERIFY(mineList[0]["proven"].toBool());
    }
    for (const QString& a : {merchant, buyer, payer}) {
      QCOMPARE(light.result("account_get", {{"address", a}})["balance"],
               full.result("account_get", {{"address", a}})["balance"]);
    }

    // Calls one after the other from one account get consecutive nonces while the first is unmined.
    const qint64 nonce = full.result("account_get", {{"address", payer}})["next_nonce"].toInteger();
    const QString first =
        light.result("wallet_send", {{"from", payer}, {"to", merchant}, {"amount", "1"}})["txid"].toString();
    const QJsonObject second =
        light.result("wallet_send", {{"from", payer}, {"to", merchant}, {"amount", "2"}, {"wait", 1}}).toObject();
    QCOMPARE(second["status"].toString(), "pending");  // waited a second, no block came
    QVERIFY2(mine({first, second["txid"].toString()}), qPrintable(light.output()));
    QCOMPARE(full.result("account_get", {{"address", payer}})["next_nonce"].toInteger(), nonce + 2);
    // Locked, it signs nothing.
    QCOMPARE(light.result("wallet_lock")["locked"].toBool(), true);
    QCOMPARE(light.errorCode("wallet_send", {{"from", payer}, {"to", merchant}, {"amount", "1"}}), -32001);
    QVERIFY(!light.output().contains("warning"));
    QCOMPARE(light.stop(), 0);
    QCOMPARE(full.stop(), 0);
  }

  // PoS and DPoS: every header verified with the producer's stake or the round's
  // delegates proven against its parent's state_root (the full node's consensus
  // witnesses), while stakes, votes and the set of delegates change under it.
  void lightNodeVerifiesStakedNetworks_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("pos") << QStringLiteral("pos");
    QTest::newRow("dpos") << QStringLiteral("dpos");
  }
  void lightNodeVerifiesStakedNetworks() {
    QFETCH(QString, kind);
    QTemporaryDir fullDir, lightDir;
    Daemon full(fullDir.path(), "dev-" + kind);
    const quint16 p2p = freePort();
    QVERIFY2(full.start({"--dev", kind, "--dev-clock", "manual", "--listen", QString::number(p2p)}),
             qPrintable(full.output()));
    const QJsonArray accounts = full.result("wallet_accounts")["accounts"].toArray();
    const QString a0 = accounts[0]["address"].toString(), a1 = accounts[1]["address"].toString(),
                  a2 = accounts[2]["address"].toString();
    QVERIFY(!full.result("wallet_send", {{"from", a0}, {"to", a1}, {"amount", "300"}}).toObject().isEmpty());
    QVERIFY(!full.result("dev_produce", {{"blocks", 2}}).toObject().isEmpty());
    QVERIFY(!full.result("stake", {{"from", a1}, {"amount", "100"}}).toObject().isEmpty());
    // A new delegate: the next round's witness must prove one delegate more.
    const QString last = accounts[accounts.size() - 1]["address"].toString();  // no delegate of the dev genesis
    QVERIFY2(!full.result("delegate_register", {{"from", last}, {"name", "light_test_shop"}}).toObject().isEmpty(),
             qPrintable(full.output()));
    QVERIFY(!full.result("dev_produce", {{"blocks", 30}}).toObject().isEmpty());

    Daemon light(lightDir.path(), "dev-" + kind);
    QVERIFY2(light.start({"--genesis", full.genesisPath(), "--connect", QString("127.0.0.1:%1").arg(p2p), "--light"}),
             qPrintable(light.output()));
    QVERIFY2(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 60000), qPrintable(light.output()));
    QCOMPARE(info(light)["height"], info(full)["height"]);
    for (const QString& a : {a0, a1, a2}) {
      const QJsonObject mine = light.result("account_get", {{"address", a}}).toObject();
      const QJsonObject theirs = full.result("account_get", {{"address", a}}).toObject();
      QVERIFY(mine["proven"].toBool());
      for (const char* field : {"balance", "nonce", "stake"}) QCOMPARE(mine[field], theirs[field]);
    }
    // The delegates, with the one registered above: the full node's list, proven.
    const QJsonObject delegates = light.result("delegate_list").toObject();
    QVERIFY(delegates["proven"].toBool());
    QCOMPARE(delegates["delegates"], full.result("delegate_list")["delegates"]);
    QVERIFY(QJsonDocument(delegates).toJson().contains("light_test_shop"));
    // New blocks as they come, one by one.
    for (int i = 0; i < 3; ++i) {
      QVERIFY(!full.result("dev_produce", {{"blocks", 2}}).toObject().isEmpty());
      QVERIFY2(waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000), qPrintable(light.output()));
    }
    QCOMPARE(info(light)["peers"].toInteger(), qint64{1});  // never dropped: every witness verified
    QVERIFY2(!light.output().contains("warning"), qPrintable(light.output()));
    QCOMPARE(light.stop(), 0);
    QCOMPARE(full.stop(), 0);
  }

  // A light wallet agrees with the full node it follows on every balance and order, through a reorganisation
  // (the full node switching to a heavier branch with other transactions), and a peer serving forged proofs is
  // dropped while the honest full node gives the truth.
  void lightWalletAgreesThroughAReorganisationAndDropsAForger() {
    QTemporaryDir root;
    const QString dirA = root.filePath("a"), dirB = root.filePath("b"), dirForger = root.filePath("forger"),
                  dirLight = root.filePath("light");
    const QStringList manual{"--dev", "pow", "--dev-clock", "manual"};
    {
      Daemon first(dirA, kNetwork);  // creates the network; B starts from a copy of it
      QVERIFY2(first.start(manual), qPrintable(first.output()));
      QCOMPARE(first.stop(), 0);
    }
    std::filesystem::copy(dirA.toStdString(), dirB.toStdString(), std::filesystem::copy_options::recursive);
    Daemon a(dirA, kNetwork), b(dirB, kNetwork);
    const quint16 portA = freePort(), portB = freePort();
    QVERIFY2(a.start(manual + QStringList{"--listen", QString::number(portA)}), qPrintable(a.output()));
    QVERIFY2(b.start(manual + QStringList{"--listen", QString::number(portB)}), qPrintable(b.output()));
    const QJsonArray accounts = a.result("wallet_accounts")["accounts"].toArray();
    auto address = [&accounts](int i) { return accounts[i]["address"].toString(); };
    auto sell = [&](Daemon& node, const QString& item) {
      return node
          .result("order_create", {{"from", address(2)},
                                   {"merchant", address(2)},
                                   {"buyer", address(0)},
                                   {"item", item},
                                   {"quantity", 1},
                                   {"unit_price", "4"}})["id"]
          .toString();
    };
    // A's branch: transfers, an order paid by a second account. B's: other transfers and orders, more blocks.
    QVERIFY(!a.result("wallet_send", {{"from", address(0)}, {"to", address(1)}, {"amount", "2.5"}}).isNull());
    const QString orderA = sell(a, "tea");
    QVERIFY(!a.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QVERIFY(!a.result("order_pay", {{"from", address(1)}, {"id", orderA}}).toObject().isEmpty());
    QVERIFY(!a.result("dev_produce", {{"blocks", 2}}).toObject().isEmpty());
    QVERIFY(!b.result("wallet_send", {{"from", address(0)}, {"to", address(3)}, {"amount", "9"}}).isNull());
    const QString orderB = sell(b, "cups");
    QVERIFY(!b.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QVERIFY(!b.result("order_pay", {{"from", address(0)}, {"id", orderB}}).toObject().isEmpty());
    QVERIFY(!b.result("dev_produce", {{"blocks", 5}}).toObject().isEmpty());

    // The light wallet (a copy of the dev wallet) follows A.
    QVERIFY(QDir().mkpath(dirLight));
    const QString wallet = QDir(dirLight).filePath("shop.wallet"), passphrase = QDir(dirLight).filePath("passphrase");
    QVERIFY(QFile::copy(QDir(dirA).filePath("wallets/dev-pow.dev.wallet"), wallet));
    QFile empty(passphrase);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QStringList lightArgs{"--genesis", a.genesisPath(),     "--light", "--wallet",
                                wallet,      "--passphrase-file", passphrase};
    Daemon light(dirLight, kNetwork);
    QVERIFY2(light.start(lightArgs + QStringList{"--connect", QString("127.0.0.1:%1").arg(portA)}),
             qPrintable(light.output()));
    // Every account's balance and every order of the wallet's accounts, as `full` has them at the same tip.
    auto agreeWith = [&](Daemon& full) {
      if (!waitUntil([&] { return info(light)["tip"] == info(full)["tip"]; }, 30000)) return false;
      const QJsonArray mine = light.result("wallet_accounts")["accounts"].toArray();
      if (mine.size() != accounts.size()) return false;
      for (qsizetype i = 0; i < mine.size(); ++i) {
        const QJsonObject theirs = full.result("account_get", {{"address", address(int(i))}}).toObject();
        if (!mine[i]["proven"].toBool() || mine[i]["balance"] != theirs["balance"]) {
          qWarning("account %d: %s vs %s", int(i), qPrintable(mine[i]["balance"].toString()),
                   qPrintable(theirs["balance"].toString()));
          return false;
        }
        const QJsonValue myOrders = light.result("order_list", {{"address", address(int(i))}})["orders"];
        const QJsonValue theirOrders = full.result("order_list", {{"address", address(int(i))}})["orders"];
        for (qsizetype k = 0; k < theirOrders.toArray().size(); ++k) {
          QJsonObject order = myOrders.toArray()[k].toObject();
          for (const char* added : {"proven", "proof_height", "proof_block"}) order.remove(added);
          if (order != theirOrders.toArray()[k].toObject()) {
            qWarning("orders of account %d differ", int(i));
            return false;
          }
        }
        if (myOrders.toArray().size() != theirOrders.toArray().size()) return false;
      }
      return true;
    };
    QVERIFY2(agreeWith(a), qPrintable(light.output()));
    QCOMPARE(light.result("order_get", {{"id", orderA}})["status"].toString(), "PAID");

    // A joins B and takes its heavier branch; the light node follows A there: A's order is gone, B's is proven.
    QVERIFY(!a.result("node_connect", {{"address", QString("127.0.0.1:%1").arg(portB)}}).toObject().isEmpty());
    QVERIFY2(waitUntil([&] { return info(a)["tip"] == info(b)["tip"]; }, 30000), qPrintable(a.output()));
    QVERIFY2(agreeWith(a), qPrintable(light.output()));
    QCOMPARE(a.errorCode("order_get", {{"id", orderA}}), -32004);
    QCOMPARE(light.errorCode("order_get", {{"id", orderA}}), -32004);
    QCOMPARE(light.result("order_get", {{"id", orderB}})["status"].toString(), "PAID");
    // A block on top (with what A's old branch gave back to its mempool): still the same.
    QVERIFY(!a.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QVERIFY2(agreeWith(a), qPrintable(light.output()));
    QCOMPARE(light.stop(), 0);

    // A forger with B's chain (a copy, served in-process over real P2P) changes every record it proves. Asked
    // first, it is dropped; A, honest, gives the truth.
    QCOMPARE(b.stop(), 0);
    std::filesystem::copy(dirB.toStdString(), dirForger.toStdString(), std::filesystem::copy_options::recursive);
    const wb::SecpContext ctx;
    auto genesis = wb::readGenesisFile(QDir(dirForger).filePath("dev-pow/genesis.json").toStdString());
    QVERIFY(genesis);
    auto forgerChain = wb::Chain::open(dirForger.toStdString(), "dev-pow", wb::chainGenesisFrom(*genesis), ctx);
    QVERIFY(forgerChain);
    wb::lighttest::FakeFullPeer forger(**forgerChain, wb::lighttest::FakeFullPeer::Lie::ProofValue);
    QVERIFY(!a.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());  // the forger's tip is behind: fine
    QVERIFY2(light.start(lightArgs + QStringList{"--connect", QString("127.0.0.1:%1").arg(forger.endpoint().port),
                                                 "--connect", QString("127.0.0.1:%1").arg(portA)}),
             qPrintable(light.output()));
    QVERIFY2(agreeWith(a), qPrintable(light.output()));
    QVERIFY(forger.proofsServed > 0);
    QVERIFY(forger.disconnects > 0);
    QCOMPARE(light.stop(), 0);
    QCOMPARE(a.stop(), 0);
  }

  void lightModeIsRefusedWithProduction() {
    QTemporaryDir dir;
    QString output;
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", "pow", "--light", "--produce"}, &output), 2);
    QVERIFY2(output.contains("--light cannot be used with --produce"), qPrintable(output));
  }
};

QTEST_GUILESS_MAIN(TestLightDaemon)
#include "test_light_daemon.moc"
