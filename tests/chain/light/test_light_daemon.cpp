// waybilld --light against a real full waybilld (DESIGN §11), as processes: the
// light node follows the full node's headers (and new ones as they come), says
// "mode": "light", answers account_get and order_get with records proven
// against its own headers that equal the full node's, refuses what needs the
// full chain with -32601 and a message, and keeps its headers across a restart.
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/integration/integration_support.h"

using namespace wb::integration;

namespace {

const QString kNetwork = QStringLiteral("dev-pow");

QJsonObject info(Daemon& node) { return node.result("node_info").toObject(); }

}  // namespace

class TestLightDaemon : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() { QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath())); }

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

    // A restart keeps its headers (it is ready at once at the height it had).
    QCOMPARE(light.stop(), 0);
    QVERIFY2(light.start(lightArgs), qPrintable(light.output()));
    QVERIFY2(light.output().contains(QString("height %1 p2p 0").arg(height + 3)), qPrintable(light.output()));
    QVERIFY(!light.output().contains("warning"));
    QCOMPARE(light.stop(), 0);
    QCOMPARE(full.stop(), 0);
  }

  void lightModeIsRefusedWhereItCannotVerify() {
    QTemporaryDir dir;
    QString output;
    // PoS headers need the producer's stake proven: not yet.
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", "pos", "--light"}, &output), 1);
    QVERIFY2(output.contains("proof-of-work"), qPrintable(output));
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", "pow", "--light", "--produce"}, &output), 2);
    QVERIFY2(output.contains("--light cannot be used with --produce"), qPrintable(output));
  }
};

QTEST_GUILESS_MAIN(TestLightDaemon)
#include "test_light_daemon.moc"
