#include "chain/store/lmdb_error.h"

#include <lmdb.h>

#include <cerrno>
#include <string>

#include "chain/store/store_errc.h"

namespace wb {

namespace {

ErrorCode codeFor(int rc) {
  switch (rc) {
    case MDB_NOTFOUND:
      return StoreErrc::NotFound;
    case MDB_KEYEXIST:
      return StoreErrc::KeyExists;
    case MDB_MAP_FULL:
      return StoreErrc::MapFull;
    case MDB_READERS_FULL:
      return StoreErrc::ReadersFull;
    case MDB_DBS_FULL:
      return StoreErrc::DbsFull;
    case MDB_TXN_FULL:
      return StoreErrc::TxnFull;
    case MDB_BAD_VALSIZE:
      return StoreErrc::BadValueSize;
    case MDB_CORRUPTED:
    case MDB_PAGE_NOTFOUND:
    case MDB_INVALID:
    case MDB_VERSION_MISMATCH:
    case MDB_INCOMPATIBLE:
      return StoreErrc::Corrupt;
    case ENOENT:
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOSPC:
    case EIO:
    case ENOMEM:
    case ENOTDIR:
    case EISDIR:
      return StoreErrc::Io;
    default:
      return StoreErrc::Lmdb;
  }
}

}  // namespace

Error lmdbError(int rc, std::string_view doing) {
  std::string message(doing);
  message += ": ";
  message += mdb_strerror(rc);
  return fail(codeFor(rc), std::move(message));
}

}  // namespace wb
