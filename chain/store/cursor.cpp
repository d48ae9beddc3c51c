#include "chain/store/cursor.h"

#include <algorithm>
#include <string>

#include "chain/store/lmdb_error.h"
#include "chain/store/store_errc.h"
#include "chain/store/store_internal.h"

namespace wb {

using store_detail::fromVal;
using store_detail::toVal;

Cursor::Cursor(std::unique_ptr<store_detail::CursorState> state) : state_(std::move(state)) {}
Cursor::Cursor(Cursor&&) noexcept = default;

Cursor& Cursor::operator=(Cursor&& other) noexcept {
  if (this != &other) {
    Cursor closing(std::move(*this));  // closes our old cursor when it goes out of scope
    state_ = std::move(other.state_);
  }
  return *this;
}

Cursor::~Cursor() {
  if (state_ == nullptr || state_->txn == nullptr) return;
  auto& open = state_->txn->cursors;
  open.erase(std::remove(open.begin(), open.end(), state_.get()), open.end());
  mdb_cursor_close(state_->cursor);
}

Status Cursor::requireOpen() const {
  if (state_ == nullptr || state_->cursor == nullptr) {
    return fail(StoreErrc::TxnFinished, "using a cursor whose transaction has already ended");
  }
  return {};
}

CursorStep Cursor::move(int op, const char* doing, ByteView key) {
  WB_TRY(requireOpen());
  MDB_val k = toVal(key);
  MDB_val v{};
  const int rc = mdb_cursor_get(state_->cursor, &k, &v, static_cast<MDB_cursor_op>(op));
  if (rc == MDB_NOTFOUND) return std::optional<Entry>{};
  if (rc != 0) return lmdbError(rc, std::string(doing) + " in database '" + state_->dbName + "'");
  return std::optional<Entry>{Entry{fromVal(k), fromVal(v)}};
}

CursorStep Cursor::first() { return move(MDB_FIRST, "moving a cursor to the first entry"); }
CursorStep Cursor::last() { return move(MDB_LAST, "moving a cursor to the last entry"); }
CursorStep Cursor::next() { return move(MDB_NEXT, "moving a cursor forward"); }
CursorStep Cursor::prev() { return move(MDB_PREV, "moving a cursor back"); }
CursorStep Cursor::nextKey() { return move(MDB_NEXT_NODUP, "moving a cursor to the next key"); }
CursorStep Cursor::prevKey() { return move(MDB_PREV_NODUP, "moving a cursor to the previous key"); }
CursorStep Cursor::seek(ByteView key) { return move(MDB_SET_RANGE, "seeking a cursor", key); }
CursorStep Cursor::seekExact(ByteView key) { return move(MDB_SET_KEY, "seeking a cursor to an exact key", key); }
CursorStep Cursor::current() { return move(MDB_GET_CURRENT, "reading a cursor's entry"); }
CursorStep Cursor::nextValue() { return move(MDB_NEXT_DUP, "moving a cursor to the next value"); }
CursorStep Cursor::prevValue() { return move(MDB_PREV_DUP, "moving a cursor to the previous value"); }

CursorStep Cursor::seekAtOrBefore(ByteView key) {
  auto atOrAfter = seek(key);
  if (!atOrAfter) return atOrAfter;
  if (!atOrAfter->has_value()) return last();  // every key is smaller
  const Entry& found = **atOrAfter;
  if (std::equal(found.key.begin(), found.key.end(), key.begin(), key.end())) return atOrAfter;
  return prevKey();
}

Result<std::size_t> Cursor::valueCount() {
  WB_TRY(requireOpen());
  std::size_t count = 0;
  const int rc = mdb_cursor_count(state_->cursor, &count);
  if (rc != 0) return lmdbError(rc, "counting values in database '" + state_->dbName + "'");
  return static_cast<std::size_t>(count);
}

CursorStep Cursor::eraseCurrent() {
  WB_TRY(requireOpen());
  const int rc = mdb_cursor_del(state_->cursor, 0);
  if (rc != 0) {
    if (rc == MDB_MAP_FULL) state_->txn->mapFull = true;
    return lmdbError(rc, "deleting at a cursor in database '" + state_->dbName + "'");
  }
  // LMDB leaves the cursor on the following entry, marked so that MDB_NEXT
  // returns that entry instead of skipping it.
  return next();
}

}  // namespace wb
