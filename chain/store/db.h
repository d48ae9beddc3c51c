// A handle to one named database (LMDB "DBI") of an environment.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

namespace wb {

// How a database orders and stores its entries. Fixed when the database is
// created; opening it later with other flags fails (StoreErrc::Corrupt).
enum class DbFlags : unsigned {
  None = 0,
  // Several sorted values per key (MDB_DUPSORT), e.g. one key → many ids.
  // Values are then limited to the maximum key size (511 bytes).
  DupSort = 1u << 0,
  // Keys are native-endian unsigned integers of 4 or 8 bytes (MDB_INTEGERKEY).
  // Prefer big-endian keys from keys.h: they sort the same way in any tool and
  // compose with other fields.
  IntegerKey = 1u << 1,
};

constexpr DbFlags operator|(DbFlags a, DbFlags b) {
  return static_cast<DbFlags>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr bool hasFlag(DbFlags set, DbFlags flag) {
  return (static_cast<unsigned>(set) & static_cast<unsigned>(flag)) != 0;
}

// Whether opening a database may create it.
enum class OpenMode { CreateIfMissing, MustExist };

// A database handle: cheap to copy, valid for the life of its environment once
// the transaction that opened it has committed. A default-constructed Db is
// invalid; using it fails cleanly (StoreErrc::Lmdb), never crashes.
class Db {
public:
  Db() = default;

  // The name it was opened with ("" for the unnamed main database).
  const std::string& name() const { return name_; }
  DbFlags flags() const { return flags_; }
  bool dupSort() const { return hasFlag(flags_, DbFlags::DupSort); }
  // LMDB's handle number (MDB_dbi).
  unsigned handle() const { return handle_; }

private:
  friend class WriteTxn;
  Db(unsigned handle, std::string name, DbFlags flags) : handle_(handle), name_(std::move(name)), flags_(flags) {}

  unsigned handle_ = std::numeric_limits<unsigned>::max();
  std::string name_;
  DbFlags flags_ = DbFlags::None;
};

}  // namespace wb
