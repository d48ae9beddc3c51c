#include "chain/store/lmdb_env.h"

#include <unistd.h>

#include <algorithm>
#include <string>
#include <system_error>

#include "chain/store/lmdb_error.h"
#include "chain/store/store_errc.h"
#include "chain/store/store_internal.h"

namespace wb {

namespace {

// How often a transaction start retries after another process grew the map.
constexpr int kMaxResizedRetries = 8;

std::uint64_t pageSize() {
  const long size = sysconf(_SC_PAGESIZE);
  return size > 0 ? static_cast<std::uint64_t>(size) : 4096;
}

std::uint64_t roundUpToPage(std::uint64_t size) {
  const std::uint64_t page = pageSize();
  return std::max(page, (size + page - 1) / page * page);
}

std::uint64_t currentMapSize(MDB_env* env) {
  MDB_envinfo info{};
  mdb_env_info(env, &info);
  return info.me_mapsize;
}

}  // namespace

LmdbEnv::LmdbEnv(std::shared_ptr<store_detail::EnvCore> core) : core_(std::move(core)) {}
LmdbEnv::LmdbEnv(LmdbEnv&&) noexcept = default;
LmdbEnv& LmdbEnv::operator=(LmdbEnv&&) noexcept = default;
LmdbEnv::~LmdbEnv() = default;

Result<LmdbEnv> LmdbEnv::open(const std::filesystem::path& dir, const EnvOptions& options) {
  const std::string where = "opening the LMDB environment in '" + dir.string() + "'";
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return fail(StoreErrc::Io, where + ": " + ec.message());
  if (options.initialMapSize > options.maxMapSize) {
    return fail(StoreErrc::MapFull, where + ": the initial map size is above the maximum");
  }

  auto core = std::make_shared<store_detail::EnvCore>();
  core->dir = dir;
  core->options = options;
  int rc = mdb_env_create(&core->env);
  if (rc != 0) return lmdbError(rc, where);
  if ((rc = mdb_env_set_maxdbs(core->env, options.maxDbs)) != 0) return lmdbError(rc, where);
  if ((rc = mdb_env_set_maxreaders(core->env, options.maxReaders)) != 0) return lmdbError(rc, where);
  // An existing store is opened without a size so that LMDB adopts the size an
  // earlier run grew the map to, instead of shrinking it to the initial size.
  const std::uint64_t initial = roundUpToPage(options.initialMapSize);
  const bool isNew = !std::filesystem::exists(dir / "data.mdb", ec);
  if (isNew && (rc = mdb_env_set_mapsize(core->env, static_cast<std::size_t>(initial))) != 0) {
    return lmdbError(rc, where + ": setting the map size");
  }
  // 0600: the ledger and its indexes are the user's business only.
  // MDB_NOMETASYNC: one disk flush per commit instead of two. LMDB keeps the
  // database intact; an OS crash or power loss may undo only the last commit (a
  // block we fetch again), and a killed process loses nothing.
  if ((rc = mdb_env_open(core->env, dir.c_str(), MDB_NOTLS | MDB_NOMETASYNC, 0600)) != 0) return lmdbError(rc, where);
  if (currentMapSize(core->env) < initial) {  // asked for more room than the store had
    rc = mdb_env_set_mapsize(core->env, static_cast<std::size_t>(initial));
    if (rc != 0) return lmdbError(rc, where + ": setting the map size");
  }
  // Reader slots of processes that died (kill -9) would otherwise stay taken.
  int dead = 0;
  if ((rc = mdb_reader_check(core->env, &dead)) != 0) return lmdbError(rc, where);
  core->mapSize = currentMapSize(core->env);
  return LmdbEnv(std::move(core));
}

Status LmdbEnv::requireOpen() const {
  if (core_ == nullptr) return fail(StoreErrc::TxnFinished, "using an LMDB environment that was moved away");
  return {};
}

Result<std::unique_ptr<store_detail::TxnState>> LmdbEnv::begin(bool readOnly) const {
  WB_TRY(requireOpen());
  const char* doing = readOnly ? "starting a read transaction" : "starting a write transaction";
  for (int attempt = 0;; ++attempt) {
    auto state = std::make_unique<store_detail::TxnState>();
    state->core = core_;
    state->readOnly = readOnly;
    core_->gate.enter();
    state->mapSizeAtBegin = core_->mapSize;
    const int rc = mdb_txn_begin(core_->env, nullptr, readOnly ? MDB_RDONLY : 0, &state->txn);
    if (rc == 0) return state;
    state->txn = nullptr;
    core_->gate.leave();
    if (rc != MDB_MAP_RESIZED || attempt >= kMaxResizedRetries) return lmdbError(rc, doing);
    WB_TRY(adoptMapSize());
  }
}

Result<ReadTxn> LmdbEnv::beginRead() const {
  WB_TRY_ASSIGN(state, begin(true));
  return ReadTxn(std::move(*state));
}

Result<WriteTxn> LmdbEnv::beginWrite() {
  WB_TRY_ASSIGN(state, begin(false));
  return WriteTxn(std::move(*state));
}

Status LmdbEnv::write(const std::function<Status(WriteTxn&)>& work) {
  for (;;) {
    WB_TRY_ASSIGN(txn, beginWrite());
    Status done = work(*txn);
    // Out of space is decided by the transaction, not by what `work` returned:
    // `work` may have swallowed the error, and the txn is unusable either way.
    if (!txn->mapFull()) {
      if (!done) return done;  // the transaction aborts as it goes out of scope
      Status committed = txn->commit();
      if (committed || !txn->mapFull()) return committed;
    }
    const std::uint64_t observed = txn->mapSizeAtBegin();
    txn->abort();  // its gate slot must be free before the resize
    WB_TRY(grow(observed));
  }
}

Status LmdbEnv::read(const std::function<Status(ReadTxn&)>& work) const {
  WB_TRY_ASSIGN(txn, beginRead());
  return work(*txn);
}

Status LmdbEnv::grow(std::uint64_t observedSize) {
  const std::uint64_t maxSize = core_->options.maxMapSize;
  const std::string what = "growing the LMDB map in '" + core_->dir.string() + "'";
  return core_->gate.runExclusive(core_->options.resizeWait, what, [&]() -> Status {
    if (core_->mapSize > observedSize) return {};  // another writer already grew it
    if (observedSize >= maxSize) {
      return fail(StoreErrc::MapFull,
                  what + ": the map is full at its maximum size of " + std::to_string(maxSize) + " bytes");
    }
    const std::uint64_t target = roundUpToPage(std::min(observedSize * 2, maxSize));
    const int rc = mdb_env_set_mapsize(core_->env, static_cast<std::size_t>(target));
    if (rc != 0) return lmdbError(rc, what + " to " + std::to_string(target) + " bytes");
    core_->mapSize = currentMapSize(core_->env);
    return {};
  });
}

Status LmdbEnv::adoptMapSize() const {
  const std::string what = "adopting the map size another process set in '" + core_->dir.string() + "'";
  return core_->gate.runExclusive(core_->options.resizeWait, what, [&]() -> Status {
    const int rc = mdb_env_set_mapsize(core_->env, 0);
    if (rc != 0) return lmdbError(rc, what);
    core_->mapSize = currentMapSize(core_->env);
    return {};
  });
}

Result<Db> LmdbEnv::openDb(std::string_view name, DbFlags flags, OpenMode mode) {
  Db opened;
  WB_TRY(write([&](WriteTxn& txn) -> Status {
    WB_TRY_ASSIGN(db, txn.openDb(name, flags, mode));
    opened = std::move(*db);
    return {};
  }));
  return opened;
}

std::uint64_t LmdbEnv::mapSize() const { return core_ != nullptr ? core_->mapSize.load() : 0; }

std::uint64_t LmdbEnv::lastCommitId() const {
  if (core_ == nullptr) return 0;
  MDB_envinfo info{};
  if (mdb_env_info(core_->env, &info) != 0) return 0;
  return static_cast<std::uint64_t>(info.me_last_txnid);
}

std::filesystem::path LmdbEnv::path() const { return core_ != nullptr ? core_->dir : std::filesystem::path(); }

}  // namespace wb
