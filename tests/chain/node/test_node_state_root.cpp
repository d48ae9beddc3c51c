// The state commitment on a real node (DESIGN §11): a peer's block whose header
// commits to another state is refused (the same block with the true root is
// taken), and RPC state_proof and P2P getproof answer proofs that the naive
// verifier of tests/support accepts against the tip header's state_root.
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/chain/net/net_test_support.h"
#include "tests/chain/node/node_suite.h"
#include "tests/chain/node/node_test_support.h"
#include "tests/support/naive_state_tree.h"
#include "tests/support/rpc_call.h"

using namespace wb;
using namespace wb::node;
using wb::nettest::RawPeer;
using namespace wb::nodetest;

using wb::test::rpcCall;

namespace {

Hash32 hashFromJson(const QJsonValue& v) { return hash32FromHex(v.toString().toStdString()).value(); }

// The proof of a state_proof answer, checked by the naive verifier against its state_root.
bool verifiesNaively(const QJsonObject& answer, std::uint8_t table, ByteView key) {
  state::TreeProof proof;
  for (const QJsonValue& s : answer["siblings"].toArray()) proof.siblings.push_back(hashFromJson(s));
  std::optional<Hash32> valueHash;
  if (!answer["value"].isNull()) {
    valueHash = taggedHash("wb.smtval", fromHex(answer["value"].toString().toStdString()).value());
    proof.end = state::ProofEnd::Leaf;
  } else if (answer["other"].isObject()) {
    proof.end = state::ProofEnd::OtherLeaf;
    proof.otherLeafKey = hashFromJson(answer["other"].toObject()["leafkey"]);
    proof.otherValueHash = hashFromJson(answer["other"].toObject()["value_hash"]);
  } else {
    proof.end = state::ProofEnd::Empty;
  }
  return testsupport::naive::verify(hashFromJson(answer["state_root"]), testsupport::naive::leafKey(table, key),
                                    valueHash, proof);
}

}  // namespace

class TestNodeStateRoot : public NodeSuite {
  Q_OBJECT

private slots:
  void aBlockCommittingToAnotherStateIsRefused() {
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    // Block 1, made honestly by a producer node of the network.
    QTemporaryDir makerDir;
    NodeConfig makerConfig = kit_->manualConfig(makerDir.path(), genesis);
    NodeRunner maker;
    QVERIFY(maker.start(makerConfig, kit_->ctx()).ok());
    QVERIFY(onNode(maker, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 1, 2, 0)); }).ok());
    QVERIFY(onNode(maker, [](Node& n) { return n.devProduce(1); }).ok());
    const Block honest =
        onNode(maker, [](Node& n) { return *n.chain().block(*n.chain().hashAtHeight(1).value()).value(); });
    QVERIFY(!isZero(honest.header.stateRoot));
    // The same block committing to another state, mined again so only the root is wrong.
    Block forged = honest;
    forged.header.stateRoot[0] ^= 1;
    auto sealed = onNode(
        maker, [&](Node& n) { return n.chain().engine()->seal(forged.header, SecureBytes(), {}, std::stop_token{}); });
    QVERIFY(sealed.ok() && sealed->has_value());
    forged.header = **sealed;

    QTemporaryDir dir;
    NodeConfig c = kit_->manualConfig(dir.path(), genesis, false);
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    const quint16 port = onNode(runner, [](Node& n) { return n.p2pPort(); });
    const Hash32 network = genesis.params.genesisHash;

    RawPeer liar(network, QHostAddress("127.0.0.2"));
    QVERIFY(liar.connectTo(port));
    QVERIFY(liar.handshake(1, 0x51));
    QVERIFY(liar.waitFor(net::MessageType::GetHeaders).has_value());
    liar.send(net::HeadersMsg{{forged.header}});
    QVERIFY(liar.waitFor(net::MessageType::GetBlocks).has_value());
    liar.send(net::BlockMsg::of(forged));
    QVERIFY(liar.waitDisconnected());
    QCOMPARE(onNode(runner, [](Node& n) { return n.chain().tip().height; }), std::uint64_t{0});

    RawPeer honestPeer(network, QHostAddress("127.0.0.3"));
    QVERIFY(honestPeer.connectTo(port));
    QVERIFY(honestPeer.handshake(1, 0x52));
    QVERIFY(honestPeer.waitFor(net::MessageType::GetHeaders).has_value());
    honestPeer.send(net::HeadersMsg{{honest.header}});
    QVERIFY(honestPeer.waitFor(net::MessageType::GetBlocks).has_value());
    honestPeer.send(net::BlockMsg::of(honest));
    QTRY_COMPARE_WITH_TIMEOUT(onNode(runner, [](Node& n) { return n.chain().tip().height; }), std::uint64_t{1}, 5'000);
  }

  void stateProofRpcAnswersVerifiableProofs() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    c.rpc = rpc::RpcEndpoint{};
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    QVERIFY(onNode(runner, [&](Node& n) { return n.submitTx(kit_->transfer(genesis.params, 3, 4, 0)); }).ok());
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(2); }).ok());
    const quint16 port = onNode(runner, [](Node& n) { return n.rpcPort(); });
    const QString networkDir = QDir(dir.path()).filePath(QString::fromStdString(genesis.params.name));
    const TipPosition tip = onNode(runner, [](Node& n) { return n.chain().tip(); });
    const Hash32 tipRoot =
        onNode(runner, [&](Node& n) { return n.chain().headerRecord(tip.hash).value()->header.stateRoot; });

    const AccountKey present = kit_->accounts().key(3);
    const QJsonObject member = rpcCall(port, networkDir, "state_proof",
                                       {{"table", "accounts"}, {"key", QString::fromStdString(toHex(present))}});
    QCOMPARE(member["height"].toInteger(), qint64{2});
    QCOMPARE(hashFromJson(member["block"]), tip.hash);
    QCOMPARE(hashFromJson(member["state_root"]), tipRoot);
    QVERIFY(member["value"].isString());
    QVERIFY(member["other"].isNull());
    QVERIFY(verifiesNaively(member, 0, present));

    // Absent keys: enough of them that both ending kinds occur.
    bool sawEmpty = false, sawOther = false;
    for (int i = 0; i < 64 && !(sawEmpty && sawOther); ++i) {
      Hash32 stranger{};
      stranger[0] = static_cast<Byte>(i * 4);
      stranger[31] = 0x77;
      const QJsonObject absent = rpcCall(port, networkDir, "state_proof",
                                         {{"table", "orders"}, {"key", QString::fromStdString(toHex(stranger))}});
      QVERIFY(absent["value"].isNull());
      QVERIFY(verifiesNaively(absent, 1, stranger));
      (absent["other"].isObject() ? sawOther : sawEmpty) = true;
    }
    QVERIFY(sawEmpty && sawOther);

    const QJsonObject totals =
        rpcCall(port, networkDir, "state_proof",
                {{"table", "totals"}, {"key", QString::fromStdString(toHex(asBytes("supply")))}});
    QVERIFY(verifiesNaively(totals, 7, asBytes("supply")));
    const QJsonObject bad = rpcCall(port, networkDir, "state_proof", {{"table", "deadlines"}, {"key", "00"}});
    QCOMPARE(bad["code"].toInt(), -32602);
    const QJsonObject badKey = rpcCall(port, networkDir, "state_proof", {{"table", "accounts"}, {"key", "xyz"}});
    QCOMPARE(badKey["code"].toInt(), -32602);
  }

  void getproofIsAnsweredWithAVerifiableProof() {
    QTemporaryDir dir;
    const GenesisFile genesis = kit_->devGenesis(ConsensusKind::Pow, unixNow());
    NodeConfig c = kit_->manualConfig(dir.path(), genesis);
    NodeRunner runner;
    QVERIFY(runner.start(c, kit_->ctx()).ok());
    QVERIFY(onNode(runner, [](Node& n) { return n.devProduce(1); }).ok());
    const quint16 port = onNode(runner, [](Node& n) { return n.p2pPort(); });
    const Hash32 tipRoot =
        onNode(runner, [](Node& n) { return n.chain().headerRecord(n.chain().tip().hash).value()->header.stateRoot; });

    RawPeer asker(genesis.params.genesisHash, QHostAddress("127.0.0.2"));
    QVERIFY(asker.connectTo(port));
    QVERIFY(asker.handshake());
    const AccountKey present = kit_->accounts().key(5);
    AccountKey absent{};
    absent.fill(0x99);
    for (const AccountKey& key : {present, absent}) {
      asker.send(net::GetProofMsg{0, Bytes(key.begin(), key.end())});
      auto answer = asker.waitFor(net::MessageType::Proof);
      QVERIFY(answer.has_value());
      const auto& proof = std::get<net::ProofMsg>(*answer);
      QCOMPARE(proof.stateRoot, tipRoot);
      QCOMPARE(proof.height, std::uint64_t{1});
      QCOMPARE(proof.value.has_value(), key == present);
      state::TreeProof tree;
      tree.siblings = proof.siblings;
      tree.end = static_cast<state::ProofEnd>(proof.end);
      tree.otherLeafKey = proof.otherLeafKey;
      tree.otherValueHash = proof.otherValueHash;
      const std::optional<Hash32> valueHash =
          proof.value ? std::optional(taggedHash("wb.smtval", *proof.value)) : std::nullopt;
      QVERIFY(testsupport::naive::verify(tipRoot, testsupport::naive::leafKey(0, key), valueHash, tree));
    }
    QVERIFY(asker.connected());
  }
};

QTEST_GUILESS_MAIN(TestNodeStateRoot)
#include "test_node_state_root.moc"
