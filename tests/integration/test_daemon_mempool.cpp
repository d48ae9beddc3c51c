// Nothing accepted is lost (DESIGN §7), with real waybilld processes: what the
// wallet signed survives a SIGKILL and is mined after the restart, and spam on
// future nonces from unfunded keys cannot keep an honest wallet_send out.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "chain/core/bech32m.h"
#include "chain/core/bytes.h"
#include "chain/core/schnorr.h"
#include "chain/core/secure_bytes.h"
#include "chain/core/tx_codec.h"
#include "chain/core/tx_sign.h"
#include "tests/integration/chain_balances.h"
#include "tests/integration/integration_support.h"

using namespace wb;
using namespace wb::integration;

namespace {

Hash32 hashFrom(const QString& hex) {
  Hash32 out{};
  auto bytes = fromHex(hex.toStdString());
  if (bytes && bytes->size() == out.size()) std::copy(bytes->begin(), bytes->end(), out.begin());
  return out;
}

// Sends `requests` as JSON-RPC batches of at most 1000; returns every response.
QJsonArray callBatched(Daemon& node, const QJsonArray& requests) {
  QJsonArray responses;
  for (qsizetype start = 0; start < requests.size(); start += 1000) {
    QJsonArray batch;
    for (qsizetype i = start; i < std::min(requests.size(), start + 1000); ++i) batch.append(requests[i]);
    const HttpAnswer answer =
        httpPost(node.rpcPort(), QJsonDocument(batch).toJson(QJsonDocument::Compact), node.cookie());
    for (const QJsonValue& r : QJsonDocument::fromJson(answer.body).array()) responses.append(r);
  }
  return responses;
}

}  // namespace

class TestDaemonMempool : public QObject {
  Q_OBJECT

private slots:
  void initTestCase() {
    QVERIFY2(QFile::exists(daemonPath()), qPrintable(daemonPath()));
    QVERIFY(initCrypto().ok());
  }

  // 300 transactions from one account accepted by wallet_send, then SIGKILL
  // (no mempool.dat written): the wallet's journal gives them back at start,
  // and they are all mined, in nonce order, with exact balances.
  void signedTransactionsSurviveSigkill() {
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-pow");
    const QStringList args{"--dev", "pow", "--dev-clock", "manual"};
    QVERIFY2(node.start(args), qPrintable(node.output()));
    const QJsonArray accounts = node.result("wallet_accounts")["accounts"].toArray();
    const QString from = accounts[3].toObject()["address"].toString();
    const QString to = accounts[4].toObject()["address"].toString();
    constexpr int kCount = 300;
    std::set<QString> txids;
    for (int i = 0; i < kCount; ++i) {
      const QJsonObject sent =
          node.result("wallet_send",
                      {{"from", from}, {"to", to}, {"amount", QString("0.%1").arg(i + 1, 4, 10, QChar('0'))}})
              .toObject();
      QVERIFY(!sent["txid"].toString().isEmpty());
      txids.insert(sent["txid"].toString());
    }
    QCOMPARE(node.result("mempool_info")["size"].toInteger(), kCount);
    node.kill();
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath("dev-pow/mempool.dat")));

    QVERIFY2(node.start(args), qPrintable(node.output()));
    QCOMPARE(node.result("mempool_info")["size"].toInteger(), kCount);
    for (int i = 0; i < 5 && node.result("mempool_info")["size"].toInteger() > 0; ++i) {
      QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    }
    QCOMPARE(node.result("mempool_info")["size"].toInteger(), 0);
    for (const QString& txid : txids) {
      QCOMPARE(node.result("tx_status", {{"txid", txid}})["status"].toString(), QString("confirmed"));
    }
    // In nonce order along the chain.
    qint64 expectedNonce = 0;
    const qint64 height = node.result("node_info")["height"].toInteger();
    for (qint64 h = 1; h <= height; ++h) {
      const QJsonObject block = node.result("chain_block", {{"height", h}, {"txs", true}}).toObject();
      for (const QJsonValue& t : block["txs"].toArray()) {
        if (t["sender"].toString() == from) QCOMPARE(t["nonce"].toInteger(), expectedNonce++);
      }
    }
    QCOMPARE(expectedNonce, kCount);
    const auto expected = expectedBalances(node, readJson(node.genesisPath()));
    for (const QString& a : {from, to}) {
      QCOMPARE(amountOf(node.result("account_get", {{"address", a}})["balance"]), expected.at(a));
    }
    QCOMPARE(node.stop(), 0);
    QString output;
    QCOMPARE(runDaemon({"--datadir", dir.path(), "--dev", "pow", "--check"}, &output), 0);
  }

  // 800 unfunded keys × 63 future nonces with huge claimed fees: every one is
  // refused, the pool stays empty, and an honest wallet_send goes in and is mined.
  void futureNonceSpamCannotJamThePool() {
    QTemporaryDir dir;
    Daemon node(dir.path(), "dev-pow");
    QVERIFY2(node.start({"--dev", "pow", "--dev-clock", "manual"}), qPrintable(node.output()));
    const QJsonObject info = node.result("node_info").toObject();
    const Hash32 genesisHash = hashFrom(info["genesis"].toString());
    const QString hrp = node.result("wallet_accounts")["accounts"][0]["address"].toString().section('1', 0, 0);
    const QJsonArray accounts = node.result("wallet_accounts")["accounts"].toArray();
    const AccountKey victim = decodeAddress(hrp.toStdString(), accounts[0]["address"].toString().toStdString()).value();

    const SecpContext ctx;
    QJsonArray requests;
    for (int k = 0; k < 800; ++k) {
      Hash32 seed{};
      seed[0] = 0x5a;
      seed[30] = static_cast<Byte>((k + 1) >> 8);
      seed[31] = static_cast<Byte>(k + 1);
      const SecureBytes secret = SecureBytes::copyOf(seed);
      const AccountKey key = xonlyFromSecret(ctx, secret).value();
      for (std::uint64_t nonce = 1; nonce <= 63; ++nonce) {
        Tx tx;
        tx.sender = key;
        tx.nonce = nonce;
        tx.payload = TransferPayload{victim, 1, ""};
        tx.fee = 10'000'000 * kCoin;
        QVERIFY(signTx(ctx, secret, genesisHash, tx).ok());
        requests.append(QJsonObject{{"jsonrpc", "2.0"},
                                    {"id", requests.size()},
                                    {"method", "tx_submit"},
                                    {"params", QJsonObject{{"hex", QString::fromStdString(toHex(encodeTx(tx)))}}}});
      }
    }
    const QJsonArray responses = callBatched(node, requests);
    QCOMPARE(responses.size(), requests.size());
    for (const QJsonValue& r : responses) {
      QVERIFY2(r.toObject().contains("error"), qPrintable(QJsonDocument(r.toObject()).toJson()));
    }
    const QJsonObject pool = node.result("mempool_info").toObject();
    QCOMPARE(pool["size"].toInteger(), 0);
    QCOMPARE(pool["waiting"].toInteger(), 0);

    const QString from = accounts[1]["address"].toString();
    const QString txid =
        node.result("wallet_send", {{"from", from}, {"to", accounts[2]["address"]}, {"amount", "5"}})["txid"]
            .toString();
    QVERIFY(!txid.isEmpty());
    QVERIFY(!node.result("dev_produce", {{"blocks", 1}}).toObject().isEmpty());
    QCOMPARE(node.result("tx_status", {{"txid", txid}})["status"].toString(), QString("confirmed"));
    // Paged txids only on request.
    QVERIFY(!node.result("mempool_info").toObject().contains("txids"));
    QCOMPARE(node.result("mempool_info", {{"txids", true}, {"limit", 10}})["txids"].toArray().size(), 0);
  }
};

QTEST_GUILESS_MAIN(TestDaemonMempool)
#include "test_daemon_mempool.moc"
