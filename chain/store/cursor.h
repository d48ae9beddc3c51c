// RAII cursor over one database inside one transaction.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>

#include "chain/core/bytes.h"
#include "chain/core/error.h"

namespace wb {

namespace store_detail {
struct CursorState;
struct TxnState;
}  // namespace store_detail

// One key/value pair as stored. The views point into the memory map: they stay
// valid until the cursor moves, the transaction writes, or the transaction ends.
// Copy what must live longer.
struct Entry {
  ByteView key;
  ByteView value;
};

// The result of a cursor move: an entry, std::nullopt when there is none in that
// direction (not an error), or an Error.
using CursorStep = Result<std::optional<Entry>>;

// A position in a database. Closed on destruction; if its transaction ends
// first, every call fails with StoreErrc::TxnFinished (never a dangling pointer).
// Use it on one thread at a time, like its transaction.
class Cursor {
public:
  Cursor(Cursor&&) noexcept;
  Cursor& operator=(Cursor&&) noexcept;
  ~Cursor();

  // Smallest / largest key (for DupSort: its first / last value).
  [[nodiscard]] CursorStep first();
  [[nodiscard]] CursorStep last();
  // Next / previous entry, visiting each value of a DupSort key. From a fresh
  // cursor they act as first() / last().
  [[nodiscard]] CursorStep next();
  [[nodiscard]] CursorStep prev();
  // Skips the remaining values of the current key (DupSort); same as next() /
  // prev() otherwise.
  [[nodiscard]] CursorStep nextKey();
  [[nodiscard]] CursorStep prevKey();
  // The entry with the smallest key >= `key`.
  [[nodiscard]] CursorStep seek(ByteView key);
  // The entry whose key is exactly `key` (first value for DupSort).
  [[nodiscard]] CursorStep seekExact(ByteView key);
  // The entry with the largest key <= `key` (the starting point for paging
  // "newest first").
  [[nodiscard]] CursorStep seekAtOrBefore(ByteView key);
  // The entry at the current position.
  [[nodiscard]] CursorStep current();

  // DupSort only: next / previous value of the current key, nullopt past its ends.
  [[nodiscard]] CursorStep nextValue();
  [[nodiscard]] CursorStep prevValue();
  // DupSort only: how many values the current key has.
  [[nodiscard]] Result<std::size_t> valueCount();

  // Deletes the entry at the current position (write transactions only) and
  // moves to the entry that followed it, which it returns (nullopt at the end).
  [[nodiscard]] CursorStep eraseCurrent();

private:
  friend class Txn;
  explicit Cursor(std::unique_ptr<store_detail::CursorState> state);
  [[nodiscard]] CursorStep move(int op, const char* doing, ByteView key = {});
  [[nodiscard]] Status requireOpen() const;

  std::unique_ptr<store_detail::CursorState> state_;
};

}  // namespace wb
