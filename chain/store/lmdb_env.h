// An LMDB environment (a folder holding data.mdb and lock.mdb) with automatic
// map growth.
//
// Writing: call write() with a function that does the work in a WriteTxn. If
// the map fills up, write() aborts the transaction, grows the map (doubling, up
// to EnvOptions::maxMapSize) and runs the whole function again; a successful run
// commits exactly once. The function must therefore only change things through
// the transaction (or reset what else it touches when it starts again).
//
// Growing the map needs every transaction of this process to be finished
// (mdb_env_set_mapsize's rule, which LMDB does not check). Each transaction
// holds a shared slot of a TxnGate; the resize takes it exclusively, waiting at
// most EnvOptions::resizeWait. The trade-off: readers and the writer never wait
// for each other, but a resize (rare: each one doubles the map) briefly pauses
// new transactions and waits for open ones, so transactions must be short. A
// thread that keeps a transaction open while it calls write() gets
// StoreErrc::ResizeBlocked instead of a deadlock if that write needs to grow the map.
//
// Rules inherited from LMDB: open an environment only once per process at a
// time; do not use it in a child process after fork(); one write transaction
// at a time (write() calls from several threads simply queue).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string_view>

#include "chain/core/error.h"
#include "chain/store/db.h"
#include "chain/store/lmdb_env_options.h"
#include "chain/store/txn.h"

namespace wb {

namespace store_detail {
struct EnvCore;
}  // namespace store_detail

class LmdbEnv {
public:
  // Opens (creating if needed) the environment in folder `dir`, with
  // MDB_NOTLS so read transactions can be handed to worker threads. Clears
  // reader slots left behind by crashed processes. Fails with StoreErrc::Io when the
  // folder cannot be made or used, StoreErrc::Corrupt when the files are not LMDB's.
  [[nodiscard]] static Result<LmdbEnv> open(const std::filesystem::path& dir, const EnvOptions& options = {});

  LmdbEnv(LmdbEnv&&) noexcept;
  LmdbEnv& operator=(LmdbEnv&&) noexcept;
  // Closes the environment once its last transaction has ended.
  ~LmdbEnv();

  // Runs `work` in a write transaction and commits it if `work` succeeds;
  // grows the map and re-runs `work` as often as it runs out of space.
  // Returns work's error (nothing is committed then), a commit error, or
  // StoreErrc::MapFull / StoreErrc::ResizeBlocked when the map cannot grow.
  [[nodiscard]] Status write(const std::function<Status(WriteTxn&)>& work);
  // Runs `work` in a read transaction that ends when `work` returns.
  [[nodiscard]] Status read(const std::function<Status(ReadTxn&)>& work) const;

  // Starts a read-only snapshot. May wait briefly while the map is resized.
  [[nodiscard]] Result<ReadTxn> beginRead() const;
  // Starts the write transaction, waiting for any other writer. It does not
  // grow the map: on StoreErrc::MapFull the caller aborts it (prefer write()).
  [[nodiscard]] Result<WriteTxn> beginWrite();

  // Opens a named database in a write transaction of its own (see WriteTxn::openDb).
  [[nodiscard]] Result<Db> openDb(std::string_view name, DbFlags flags, OpenMode mode);

  // Current map size in bytes.
  std::uint64_t mapSize() const;
  // The id of the last committed write transaction (LMDB counts commits; 0 when closed).
  std::uint64_t lastCommitId() const;
  // The environment's folder.
  std::filesystem::path path() const;

private:
  explicit LmdbEnv(std::shared_ptr<store_detail::EnvCore> core);
  [[nodiscard]] Status requireOpen() const;
  [[nodiscard]] Result<std::unique_ptr<store_detail::TxnState>> begin(bool readOnly) const;
  // Grows the map past `observedSize` unless another writer already did.
  [[nodiscard]] Status grow(std::uint64_t observedSize);
  // Adopts a larger map size set by another process (MDB_MAP_RESIZED).
  [[nodiscard]] Status adoptMapSize() const;

  std::shared_ptr<store_detail::EnvCore> core_;
};

}  // namespace wb
