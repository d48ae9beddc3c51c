#include "chain/store/lmdb_error.h"

#include <lmdb.h>

#include <cerrno>
#include <string>

namespace wb {

namespace {

Errc codeFor(int rc) {
  switch (rc) {
    case MDB_NOTFOUND:
      return Errc::StoreNotFound;
    case MDB_KEYEXIST:
      return Errc::StoreKeyExists;
    case MDB_MAP_FULL:
      return Errc::StoreMapFull;
    case MDB_READERS_FULL:
      return Errc::StoreReadersFull;
    case MDB_DBS_FULL:
      return Errc::StoreDbsFull;
    case MDB_TXN_FULL:
      return Errc::StoreTxnFull;
    case MDB_BAD_VALSIZE:
      return Errc::StoreBadValueSize;
    case MDB_CORRUPTED:
    case MDB_PAGE_NOTFOUND:
    case MDB_INVALID:
    case MDB_VERSION_MISMATCH:
    case MDB_INCOMPATIBLE:
      return Errc::StoreCorrupt;
    case ENOENT:
    case EACCES:
    case EPERM:
    case EROFS:
    case ENOSPC:
    case EIO:
    case ENOMEM:
    case ENOTDIR:
    case EISDIR:
      return Errc::StoreIo;
    default:
      return Errc::StoreLmdb;
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
