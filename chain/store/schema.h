// The Waybill chain store (DESIGN §5): the LMDB environment at
// DATADIR/<network>/chain/ and its named databases.
//
// Key and value layouts belong to the modules that own each table (ledger,
// block store, undo); this file fixes the set of databases, their flags and the
// meta entries that identify the store.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string_view>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/store/db.h"
#include "chain/store/lmdb_env.h"

namespace wb {

// Version of the layout below. A store written by any other version is refused
// (StoreErrc::SchemaVersion) rather than misread; bump it with every layout change.
// 2: the state tree (tree_leaves, tree_nodes) and headers committing to it.
// 3: consensus witnesses (witnesses); totals count the delegates.
inline constexpr std::uint32_t kChainSchemaVersion = 3;

// Keys of the `meta` database.
namespace meta_key {
inline constexpr std::string_view kSchemaVersion = "schema_version";  // u32, little-endian
inline constexpr std::string_view kGenesisHash = "genesis_hash";      // 32 bytes
inline constexpr std::string_view kTip = "tip";                       // written by the ledger
inline constexpr std::string_view kLib = "lib";                       // last irreversible block
inline constexpr std::string_view kPendingSwitch = "pending_switch";  // reorganisation under way: origin ‖ target
}  // namespace meta_key

// Handles of every chain database, named as in the files.
struct ChainDbs {
  Db meta;           // "meta": schema version, genesis hash, tip, LIB
  Db headers;        // "headers": header hash → header, height, cumulative work/trust, status
  Db blocks;         // "blocks": block hash → block body
  Db heightIndex;    // "height_index": main-chain height (keyU64) → block hash
  Db txIndex;        // "tx_index": txid → where the transaction is
  Db accounts;       // "accounts": account key → account
  Db orders;         // "orders": order id → order
  Db ordersByParty;  // "orders_by_party": party ‖ role ‖ height ‖ id → (empty), paged newest first
  Db deadlines;      // "deadlines": height ‖ kind ‖ id → (empty): what falls due
  Db delegates;      // "delegates": delegate key → delegate
  Db delegateNames;  // "delegate_names": name → delegate key
  Db votes;          // "votes": voter key → chosen delegates
  Db totals;         // "totals": coins minted and burned (supply invariant)
  Db dposSchedules;  // "dpos_schedules": round (keyU64) → schedule
  Db undo;           // "undo": block hash → undo log
  Db treeLeaves;     // "tree_leaves": state tree leafkey → value hash (chain/state/state_tree.h)
  Db treeNodes;      // "tree_nodes": state tree depth ‖ path → children
  Db witnesses;      // "witnesses": block hash → consensus witness (PoS, DPoS; chain/state/state_witness.h)
};

// An open chain store: its environment and databases.
class ChainStore {
public:
  // Opens DATADIR/<network>/chain/, creating the folders, the databases and
  // the meta entries (schema version, `genesisHash`) in one transaction if the
  // store is new. An existing store must have kChainSchemaVersion
  // (StoreErrc::SchemaVersion) and `genesisHash` (StoreErrc::WrongNetwork); a folder that
  // holds other LMDB data is StoreErrc::Corrupt. A refused store is left unchanged.
  // `network` must be a plain folder name: 1–64 of [A-Za-z0-9._-], not
  // starting with '.' (StoreErrc::BadNetworkName).
  [[nodiscard]] static Result<ChainStore> open(const std::filesystem::path& dataDir, std::string_view network,
                                               const Hash32& genesisHash, const EnvOptions& options = {});

  // The folder open() uses: DATADIR/<network>/chain.
  static std::filesystem::path chainDir(const std::filesystem::path& dataDir, std::string_view network);

  LmdbEnv& env() { return env_; }
  const LmdbEnv& env() const { return env_; }
  const ChainDbs& dbs() const { return dbs_; }
  const Hash32& genesisHash() const { return genesisHash_; }

private:
  ChainStore(LmdbEnv env, ChainDbs dbs, const Hash32& genesisHash)
      : env_(std::move(env)), dbs_(std::move(dbs)), genesisHash_(genesisHash) {}

  LmdbEnv env_;
  ChainDbs dbs_;
  Hash32 genesisHash_{};
};

}  // namespace wb
