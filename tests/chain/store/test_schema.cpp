// The chain store: layout, identity checks (schema version, genesis), refusals
// that leave the files untouched.
#include <QtTest>
#include <fstream>
#include <iterator>
#include <set>

#include "chain/core/encoding.h"
#include "chain/core/secure_bytes.h"
#include "chain/store/range.h"
#include "chain/store/schema.h"
#include "chain/store/store_errc.h"
#include "tests/test_util.h"

using namespace wb;
using wb::test::contains;

namespace {

Hash32 genesisA() {
  Hash32 h;
  h.fill(0xa1);
  return h;
}
Hash32 genesisB() {
  Hash32 h;
  h.fill(0xb2);
  return h;
}

std::string fileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

class TestSchema : public QObject {
  Q_OBJECT

  QTemporaryDir dir_;
  int made_ = 0;

  std::filesystem::path freshDataDir() {
    return std::filesystem::path(dir_.path().toStdString()) / ("data" + std::to_string(++made_));
  }

private slots:
  void initTestCase() {
    QVERIFY(initCrypto());
    QVERIFY(dir_.isValid());
  }

  void createsEveryDatabaseAndTheIdentity() {
    const auto dataDir = freshDataDir();
    auto store = ChainStore::open(dataDir, "dev-pow", genesisA());
    WB_VERIFY_OK(store);
    QVERIFY(std::filesystem::exists(dataDir / "dev-pow" / "chain" / "data.mdb"));
    QVERIFY(store->env().path() == ChainStore::chainDir(dataDir, "dev-pow"));

    auto main = store->env().openDb("", DbFlags::None, OpenMode::MustExist);
    WB_VERIFY_OK(main);
    auto txn = store->env().beginRead();
    auto names = readPage(*txn, *main, KeyRange{}, 100);
    WB_VERIFY_OK(names);
    std::set<std::string> found;
    for (const Record& r : names->records) found.insert(wb::test::textOf(r.key));
    const std::set<std::string> expected{
        "meta",   "headers",         "blocks",    "height_index", "tx_index",       "accounts",
        "orders", "orders_by_party", "deadlines", "delegates",    "delegate_names", "votes",
        "totals", "dpos_schedules",  "undo",      "tree_leaves",  "tree_nodes",     "witnesses"};
    QVERIFY(found == expected);

    const ChainDbs& dbs = store->dbs();
    auto version = txn->get(dbs.meta, asBytes(meta_key::kSchemaVersion));
    WB_VERIFY_OK(version);
    Reader reader(*version);
    QCOMPARE(*reader.u32("version"), kChainSchemaVersion);
    auto genesis = txn->get(dbs.meta, asBytes(meta_key::kGenesisHash));
    WB_VERIFY_OK(genesis);
    const Hash32 expectedGenesis = genesisA();
    QVERIFY(std::equal(genesis->begin(), genesis->end(), expectedGenesis.begin(), expectedGenesis.end()));
  }

  void reopeningKeepsDataAndHandlesWork() {
    const auto dataDir = freshDataDir();
    {
      auto store = ChainStore::open(dataDir, "net", genesisA());
      WB_VERIFY_OK(store);
      WB_VERIFY_OK(store->env().write(
          [&](WriteTxn& txn) { return txn.put(store->dbs().accounts, asBytes("acct"), asBytes("balance")); }));
    }
    auto store = ChainStore::open(dataDir, "net", genesisA());
    WB_VERIFY_OK(store);
    auto txn = store->env().beginRead();
    auto value = txn->get(store->dbs().accounts, asBytes("acct"));
    WB_VERIFY_OK(value);
    QCOMPARE(wb::test::textOf(*value), std::string("balance"));
  }

  void anotherNetworksStoreIsRefusedUntouched() {
    const auto dataDir = freshDataDir();
    { WB_VERIFY_OK(ChainStore::open(dataDir, "net", genesisA())); }
    const auto dataFile = ChainStore::chainDir(dataDir, "net") / "data.mdb";
    const std::string before = fileBytes(dataFile);
    auto wrong = ChainStore::open(dataDir, "net", genesisB());
    QCOMPARE(wrong.code(), StoreErrc::WrongNetwork);
    QVERIFY(contains(wrong.error().message, toHex(genesisA())));
    QVERIFY(contains(wrong.error().message, toHex(genesisB())));
    QVERIFY(fileBytes(dataFile) == before);
    WB_VERIFY_OK(ChainStore::open(dataDir, "net", genesisA()));
  }

  void unknownSchemaVersionIsRefusedUntouched() {
    const auto dataDir = freshDataDir();
    {
      auto store = ChainStore::open(dataDir, "net", genesisA());
      WB_VERIFY_OK(store);
      WB_VERIFY_OK(store->env().write([&](WriteTxn& txn) {
        return txn.put(store->dbs().meta, asBytes(meta_key::kSchemaVersion),
                       Writer().u32(kChainSchemaVersion + 1).bytes());
      }));
    }
    const auto dataFile = ChainStore::chainDir(dataDir, "net") / "data.mdb";
    const std::string before = fileBytes(dataFile);
    auto refused = ChainStore::open(dataDir, "net", genesisA());
    QCOMPARE(refused.code(), StoreErrc::SchemaVersion);
    QVERIFY(contains(refused.error().message, "schema version " + std::to_string(kChainSchemaVersion + 1)));
    QVERIFY(fileBytes(dataFile) == before);
  }

  // Version 1 stores predate the state tree: their headers carry zero roots.
  void aStoreFromBeforeTheStateTreeIsRefusedWithAWayOut() {
    const auto dataDir = freshDataDir();
    {
      auto store = ChainStore::open(dataDir, "net", genesisA());
      WB_VERIFY_OK(store);
      WB_VERIFY_OK(store->env().write([&](WriteTxn& txn) {
        return txn.put(store->dbs().meta, asBytes(meta_key::kSchemaVersion), Writer().u32(1).bytes());
      }));
    }
    auto refused = ChainStore::open(dataDir, "net", genesisA());
    QCOMPARE(refused.code(), StoreErrc::SchemaVersion);
    QVERIFY(contains(refused.error().message, "schema version 1"));
    QVERIFY(contains(refused.error().message, "download the chain again"));
  }

  void foreignLmdbDataIsRefusedUntouched() {
    const auto dataDir = freshDataDir();
    const auto chainDir = ChainStore::chainDir(dataDir, "net");
    {
      auto env = LmdbEnv::open(chainDir);
      WB_VERIFY_OK(env);
      auto db = env->openDb("something_else", DbFlags::None, OpenMode::CreateIfMissing);
      WB_VERIFY_OK(db);
      WB_VERIFY_OK(env->write([&](WriteTxn& txn) { return txn.put(*db, asBytes("k"), asBytes("v")); }));
    }
    const std::string before = fileBytes(chainDir / "data.mdb");
    auto refused = ChainStore::open(dataDir, "net", genesisA());
    QCOMPARE(refused.code(), StoreErrc::Corrupt);
    QVERIFY(contains(refused.error().message, "not a Waybill store"));
    QVERIFY(fileBytes(chainDir / "data.mdb") == before);
  }

  void networksLiveSideBySide() {
    const auto dataDir = freshDataDir();
    auto a = ChainStore::open(dataDir, "dev-pos", genesisA());
    WB_VERIFY_OK(a);
    auto b = ChainStore::open(dataDir, "dev-dpos", genesisB());
    WB_VERIFY_OK(b);
    QVERIFY(a->env().path() != b->env().path());
  }

  void badNetworkNamesAreRefusedBeforeTouchingDisk() {
    const auto dataDir = freshDataDir();
    for (const std::string& name : {std::string(), std::string(".."), std::string("../escape"), std::string("a/b"),
                                    std::string(".hidden"), std::string("sp ace"), std::string(65, 'n')}) {
      auto store = ChainStore::open(dataDir, name, genesisA());
      QCOMPARE(store.code(), StoreErrc::BadNetworkName);
    }
    QVERIFY(!std::filesystem::exists(dataDir));
    WB_VERIFY_OK(ChainStore::open(dataDir, std::string(64, 'n'), genesisA()));
  }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "test_schema.moc"
