#include "chain/store/txn.h"

#include <string>

#include "chain/store/lmdb_error.h"
#include "chain/store/store_errc.h"
#include "chain/store/store_internal.h"

namespace wb {

using store_detail::fromVal;
using store_detail::toVal;

namespace {

std::string inDb(std::string_view doing, const Db& db) { return std::string(doing) + " database '" + db.name() + "'"; }

}  // namespace

Txn::Txn(std::unique_ptr<store_detail::TxnState> state) : state_(std::move(state)) {}
Txn::Txn(Txn&&) noexcept = default;
Txn& Txn::operator=(Txn&&) noexcept = default;
Txn::~Txn() = default;

bool Txn::active() const { return state_ != nullptr && state_->txn != nullptr; }

void Txn::abort() {
  if (state_ != nullptr) state_->abort();
}

Status Txn::requireActive(std::string_view doing) const {
  if (!active()) return fail(StoreErrc::TxnFinished, std::string(doing) + ": the transaction has already ended");
  return {};
}

Error Txn::noteFailure(int rc, std::string_view doing) const {
  if (rc == MDB_MAP_FULL) state_->mapFull = true;
  return lmdbError(rc, doing);
}

Result<std::optional<ByteView>> Txn::find(const Db& db, ByteView key) const {
  const auto doing = inDb("reading from", db);
  WB_TRY(requireActive(doing));
  MDB_val k = toVal(key);
  MDB_val v{};
  const int rc = mdb_get(state_->txn, db.handle(), &k, &v);
  if (rc == MDB_NOTFOUND) return std::optional<ByteView>{};
  if (rc != 0) return noteFailure(rc, doing);
  return std::optional<ByteView>{fromVal(v)};
}

Result<ByteView> Txn::get(const Db& db, ByteView key) const {
  WB_TRY_ASSIGN(found, find(db, key));
  if (!found->has_value()) {
    return fail(StoreErrc::NotFound, "no entry for key " + toHex(key) + " in database '" + db.name() + "'");
  }
  return **found;
}

Result<std::uint64_t> Txn::count(const Db& db) const {
  const auto doing = inDb("counting entries of", db);
  WB_TRY(requireActive(doing));
  MDB_stat stat{};
  const int rc = mdb_stat(state_->txn, db.handle(), &stat);
  if (rc != 0) return noteFailure(rc, doing);
  return std::uint64_t{stat.ms_entries};
}

Result<Cursor> Txn::cursor(const Db& db) const {
  const auto doing = inDb("opening a cursor on", db);
  WB_TRY(requireActive(doing));
  auto cursorState = std::make_unique<store_detail::CursorState>();
  const int rc = mdb_cursor_open(state_->txn, db.handle(), &cursorState->cursor);
  if (rc != 0) return noteFailure(rc, doing);
  cursorState->txn = state_.get();
  cursorState->dbName = db.name();
  state_->cursors.push_back(cursorState.get());
  return Cursor(std::move(cursorState));
}

Status WriteTxn::put(const Db& db, ByteView key, ByteView value, PutMode mode) {
  const auto doing = inDb("writing to", db);
  WB_TRY(requireActive(doing));
  unsigned flags = 0;
  if (mode == PutMode::InsertOnly) flags = db.dupSort() ? MDB_NODUPDATA : MDB_NOOVERWRITE;
  if (mode == PutMode::Append) flags = db.dupSort() ? MDB_APPENDDUP : MDB_APPEND;
  MDB_val k = toVal(key);
  MDB_val v = toVal(value);
  const int rc = mdb_put(state_->txn, db.handle(), &k, &v, flags);
  if (rc != 0) return noteFailure(rc, doing + " (key " + toHex(key) + ")");
  return {};
}

Result<bool> WriteTxn::erase(const Db& db, ByteView key) {
  const auto doing = inDb("deleting from", db);
  WB_TRY(requireActive(doing));
  MDB_val k = toVal(key);
  const int rc = mdb_del(state_->txn, db.handle(), &k, nullptr);
  if (rc == MDB_NOTFOUND) return false;
  if (rc != 0) return noteFailure(rc, doing);
  return true;
}

Result<bool> WriteTxn::erase(const Db& db, ByteView key, ByteView value) {
  const auto doing = inDb("deleting a value from", db);
  WB_TRY(requireActive(doing));
  MDB_val k = toVal(key);
  MDB_val v = toVal(value);
  const int rc = mdb_del(state_->txn, db.handle(), &k, &v);
  if (rc == MDB_NOTFOUND) return false;
  if (rc != 0) return noteFailure(rc, doing);
  return true;
}

Status WriteTxn::clear(const Db& db) {
  const auto doing = inDb("clearing", db);
  WB_TRY(requireActive(doing));
  const int rc = mdb_drop(state_->txn, db.handle(), 0);
  if (rc != 0) return noteFailure(rc, doing);
  return {};
}

Result<Db> WriteTxn::openDb(std::string_view name, DbFlags flags, OpenMode mode) {
  const std::string nameText(name);
  const std::string doing = "opening database '" + nameText + "'";
  WB_TRY(requireActive(doing));
  unsigned lmdbFlags = 0;
  if (hasFlag(flags, DbFlags::DupSort)) lmdbFlags |= MDB_DUPSORT;
  if (hasFlag(flags, DbFlags::IntegerKey)) lmdbFlags |= MDB_INTEGERKEY;
  if (mode == OpenMode::CreateIfMissing) lmdbFlags |= MDB_CREATE;
  MDB_dbi dbi = 0;
  const int rc = mdb_dbi_open(state_->txn, nameText.empty() ? nullptr : nameText.c_str(), lmdbFlags, &dbi);
  if (rc != 0) return noteFailure(rc, doing);
  // LMDB 0.9 silently adopts the stored flags; a mismatch means code and
  // files disagree about the layout.
  unsigned stored = 0;
  const int flagsRc = mdb_dbi_flags(state_->txn, dbi, &stored);
  if (flagsRc != 0) return noteFailure(flagsRc, doing);
  const unsigned layoutFlags =
      MDB_REVERSEKEY | MDB_DUPSORT | MDB_INTEGERKEY | MDB_DUPFIXED | MDB_INTEGERDUP | MDB_REVERSEDUP;
  if ((stored & layoutFlags) != (lmdbFlags & layoutFlags)) {
    return fail(StoreErrc::Corrupt, doing + ": it was created with other flags (LMDB flags " +
                                        std::to_string(stored & layoutFlags) + ", expected " +
                                        std::to_string(lmdbFlags & layoutFlags) + ")");
  }
  return Db(dbi, nameText, flags);
}

Status WriteTxn::commit() {
  WB_TRY(requireActive("committing"));
  const int rc = state_->commit();
  if (rc != 0) {
    if (rc == MDB_MAP_FULL) state_->mapFull = true;
    return lmdbError(rc, "committing a write transaction");
  }
  return {};
}

bool WriteTxn::mapFull() const { return state_ != nullptr && state_->mapFull; }

std::uint64_t WriteTxn::mapSizeAtBegin() const { return state_ != nullptr ? state_->mapSizeAtBegin : 0; }

}  // namespace wb
