// Private to chain/store: the shared state behind LmdbEnv, transactions and
// cursors. Not part of the public API; include only from chain/store/*.cpp.
#pragma once

#include <lmdb.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "chain/core/bytes.h"
#include "chain/store/lmdb_env_options.h"
#include "chain/store/txn_gate.h"

namespace wb::store_detail {

// Owns the MDB_env. Shared by LmdbEnv and every live transaction, so the
// environment closes only after its last transaction has ended.
struct EnvCore {
  MDB_env* env = nullptr;
  std::filesystem::path dir;
  EnvOptions options;
  TxnGate gate;
  std::atomic<std::uint64_t> mapSize{0};

  EnvCore() = default;
  EnvCore(const EnvCore&) = delete;
  EnvCore& operator=(const EnvCore&) = delete;
  ~EnvCore() {
    if (env != nullptr) mdb_env_close(env);
  }
};

struct TxnState;

// One open cursor; detached (cursor == nullptr) once its transaction ends.
struct CursorState {
  MDB_cursor* cursor = nullptr;
  TxnState* txn = nullptr;
  std::string dbName;
};

// One transaction and the cursors opened in it.
struct TxnState {
  std::shared_ptr<EnvCore> core;
  MDB_txn* txn = nullptr;
  bool readOnly = true;
  bool mapFull = false;              // an operation hit MDB_MAP_FULL: the txn must be aborted
  std::uint64_t mapSizeAtBegin = 0;  // lets a writer tell whether someone grew the map since
  std::vector<CursorState*> cursors;

  TxnState() = default;
  TxnState(const TxnState&) = delete;
  TxnState& operator=(const TxnState&) = delete;
  ~TxnState() { abort(); }

  // Closes every cursor of this transaction and detaches it.
  void closeCursors() {
    for (CursorState* c : cursors) {
      mdb_cursor_close(c->cursor);
      c->cursor = nullptr;
      c->txn = nullptr;
    }
    cursors.clear();
  }
  // Ends the transaction without committing and gives back its gate slot.
  void abort() {
    if (txn == nullptr) return;
    closeCursors();
    mdb_txn_abort(txn);
    txn = nullptr;
    core->gate.leave();
  }
  // Commits (write) or ends (read) the transaction; returns LMDB's code. The
  // transaction is over afterwards either way.
  int commit() {
    closeCursors();
    const int rc = mdb_txn_commit(txn);
    txn = nullptr;
    core->gate.leave();
    return rc;
  }
};

inline MDB_val toVal(ByteView bytes) {
  return MDB_val{bytes.size(), const_cast<Byte*>(bytes.data())};  // LMDB never writes through input keys
}
inline ByteView fromVal(const MDB_val& val) { return {static_cast<const Byte*>(val.mv_data), val.mv_size}; }

}  // namespace wb::store_detail
