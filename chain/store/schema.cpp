#include "chain/store/schema.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "chain/core/encoding.h"
#include "chain/store/store_errc.h"
#include "chain/store/store_identity.h"

namespace wb {

namespace {

constexpr std::size_t kMaxNetworkNameLength = 64;

Status checkNetworkName(std::string_view network) {
  const auto bad = [&](const char* why) {
    return fail(StoreErrc::BadNetworkName, "network name '" + std::string(network) + "' " + why);
  };
  if (network.empty() || network.size() > kMaxNetworkNameLength) return bad("must have 1 to 64 characters");
  if (network.front() == '.') return bad("must not start with '.'");
  for (const char c : network) {
    const bool allowed =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!allowed) return bad("may only use letters, digits, '.', '_' and '-'");
  }
  return {};
}

struct DbSpec {
  Db ChainDbs::*member;
  std::string_view name;
  DbFlags flags;
};

constexpr std::array kDbSpecs{
    DbSpec{&ChainDbs::meta, "meta", DbFlags::None},
    DbSpec{&ChainDbs::headers, "headers", DbFlags::None},
    DbSpec{&ChainDbs::blocks, "blocks", DbFlags::None},
    DbSpec{&ChainDbs::heightIndex, "height_index", DbFlags::None},
    DbSpec{&ChainDbs::txIndex, "tx_index", DbFlags::None},
    DbSpec{&ChainDbs::accounts, "accounts", DbFlags::None},
    DbSpec{&ChainDbs::orders, "orders", DbFlags::None},
    DbSpec{&ChainDbs::ordersByParty, "orders_by_party", DbFlags::None},
    DbSpec{&ChainDbs::deadlines, "deadlines", DbFlags::None},
    DbSpec{&ChainDbs::delegates, "delegates", DbFlags::None},
    DbSpec{&ChainDbs::delegateNames, "delegate_names", DbFlags::None},
    DbSpec{&ChainDbs::votes, "votes", DbFlags::None},
    DbSpec{&ChainDbs::totals, "totals", DbFlags::None},
    DbSpec{&ChainDbs::dposSchedules, "dpos_schedules", DbFlags::None},
    DbSpec{&ChainDbs::undo, "undo", DbFlags::None},
    DbSpec{&ChainDbs::treeLeaves, "tree_leaves", DbFlags::None},
    DbSpec{&ChainDbs::treeNodes, "tree_nodes", DbFlags::None},
    DbSpec{&ChainDbs::witnesses, "witnesses", DbFlags::None},
};

}  // namespace

std::filesystem::path ChainStore::chainDir(const std::filesystem::path& dataDir, std::string_view network) {
  return dataDir / std::string(network) / "chain";
}

Result<ChainStore> ChainStore::open(const std::filesystem::path& dataDir, std::string_view network,
                                    const Hash32& genesisHash, const EnvOptions& options) {
  WB_TRY(checkNetworkName(network));
  const auto dir = chainDir(dataDir, network);
  WB_TRY_ASSIGN(env, LmdbEnv::open(dir, options));
  const std::string where = "opening the chain store in '" + dir.string() + "'";

  ChainDbs dbs;
  // One transaction: a refused store is left as it was, and a new store
  // appears complete or not at all.
  WB_TRY(env->write([&](WriteTxn& txn) -> Status {
    WB_TRY_ASSIGN(meta, openStoreMeta(txn, where));
    if (*meta) {
      // Older stores lack the state tree their headers must commit to: the chain is fetched again.
      const StoreIdentity expected{kChainSchemaVersion, genesisHash,
                                   "; it was written by an older Waybill and cannot be upgraded: move the folder "
                                   "away and let the node download the chain again"};
      WB_TRY(checkStoreIdentity(txn, **meta, expected, where));
    }
    for (const DbSpec& spec : kDbSpecs) {
      WB_TRY_ASSIGN(db, txn.openDb(spec.name, spec.flags, OpenMode::CreateIfMissing));
      dbs.*spec.member = std::move(*db);
    }
    if (!*meta) {  // a new store: record what it is
      WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kSchemaVersion), Writer().u32(kChainSchemaVersion).bytes()));
      WB_TRY(txn.put(dbs.meta, asBytes(meta_key::kGenesisHash), genesisHash));
    }
    return {};
  }));
  return ChainStore(std::move(*env), std::move(dbs), genesisHash);
}

}  // namespace wb
