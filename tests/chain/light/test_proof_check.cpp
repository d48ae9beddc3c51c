// Checking full peers' state proofs against the light node's own headers
// (DESIGN §11): proofs of every committed table made by the real chain store
// (LMDB, after real blocks of transfers, orders, delegates and votes) verify,
// present and absent; tampered ones (a flipped sibling, another key, another
// value, a cut or padded path, another block) are refused with stable codes; and
// what a real node serves over RPC state_proof and P2P proof reads and verifies.
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>
#include <map>

#include "chain/light/light_errc.h"
#include "chain/light/light_sync.h"
#include "chain/light/proof_check.h"
#include "chain/state/audit.h"
#include "tests/chain/light/light_fixture.h"
#include "tests/chain/light/light_suite.h"
#include "tests/chain/node/node_test_support.h"
#include "tests/support/hostile_peer.h"
#include "tests/support/rpc_call.h"
#include "tests/test_util.h"

using namespace wb;
using namespace wb::lighttest;
using wb::testsupport::TestAccounts;

using wb::test::rpcCall;

namespace {

struct Key {
  state::Table table;
  Bytes key;
};

// Every record of the committed tables in `chain`'s tip state.
std::vector<Key> committedKeys(const Chain& chain) {
  std::vector<Key> out;
  const Status read = chain.readState([&](const state::StateView& view) -> Status {
    for (state::Table table : {state::Table::Accounts, state::Table::Orders, state::Table::Delegates,
                               state::Table::Votes, state::Table::Totals}) {
      WB_TRY(state::forEachEntry(view.reader(), table, [&](const state::KeyValue& kv) -> Result<bool> {
        out.push_back({table, kv.first});
        return true;
      }));
    }
    return {};
  });
  return read ? out : std::vector<Key>{};
}

std::optional<Bytes> storedValue(const Chain& chain, state::Table table, ByteView key) {
  std::optional<Bytes> out;
  const Status read = chain.readState([&](const state::StateView& view) -> Status {
    WB_TRY_ASSIGN(value, view.reader().get(table, key));
    out = *value;
    return {};
  });
  return read ? out : std::nullopt;
}

// A full node with a few blocks of every kind of record, and a light chain holding its headers.
struct Scene {
  explicit Scene(const SecpContext& ctx, const TestAccounts& accounts)
      : file(devGenesis(ConsensusKind::Pow, accounts)),
        full(pathOf(dir, "full"), file, ctx, accounts),
        factory(ctx, full.genesis, accounts),
        light(file, ctx) {}

  [[nodiscard]] Status build() {
    WB_TRY(full.chain->readState([&](const state::StateView& v) { return factory.syncNonces(v); }));
    WB_TRY_ASSIGN(b1, full.produce(0, factory.mixedTxs(16)));
    std::vector<Tx> staking;
    staking.push_back(factory.makeTx(3, RegisterDelegatePayload{"proven"}));
    staking.push_back(factory.makeTx(4, StakePayload{1000 * kCoin}));
    WB_TRY_ASSIGN(b2, full.produce(1, std::move(staking)));
    WB_TRY_ASSIGN(b3, full.produce(2, {factory.makeTx(4, VotePayload{{full.accounts_.key(3)}})}));
    WB_TRY_ASSIGN(b4, full.produce(0, factory.mixedTxs(9)));
    light.clock.set(full.clock.now());
    WB_TRY(light.open(pathOf(dir, "light")));
    WB_TRY_ASSIGN(added, light.chain->addHeaders(full.headers()));
    return {};
  }
  BlockHeader tipHeader() const { return full.chain->headerRecord(full.chain->tip().hash).value()->header; }

  QTemporaryDir dir;
  GenesisFile file;
  FullNode full;
  testsupport::BlockFactory factory;
  LightNode light;
};

// An account's proof at the tip (present, with a path of at least two siblings).
StateProof accountProof(const Scene& s, std::size_t who) {
  const AccountKey& key = s.full.accounts_.key(who);
  return s.full.chain->stateProof(state::Table::Accounts, key).value();
}

std::string jsonText(const QJsonObject& object) {
  return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

}  // namespace

class TestProofCheck : public LightSuite {
  Q_OBJECT

private slots:
  void everyStoredRecordIsProven() {
    Scene s(ctx_, *accounts_);
    WB_VERIFY_OK(s.build());
    const std::vector<Key> keys = committedKeys(*s.full.chain);
    std::map<state::Table, int> perTable;
    for (const Key& k : keys) ++perTable[k.table];
    QCOMPARE(perTable[state::Table::Accounts], int(kDevAccounts));
    QVERIFY(perTable[state::Table::Orders] >= 4);
    QCOMPARE(perTable[state::Table::Delegates], 1);
    QCOMPARE(perTable[state::Table::Votes], 1);
    QCOMPARE(perTable[state::Table::Totals], 1);

    const BlockHeader tip = s.tipHeader();
    for (const Key& k : keys) {
      auto proof = s.full.chain->stateProof(k.table, k.key);
      WB_VERIFY_OK(proof);
      auto proven = light::checkProof(*s.light.chain, k.table, k.key, *proof);
      WB_VERIFY_OK(proven);
      QVERIFY(proven->value.has_value());
      QVERIFY(*proven->value == *storedValue(*s.full.chain, k.table, k.key));
      QCOMPARE(proven->height, tip.height);
      QCOMPARE(proven->block, blockHash(tip));
      QVERIFY(proven->table == k.table && proven->key == k.key);
      WB_VERIFY_OK(light::checkProof(tip, k.table, k.key, *proof));
    }
  }

  void absentRecordsAreProvenAbsent() {
    Scene s(ctx_, *accounts_);
    WB_VERIFY_OK(s.build());
    bool sawEmpty = false, sawOther = false;
    for (int i = 0; i < 256 && !(sawEmpty && sawOther); ++i) {
      Hash32 stranger{};
      stranger[0] = static_cast<Byte>(i);
      stranger[31] = 0x5a;
      for (state::Table table : {state::Table::Orders, state::Table::Accounts, state::Table::Votes}) {
        auto proof = s.full.chain->stateProof(table, stranger);
        WB_VERIFY_OK(proof);
        QVERIFY(!proof->value.has_value());
        auto proven = light::checkProof(*s.light.chain, table, stranger, *proof);
        WB_VERIFY_OK(proven);
        QVERIFY(!proven->value.has_value());
        (proof->proof.end == state::ProofEnd::OtherLeaf ? sawOther : sawEmpty) = true;
      }
    }
    QVERIFY(sawEmpty && sawOther);
    // The supply record under another name does not exist either.
    auto proof = s.full.chain->stateProof(state::Table::Totals, asBytes("supplies"));
    WB_VERIFY_OK(proof);
    auto proven = light::checkProof(*s.light.chain, state::Table::Totals, asBytes("supplies"), *proof);
    WB_VERIFY_OK(proven);
    QVERIFY(!proven->value.has_value());
  }

  void tamperedProofsAreRefused() {
    Scene s(ctx_, *accounts_);
    WB_VERIFY_OK(s.build());
    const light::HeaderChain& chain = *s.light.chain;
    const AccountKey key = s.full.accounts_.key(5);
    const StateProof honest = accountProof(s, 5);
    QVERIFY(honest.proof.siblings.size() >= 2);
    WB_VERIFY_OK(light::checkProof(chain, state::Table::Accounts, key, honest));

    // A flipped bit in each sibling.
    for (std::size_t d = 0; d < honest.proof.siblings.size(); ++d) {
      StateProof p = honest;
      p.proof.siblings[d][d % 32] ^= 0x01;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
    }
    // Checked for another key, or another table.
    WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, s.full.accounts_.key(6), honest),
                    LightErrc::ProofRootMismatch);
    WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Votes, key, honest), LightErrc::ProofRootMismatch);
    // Another value (a richer account), or none.
    {
      StateProof p = honest;
      p.value->back() ^= 0x01;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
      p = honest;
      p.value = accountProof(s, 6).value;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
      p = honest;
      p.value.reset();
      p.proof.end = state::ProofEnd::Empty;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
    }
    // A path cut short, cut at the top, or padded with an empty sibling.
    {
      StateProof p = honest;
      p.proof.siblings.pop_back();
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
      p = honest;
      p.proof.siblings.erase(p.proof.siblings.begin());
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
      p = honest;
      p.proof.siblings.push_back(Hash32{});
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofRootMismatch);
      p = honest;
      p.proof.siblings.assign(257, Hash32{});
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofMalformed);
    }
    // Shapes that contradict themselves.
    {
      StateProof p = honest;
      p.proof.end = state::ProofEnd::Empty;  // a value with an empty end
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofMalformed);
      p = honest;
      p.value.reset();  // a leaf end without a value
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofMalformed);
      p = honest;
      p.value.reset();  // "absent", ending in another leaf that is the key's own
      p.proof.end = state::ProofEnd::OtherLeaf;
      p.proof.otherLeafKey = state::treeLeafKey(state::Table::Accounts, key);
      p.proof.otherValueHash = state::treeValueHash(*honest.value);
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofMalformed);
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::OrdersByParty, key, honest), LightErrc::ProofMalformed);
    }
    // Another block: a changed hash, height or root, or an older header of the chain.
    {
      StateProof p = honest;
      p.block[0] ^= 1;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofUnknownBlock);
      WB_VERIFY_FAILS(light::checkProof(s.tipHeader(), state::Table::Accounts, key, p), LightErrc::ProofWrongBlock);
      p = honest;
      p.stateRoot[0] ^= 1;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofWrongBlock);
      p = honest;
      p.height -= 1;
      WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Accounts, key, p), LightErrc::ProofWrongBlock);
      const BlockHeader older = s.full.headers(honest.height - 1).front();
      WB_VERIFY_FAILS(light::checkProof(older, state::Table::Accounts, key, honest), LightErrc::ProofWrongBlock);
    }
  }

  void absenceProofsCannotBeForged() {
    Scene s(ctx_, *accounts_);
    WB_VERIFY_OK(s.build());
    const light::HeaderChain& chain = *s.light.chain;
    // An absent key whose path ends in another key's leaf.
    std::optional<StateProof> other;
    Hash32 stranger{};
    for (int i = 0; i < 256 && !other; ++i) {
      stranger[0] = static_cast<Byte>(i);
      stranger[1] = 0xa5;
      auto p = s.full.chain->stateProof(state::Table::Orders, stranger);
      WB_VERIFY_OK(p);
      if (p->proof.end == state::ProofEnd::OtherLeaf && !p->proof.siblings.empty()) other = *p;
    }
    QVERIFY(other.has_value());
    WB_VERIFY_OK(light::checkProof(chain, state::Table::Orders, stranger, *other));
    StateProof p = *other;
    p.proof.otherValueHash[3] ^= 0x40;
    WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Orders, stranger, p), LightErrc::ProofRootMismatch);
    // The other leaf moved off the key's path (its first bit flipped).
    p = *other;
    p.proof.otherLeafKey[0] ^= 0x80;
    WB_VERIFY_FAILS(light::checkProof(chain, state::Table::Orders, stranger, p), LightErrc::ProofMalformed);
    // A present record's membership proof passed off as the absence of a key ending there.
    const Key present = committedKeys(*s.full.chain).front();
    const StateProof member = s.full.chain->stateProof(present.table, present.key).value();
    StateProof disguised = member;
    disguised.value.reset();
    disguised.proof.end = state::ProofEnd::Empty;
    WB_VERIFY_FAILS(light::checkProof(chain, present.table, present.key, disguised), LightErrc::ProofRootMismatch);
    disguised.proof.end = state::ProofEnd::OtherLeaf;
    disguised.proof.otherLeafKey = other->proof.otherLeafKey;
    disguised.proof.otherValueHash = other->proof.otherValueHash;
    QVERIFY(!light::checkProof(chain, present.table, present.key, disguised).ok());
  }

  void aProofOnALosingBranchIsNotTrusted() {
    Scene s(ctx_, *accounts_);
    WB_VERIFY_OK(s.build());
    const StateProof fromA = accountProof(s, 2);
    WB_VERIFY_OK(light::checkProof(*s.light.chain, state::Table::Accounts, s.full.accounts_.key(2), fromA));
    // A heavier branch without A's blocks reaches the light chain.
    FullNode b(pathOf(s.dir, "b"), s.file, ctx_, *accounts_);
    WB_VERIFY_OK(b.produceBy(7, 6));
    s.light.clock.set(std::max(s.light.clock.now(), b.clock.now()));
    auto moved = s.light.chain->addHeaders(b.headers());
    WB_VERIFY_OK(moved);
    QVERIFY(moved->tipChanged);
    WB_VERIFY_FAILS(light::checkProof(*s.light.chain, state::Table::Accounts, s.full.accounts_.key(2), fromA),
                    LightErrc::ProofUnknownBlock);
    // B's own proofs verify.
    const AccountKey& key = accounts_->key(7);
    auto fromB = b.chain->stateProof(state::Table::Accounts, key);
    WB_VERIFY_OK(fromB);
    WB_VERIFY_OK(light::checkProof(*s.light.chain, state::Table::Accounts, key, *fromB));
  }

  void malformedJsonIsRefused() {
    const QString a(64, 'a'), b(64, 'b'), c(64, 'c'), d(64, 'd'), e(64, 'e');
    const QJsonObject good{
        {"height", 1},          {"block", a}, {"state_root", b}, {"value", QJsonValue()}, {"siblings", QJsonArray{c}},
        {"other", QJsonValue()}};
    auto parsed = light::stateProofFromJson(jsonText(good));
    WB_VERIFY_OK(parsed);
    QCOMPARE(parsed->proof.siblings.size(), std::size_t{1});
    QVERIFY(parsed->proof.end == state::ProofEnd::Empty);
    const auto with = [&](const QString& member, const QJsonValue& value) {
      QJsonObject changed = good;
      changed[member] = value;
      return jsonText(changed);
    };
    const auto without = [&](const QString& member) {
      QJsonObject changed = good;
      changed.remove(member);
      return jsonText(changed);
    };
    const std::vector<std::string> bad{
        "",
        "[]",
        "{\"height\":1",
        without("height"),
        without("value"),
        without("siblings"),
        without("other"),
        with("height", -1),
        with("height", "1"),
        with("block", QString(62, 'a')),
        with("state_root", QString(64, 'x')),
        with("value", "zz"),
        with("value", 5),
        with("siblings", QJsonArray{"00"}),
        with("siblings", c),
        with("other", QJsonObject{{"leafkey", d}}),
        with("other", QJsonArray{}),
        jsonText([&] {
          QJsonObject both = good;
          both["value"] = "00";
          both["other"] = QJsonObject{{"leafkey", d}, {"value_hash", e}};
          return both;
        }()),
    };
    for (const std::string& text : bad) WB_VERIFY_FAILS(light::stateProofFromJson(text), LightErrc::ProofMalformed);
  }

  // What a real node serves: RPC state_proof's JSON and P2P proof, checked
  // against headers the light chain verified itself.
  void aRealNodesRpcAndP2pProofsVerify() {
    nodetest::DevKit kit;
    QTemporaryDir dir;
    const GenesisFile genesis = kit.devGenesis(ConsensusKind::Pow, nodetest::unixNow());
    node::NodeConfig c = kit.config(dir.path(), genesis, true);
    c.manualClock = true;
    c.rpc = rpc::RpcEndpoint{};
    node::NodeRunner runner;
    QVERIFY(runner.start(c, kit.ctx()).ok());
    using nodetest::onNode;
    QVERIFY(onNode(runner, [&](node::Node& n) { return n.submitTx(kit.transfer(genesis.params, 3, 4, 0)); }).ok());
    QVERIFY(onNode(runner, [](node::Node& n) { return n.devProduce(3); }).ok());
    std::vector<BlockHeader> headers;
    for (std::uint64_t h = 1; h <= 3; ++h) {
      headers.push_back(onNode(runner, [h](node::Node& n) {
        return n.chain().headerRecord(*n.chain().hashAtHeight(h).value()).value()->header;
      }));
    }
    LightNode light(genesis, kit.ctx());
    light.clock.set(headers.back().time);
    WB_VERIFY_OK(light.open(std::filesystem::path(dir.path().toStdString()) / "light"));
    WB_VERIFY_OK(light.chain->addHeaders(headers));

    const quint16 rpcPort = onNode(runner, [](node::Node& n) { return n.rpcPort(); });
    const QString networkDir = QDir(dir.path()).filePath(QString::fromStdString(genesis.params.name));
    const AccountKey present = kit.accounts().key(4);
    AccountKey absent{};
    absent.fill(0x3c);
    for (const AccountKey& key : {present, absent}) {
      const QJsonObject answer = rpcCall(rpcPort, networkDir, "state_proof",
                                         {{"table", "accounts"}, {"key", QString::fromStdString(toHex(key))}});
      auto proof = light::stateProofFromJson(jsonText(answer));
      WB_VERIFY_OK(proof);
      auto proven = light::checkProof(*light.chain, state::Table::Accounts, key, *proof);
      WB_VERIFY_OK(proven);
      QCOMPARE(proven->height, std::uint64_t{3});
      QCOMPARE(proven->value.has_value(), key == present);
      // The same record the node holds.
      const std::optional<Bytes> held = onNode(
          runner, [&](node::Node& n) { return n.chain().stateProof(state::Table::Accounts, key).value().value; });
      QVERIFY(proven->value == held);
      // A forged answer: its value changed in the JSON text.
      if (key == present) {
        QJsonObject forged = answer;
        std::string value = forged["value"].toString().toStdString();
        value.back() = value.back() == '0' ? '1' : '0';
        forged["value"] = QString::fromStdString(value);
        auto forgedProof = light::stateProofFromJson(jsonText(forged));
        WB_VERIFY_OK(forgedProof);
        WB_VERIFY_FAILS(light::checkProof(*light.chain, state::Table::Accounts, key, *forgedProof),
                        LightErrc::ProofRootMismatch);
      }
    }

    const quint16 p2pPort = onNode(runner, [](node::Node& n) { return n.p2pPort(); });
    testsupport::HostilePeer asker(genesis.params.genesisHash, QHostAddress("127.0.0.2"));
    QVERIFY(asker.connectTo(p2pPort));
    QVERIFY(asker.handshake());
    for (const AccountKey& key : {present, absent}) {
      asker.send(net::GetProofMsg{0, Bytes(key.begin(), key.end())});
      auto answer = asker.waitFor(net::MessageType::Proof);
      QVERIFY(answer.has_value());
      const auto& message = std::get<net::ProofMsg>(*answer);
      QVERIFY(message.key == Bytes(key.begin(), key.end()));
      auto proven = light::checkProof(*light.chain, state::Table::Accounts, key, light::stateProofFromMessage(message));
      WB_VERIFY_OK(proven);
      QCOMPARE(proven->value.has_value(), key == present);
    }
  }
};

QTEST_GUILESS_MAIN(TestProofCheck)
#include "test_proof_check.moc"
