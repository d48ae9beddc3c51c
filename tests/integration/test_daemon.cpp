// Real waybilld processes (DESIGN §7, §10): the seed's order scenario on a dev
// node of each consensus, several nodes converging, a late node syncing, bad
// RPC input, and a SIGKILLed node restarting on a consistent tip.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

#include "chain/core/amount.h"
#include "tests/integration/chain_balances.h"
#include "tests/integration/integration_support.h"

using namespace wb;
using namespace wb::integration;

class TestDaemon : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

  void orderScenario_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("pow") << "pow";
    QTest::newRow("pos") << "pos";
    QTest::newRow("dpos") << "dpos";
  }
  // The seed's console session, done right: account 0 orders (buyer), account 1
  // pays, merchant account 2 ships, account 0 confirms; escrow goes to the
  // merchant; the wrong party and the wrong state are refused.
  void orderScenario() {
    QFETCH(QString, kind);
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-" + kind);
    QVERIFY2(node.start({"--dev", kind, "--dev-clock", "manual"}), qPrintable(node.output()));
    const QJsonArray accounts = node.result("wallet_accounts")["accounts"].toArray();
    QCOMPARE(accounts.size(), 10);
    const QString a0 = accounts[0]["address"].toString();
    const QString a1 = accounts[1]["address"].toString();
    const QString a2 = accounts[2]["address"].toString();

    const QJsonObject created = node.result("order_create", {{"from", a0},
                                                             {"merchant", a2},
                                                             {"buyer", a0},
                                                             {"item", "茶叶 tea"},
                                                             {"quantity", 2},
                                                             {"unit_price", "12.5"}})
                                    .toObject();
    const QString id = created["id"].toString();
    QCOMPARE(id.size(), 64);
    QCOMPARE(created["txid"].toString(), id);
    QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QCOMPARE(node.result("order_get", {{"id", id}})["status"].toString(), "CREATED");

    // Shipping before payment: wrong state.
    QCOMPARE(node.errorCode("order_ship", {{"from", a2}, {"id", id}}), -32003);
    QVERIFY(!node.result("order_pay", {{"from", a1}, {"id", id}}).toObject().isEmpty());
    QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QJsonObject order = node.result("order_get", {{"id", id}}).toObject();
    QCOMPARE(order["status"].toString(), "PAID");
    QCOMPARE(order["escrow"].toString(), "25");
    QCOMPARE(order["payer"].toString(), a1);

    // Paying twice: wrong state. Shipping as the buyer: wrong party.
    QCOMPARE(node.errorCode("order_pay", {{"from", a1}, {"id", id}}), -32003);
    QCOMPARE(node.errorCode("order_ship", {{"from", a0}, {"id", id}}), -32005);
    QVERIFY(!node.result("order_ship", {{"from", a2}, {"id", id}, {"tracking", "SF1234567"}}).toObject().isEmpty());
    QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QCOMPARE(node.result("order_get", {{"id", id}})["status"].toString(), "SHIPPED");

    // Only the buyer confirms receipt (not the payer, not the merchant).
    QCOMPARE(node.errorCode("order_confirm", {{"from", a1}, {"id", id}}), -32005);
    QCOMPARE(node.errorCode("order_confirm", {{"from", a2}, {"id", id}}), -32005);
    QVERIFY(!node.result("order_confirm", {{"from", a0}, {"id", id}}).toObject().isEmpty());
    QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    order = node.result("order_get", {{"id", id}}).toObject();
    QCOMPARE(order["status"].toString(), "COMPLETED");
    QCOMPARE(order["escrow"].toString(), "0");
    QCOMPARE(order["released_to_merchant"].toString(), "25");
    QCOMPARE(node.errorCode("order_confirm", {{"from", a0}, {"id", id}}), -32003);
    QCOMPARE(node.errorCode("order_get", {{"id", QString(64, '0')}}), -32004);

    // Listings by role.
    const QJsonArray bought = node.result("order_list", {{"address", a0}, {"role", "buyer"}})["orders"].toArray();
    QCOMPARE(bought.size(), 1);
    QCOMPARE(node.result("order_list", {{"address", a2}, {"role", "buyer"}})["orders"].toArray().size(), 0);
    QCOMPARE(node.result("order_list", {{"address", a1}, {"role", "payer"}, {"status", "COMPLETED"}})["orders"]
                 .toArray()
                 .size(),
             1);

    // Every balance is what the blocks say.
    const auto expected = expectedBalances(node, readJson(node.genesisPath()));
    for (const QString& a : {a0, a1, a2}) {
      const QJsonObject account = node.result("account_get", {{"address", a}}).toObject();
      QCOMPARE(amountOf(account["balance"]), expected.at(a));
    }
    QCOMPARE(node.stop(), 0);
    QString output;
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", kind, "--check"}, &output), 0);
  }

  // Bad requests get clear errors and change nothing.
  void rpcRejectsBadInput() {
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-dpos");
    QVERIFY2(node.start({"--dev", "dpos", "--dev-clock", "manual"}), qPrintable(node.output()));
    const QJsonObject before = node.result("node_info").toObject();
    const QByteArray cookie = node.cookie();
    QVERIFY(cookie.startsWith("__cookie__:"));

    auto error = [&](const QByteArray& body) {
      return QJsonDocument::fromJson(httpPost(node.rpcPort(), body, cookie).body).object()["error"].toObject();
    };
    QCOMPARE(error("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":")["code"].toInt(), -32700);
    QCOMPARE(error("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"no_such_method\"}")["code"].toInt(), -32601);
    QCOMPARE(error("[]")["code"].toInt(), -32600);
    const QString a0 = node.result("wallet_accounts")["accounts"].toArray().at(0)["address"].toString();
    // Money as a JSON number, an unknown parameter, a bad address: invalid params.
    QCOMPARE(node.errorCode("wallet_send", {{"from", a0}, {"to", a0}, {"amount", 1.5}}), -32602);
    QCOMPARE(node.errorCode("wallet_send", {{"from", a0}, {"to", a0}, {"amount", "1"}, {"colour", "red"}}), -32602);
    QCOMPARE(node.errorCode("account_get", {{"address", "wb1qqqq"}}), -32602);
    QCOMPARE(node.errorCode("wallet_send", {{"from", a0}, {"to", a0}, {"amount", "2000000"}}), -32002);

    const QByteArray huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"node_info\",\"params\":{\"x\":\"" +
                            QByteArray(2 * 1024 * 1024, 'a') + "\"}}";
    QCOMPARE(httpPost(node.rpcPort(), huge, cookie).status, 413);
    const QByteArray info = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"node_info\"}";
    QCOMPARE(httpPost(node.rpcPort(), info, "").status, 401);
    QCOMPARE(httpPost(node.rpcPort(), info, "__cookie__:00ff").status, 401);
    QCOMPARE(httpPost(node.rpcPort(), info, cookie, "text/plain").status, 415);

    const QJsonObject after = node.result("node_info").toObject();
    QCOMPARE(after["height"], before["height"]);
    QCOMPARE(after["tip"], before["tip"]);
    QCOMPARE(after["mempool"].toInt(), 0);
  }

  void threeNodesConverge_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("pow") << "pow";
    QTest::newRow("pos") << "pos";
    QTest::newRow("dpos") << "dpos";
  }
  // A producing dev node, a follower that receives the transactions, and a
  // third node started late that syncs through the follower.
  void threeNodesConverge() {
    QFETCH(QString, kind);
    QTemporaryDir d1;
    QTemporaryDir d2;
    QTemporaryDir d3;
    const QString network = "dev-" + kind;
    const quint16 p1 = freePort();
    const quint16 p2 = freePort();
    Daemon n1(d1.path(), network);
    QVERIFY2(n1.start({"--dev", kind, "--listen", QString::number(p1)}), qPrintable(n1.output()));
    Daemon n2(d2.path(), network);
    QVERIFY2(n2.start({"--genesis", n1.genesisPath(), "--listen", QString::number(p2), "--connect",
                       QString("127.0.0.1:%1").arg(p1)}),
             qPrintable(n2.output()));
    QVERIFY(waitUntil([&] { return n2.result("node_info")["peers"].toInt() >= 1; }, 20000));

    // Signed by n1's dev wallet, submitted to n2, mined by n1.
    const QJsonArray accounts = n1.result("wallet_accounts")["accounts"].toArray();
    QStringList txids;
    for (int i = 0; i < 3; ++i) {
      const QString txid =
          n1.result("wallet_send",
                    {{"from", accounts[3]["address"]}, {"to", accounts[4]["address"]}, {"amount", "1.5"}})["txid"]
              .toString();
      QVERIFY(!txid.isEmpty());
      txids << txid;
    }
    for (const QString& txid : txids) {
      QVERIFY2(waitUntil(
                   [&] {
                     return n2.result("tx_status", {{"txid", txid}})["status"] == "confirmed";
                   },
                   60000),
               qPrintable(txid));
    }
    const qint64 h = n2.result("tx_status", {{"txid", txids.last()}})["height"].toInteger();

    Daemon n3(d3.path(), network);
    QVERIFY2(n3.start({"--genesis", n1.genesisPath(), "--connect", QString("127.0.0.1:%1").arg(p2)}),
             qPrintable(n3.output()));
    QVERIFY(waitUntil([&] { return n3.result("node_info")["height"].toInteger() >= h; }, 60000));
    for (Daemon* n : {&n2, &n3}) QCOMPARE(blockHashAt(*n, h), blockHashAt(n1, h));
    QCOMPARE(n3.result("tx_status", {{"txid", txids.first()}})["status"].toString(), "confirmed");
    QCOMPARE(n3.result("account_get", {{"address", accounts[4]["address"]}})["balance"],
             n1.call("account_get", {{"address", accounts[4]["address"]}})["result"].toObject()["balance"]);
  }

  // Locking, unlocking, waiting for inclusion, and the staking methods on a
  // producing DPoS dev node.
  void walletMethods() {
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-dpos");
    QVERIFY2(node.start({"--dev", "dpos"}), qPrintable(node.output()));
    const QJsonArray accounts = node.result("wallet_accounts")["accounts"].toArray();
    const QJsonValue a5 = accounts[5].toObject()["address"];
    const QJsonValue a6 = accounts[6].toObject()["address"];

    QCOMPARE(node.result("wallet_lock")["locked"].toBool(), true);
    QCOMPARE(node.errorCode("wallet_send", {{"from", a5}, {"to", a6}, {"amount", "1"}}), -32001);
    QCOMPARE(node.errorCode("wallet_unlock", {{"passphrase", "wrong"}, {"seconds", 60}}), -32006);
    QCOMPARE(node.errorCode("wallet_send", {{"from", a5}, {"to", a6}, {"amount", "1"}}), -32001);
    QVERIFY(!node.result("wallet_unlock", {{"passphrase", ""}, {"seconds", 60}}).toObject().isEmpty());

    const QJsonObject sent =
        node.result("wallet_send", {{"from", a5}, {"to", a6}, {"amount", "1"}, {"memo", "hi"}, {"wait", 30}})
            .toObject();
    QCOMPARE(sent["status"].toString(), "confirmed");
    QVERIFY(sent["height"].toInteger() >= 1);
    const QJsonObject tx = node.result("chain_tx", {{"txid", sent["txid"]}}).toObject();
    QCOMPARE(tx["kind"].toString(), "transfer");
    QCOMPARE(tx["memo"].toString(), "hi");
    QCOMPARE(tx["amount"].toString(), "1");

    QCOMPARE(node.result("delegate_register", {{"from", a5}, {"name", "shop5"}, {"wait", 30}})["status"].toString(),
             "confirmed");
    QCOMPARE(node.result("stake", {{"from", a6}, {"amount", "100"}, {"wait", 30}})["status"].toString(), "confirmed");
    QCOMPARE(node.result("vote", {{"from", a6}, {"delegates", QJsonArray{a5}}, {"wait", 30}})["status"].toString(),
             "confirmed");
    bool listed = false;
    for (const QJsonValue& d : node.result("delegate_list")["delegates"].toArray()) {
      if (d["name"] == "shop5") listed = d["address"] == a5 && d["votes"] == "100";
    }
    QVERIFY(listed);
    QCOMPARE(node.errorCode("unstake", {{"from", a6}, {"amount", "1000"}}), -32002);

    const QJsonObject added = node.result("wallet_new_account", {{"label", "extra"}}).toObject();
    QCOMPARE(added["index"].toInt(), 10);
    QCOMPARE(node.result("wallet_accounts")["accounts"].toArray().size(), 11);
  }

  // kill -9 while producing: the node restarts on a consistent tip.
  void killedNodeRestartsConsistent() {
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-pow");
    QVERIFY2(node.start({"--dev", "pow"}), qPrintable(node.output()));
    QVERIFY(waitUntil([&] { return node.result("node_info")["height"].toInteger() >= 5; }, 30000));
    const qint64 seen = node.result("node_info")["height"].toInteger();
    node.kill();
    QString output;
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", "pow", "--check"}, &output), 0);
    QVERIFY2(output.contains("ledger ok"), qPrintable(output));
    QVERIFY2(node.start({"--dev", "pow"}), qPrintable(node.output()));
    QVERIFY(node.result("node_info")["height"].toInteger() >= seen);
  }

  // Usage errors exit 2 with one line on stderr; runtime errors exit 1.
  void exitCodes() {
    QTemporaryDir dir;
    QString output;
    QCOMPARE(runDaemon({"--no-such-option"}, &output), 2);
    QCOMPARE(runDaemon({"--datadir", dir.path()}, &output), 2);
    QVERIFY(output.contains("no network"));
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--network", "nowhere"}, &output), 1);
    QVERIFY(output.contains("nowhere"));
  }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "test_daemon.moc"
