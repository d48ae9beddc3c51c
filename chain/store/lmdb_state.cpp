#include "chain/store/lmdb_state.h"

namespace wb {
namespace {

state::KeyValue copyEntry(const Entry& e) {
  return {Bytes(e.key.begin(), e.key.end()), Bytes(e.value.begin(), e.value.end())};
}

}  // namespace

const Db& stateDb(const ChainDbs& dbs, state::Table table) {
  switch (table) {
    case state::Table::Accounts:
      return dbs.accounts;
    case state::Table::Orders:
      return dbs.orders;
    case state::Table::OrdersByParty:
      return dbs.ordersByParty;
    case state::Table::Deadlines:
      return dbs.deadlines;
    case state::Table::Delegates:
      return dbs.delegates;
    case state::Table::DelegateNames:
      return dbs.delegateNames;
    case state::Table::Votes:
      return dbs.votes;
    case state::Table::Totals:
      return dbs.totals;
    case state::Table::TreeLeaves:
      return dbs.treeLeaves;
    case state::Table::TreeNodes:
      return dbs.treeNodes;
  }
  return dbs.meta;  // unreachable: every table is listed above
}

Result<std::optional<Bytes>> LmdbStateReader::get(state::Table table, ByteView key) const {
  WB_TRY_ASSIGN(found, txn_.find(stateDb(dbs_, table), key));
  if (!*found) return std::optional<Bytes>();
  return std::optional<Bytes>(Bytes((*found)->begin(), (*found)->end()));
}

Result<std::optional<state::KeyValue>> LmdbStateReader::lowerBound(state::Table table, ByteView key) const {
  WB_TRY_ASSIGN(cursor, txn_.cursor(stateDb(dbs_, table)));
  WB_TRY_ASSIGN(entry, key.empty() ? cursor->first() : cursor->seek(key));
  if (!*entry) return std::optional<state::KeyValue>();
  return std::optional<state::KeyValue>(copyEntry(**entry));
}

Result<std::optional<state::KeyValue>> LmdbStateReader::before(state::Table table, ByteView key) const {
  WB_TRY_ASSIGN(cursor, txn_.cursor(stateDb(dbs_, table)));
  if (key.empty()) {
    WB_TRY_ASSIGN(last, cursor->last());
    if (!*last) return std::optional<state::KeyValue>();
    return std::optional<state::KeyValue>(copyEntry(**last));
  }
  // The entry before the first key ≥ `key`, or the last entry when none is ≥.
  WB_TRY_ASSIGN(at, cursor->seek(key));
  WB_TRY_ASSIGN(prev, *at ? cursor->prev() : cursor->last());
  if (!*prev) return std::optional<state::KeyValue>();
  return std::optional<state::KeyValue>(copyEntry(**prev));
}

template <class T>
Result<T> LatestStateReader::inSnapshot(const std::function<Result<T>(const LmdbStateReader&)>& read) const {
  std::optional<Result<T>> out;
  WB_TRY(env_.read([&](ReadTxn& txn) -> Status {
    out.emplace(read(LmdbStateReader(txn, dbs_)));
    return {};
  }));
  return std::move(*out);
}

Result<std::optional<Bytes>> LatestStateReader::get(state::Table table, ByteView key) const {
  return inSnapshot<std::optional<Bytes>>([&](const LmdbStateReader& r) { return r.get(table, key); });
}

Result<std::optional<state::KeyValue>> LatestStateReader::lowerBound(state::Table table, ByteView key) const {
  return inSnapshot<std::optional<state::KeyValue>>([&](const LmdbStateReader& r) { return r.lowerBound(table, key); });
}

Result<std::optional<state::KeyValue>> LatestStateReader::before(state::Table table, ByteView key) const {
  return inSnapshot<std::optional<state::KeyValue>>([&](const LmdbStateReader& r) { return r.before(table, key); });
}

Status LmdbStateWriter::put(state::Table table, ByteView key, ByteView value) {
  return txn_.put(stateDb(dbs_, table), key, value);
}

Status LmdbStateWriter::erase(state::Table table, ByteView key) {
  WB_TRY_ASSIGN(erased, txn_.erase(stateDb(dbs_, table), key));
  return {};
}

}  // namespace wb
