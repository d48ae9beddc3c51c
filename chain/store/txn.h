// RAII transactions. A transaction that is not committed is aborted when it is
// destroyed, so an early return or an error can never leave one open. Start them
// from LmdbEnv (beginRead / beginWrite, or better LmdbEnv::write / read).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/store/cursor.h"
#include "chain/store/db.h"

namespace wb {

namespace store_detail {
struct TxnState;
}  // namespace store_detail

// What both kinds of transaction can do: read.
//
// A read transaction sees one snapshot: commits made after it started are
// invisible to it. Thanks to MDB_NOTLS it may move between threads, but only one
// thread may use it at a time. Keep transactions short: an open one holds back
// page reuse and delays map growth (see LmdbEnv).
class Txn {
public:
  Txn(Txn&&) noexcept;
  Txn& operator=(Txn&&) noexcept;
  virtual ~Txn();

  // The value stored under `key`, or nullopt if there is none. The view is valid
  // until this transaction writes or ends. For DupSort: the first value.
  [[nodiscard]] Result<std::optional<ByteView>> find(const Db& db, ByteView key) const;
  // Like find(), but a missing key is an error (StoreErrc::NotFound naming the database).
  [[nodiscard]] Result<ByteView> get(const Db& db, ByteView key) const;
  // Number of entries (every value of DupSort keys counts).
  [[nodiscard]] Result<std::uint64_t> count(const Db& db) const;
  // A cursor over `db`, closed with the transaction at the latest.
  [[nodiscard]] Result<Cursor> cursor(const Db& db) const;

  // True until committed or aborted.
  bool active() const;
  // Ends the transaction without keeping its changes. Safe to call twice.
  void abort();

protected:
  explicit Txn(std::unique_ptr<store_detail::TxnState> state);
  [[nodiscard]] Status requireActive(std::string_view doing) const;
  // Records MDB_MAP_FULL so LmdbEnv::write knows to grow and retry.
  Error noteFailure(int rc, std::string_view doing) const;

  std::unique_ptr<store_detail::TxnState> state_;
};

// A read-only snapshot.
class ReadTxn : public Txn {
private:
  friend class LmdbEnv;
  using Txn::Txn;
};

// How put() treats an existing key.
enum class PutMode {
  Upsert,      // replace the value (DupSort: add the value unless already there)
  InsertOnly,  // fail with StoreErrc::KeyExists if the key (DupSort: the pair) exists
  Append,      // fast path for keys given in ascending order; StoreErrc::KeyExists otherwise
};

// The single write transaction of the environment. It must stay on the thread
// that began it (LMDB's writer lock belongs to that thread). Never start a
// second one on the same thread while one is open: that deadlocks in LMDB.
class WriteTxn : public Txn {
public:
  // Stores `value` under `key`.
  [[nodiscard]] Status put(const Db& db, ByteView key, ByteView value, PutMode mode = PutMode::Upsert);
  // Deletes `key` (every value for DupSort). Returns whether it existed.
  [[nodiscard]] Result<bool> erase(const Db& db, ByteView key);
  // DupSort: deletes one value of `key`. Returns whether it existed.
  [[nodiscard]] Result<bool> erase(const Db& db, ByteView key, ByteView value);
  // Deletes every entry of `db` (the database itself stays).
  [[nodiscard]] Status clear(const Db& db);

  // Opens (and with CreateIfMissing creates) the named database `name`; ""
  // opens the unnamed main database, whose keys are the names of the others.
  // The handle is usable by every later transaction once this one commits; if
  // this one aborts, the handle is invalid.
  [[nodiscard]] Result<Db> openDb(std::string_view name, DbFlags flags, OpenMode mode);

  // Makes every change durable and visible, exactly once. The transaction is
  // over afterwards, whether or not this succeeded.
  [[nodiscard]] Status commit();

  // True when an operation ran out of map space: the transaction can only be
  // aborted; LmdbEnv::write then grows the map and runs the work again.
  bool mapFull() const;
  // The map size when this transaction began.
  std::uint64_t mapSizeAtBegin() const;

private:
  friend class LmdbEnv;
  using Txn::Txn;
};

}  // namespace wb
