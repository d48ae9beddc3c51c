// The ledger's state tables (chain/state) stored in the chain store's LMDB
// databases: a reader over any transaction, a writer over the write transaction.
#pragma once

#include <functional>

#include "chain/state/kv_store.h"
#include "chain/store/lmdb_env.h"
#include "chain/store/schema.h"
#include "chain/store/txn.h"

namespace wb {

// Reads state tables through `txn` (a read or the write transaction), which must
// outlive this object.
class LmdbStateReader : public state::KvReader {
public:
  LmdbStateReader(const Txn& txn, const ChainDbs& dbs) : txn_(txn), dbs_(dbs) {}

  [[nodiscard]] Result<std::optional<Bytes>> get(state::Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<state::KeyValue>> lowerBound(state::Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<state::KeyValue>> before(state::Table table, ByteView key) const override;

private:
  const Txn& txn_;
  const ChainDbs& dbs_;
};

// Reads and writes state tables inside `txn`.
class LmdbStateWriter final : public state::KvStore {
public:
  LmdbStateWriter(WriteTxn& txn, const ChainDbs& dbs) : reader_(txn, dbs), txn_(txn), dbs_(dbs) {}

  [[nodiscard]] Result<std::optional<Bytes>> get(state::Table table, ByteView key) const override {
    return reader_.get(table, key);
  }
  [[nodiscard]] Result<std::optional<state::KeyValue>> lowerBound(state::Table table, ByteView key) const override {
    return reader_.lowerBound(table, key);
  }
  [[nodiscard]] Result<std::optional<state::KeyValue>> before(state::Table table, ByteView key) const override {
    return reader_.before(table, key);
  }
  [[nodiscard]] Status put(state::Table table, ByteView key, ByteView value) override;
  [[nodiscard]] Status erase(state::Table table, ByteView key) override;

private:
  LmdbStateReader reader_;
  WriteTxn& txn_;
  const ChainDbs& dbs_;
};

// Reads the latest committed state: every call runs in a short read transaction
// of its own, so no snapshot is held between calls (nothing delays map growth).
// Two calls see the same state only if no block was connected in between; the
// node makes that so by doing its writes on the thread that uses this reader.
class LatestStateReader final : public state::KvReader {
public:
  LatestStateReader(const LmdbEnv& env, const ChainDbs& dbs) : env_(env), dbs_(dbs) {}

  [[nodiscard]] Result<std::optional<Bytes>> get(state::Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<state::KeyValue>> lowerBound(state::Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<state::KeyValue>> before(state::Table table, ByteView key) const override;

private:
  template <class T>
  Result<T> inSnapshot(const std::function<Result<T>(const LmdbStateReader&)>& read) const;

  const LmdbEnv& env_;
  const ChainDbs& dbs_;
};

// The database of `dbs` that holds `table`.
const Db& stateDb(const ChainDbs& dbs, state::Table table);

}  // namespace wb
