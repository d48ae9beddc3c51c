// Undo logs: connecting a block records, for every state key it touches, the value
// the key had before (or that it was absent). Disconnecting the block writes those
// values back, which restores the previous state byte for byte.
#pragma once

#include <set>
#include <utility>
#include <vector>

#include "chain/state/kv_store.h"

namespace wb::state {

struct UndoEntry {
  Table table = Table::Accounts;
  Bytes key;
  std::optional<Bytes> before;  // nullopt: the key did not exist
  bool operator==(const UndoEntry&) const = default;
};

struct UndoLog {
  std::vector<UndoEntry> entries;
  bool operator==(const UndoLog&) const = default;
};

// Canonical encoding of an undo log (stored beside its block).
Bytes encodeUndoLog(const UndoLog& log);
// Strict decoding; fails with a Decode* code on malformed bytes.
[[nodiscard]] Result<UndoLog> decodeUndoLog(ByteView encoded);

// Writes the "before" values of `log` back into `store`, undoing the changes it recorded.
[[nodiscard]] Status applyUndo(const UndoLog& log, KvStore& store);

// A KvStore that passes everything to `target` and, on the first write of each
// key, records the key's previous value into an UndoLog.
class UndoRecorder final : public KvStore {
public:
  explicit UndoRecorder(KvStore& target) : target_(target) {}

  [[nodiscard]] Result<std::optional<Bytes>> get(Table table, ByteView key) const override {
    return target_.get(table, key);
  }
  [[nodiscard]] Result<std::optional<KeyValue>> lowerBound(Table table, ByteView key) const override {
    return target_.lowerBound(table, key);
  }
  [[nodiscard]] Result<std::optional<KeyValue>> before(Table table, ByteView key) const override {
    return target_.before(table, key);
  }
  [[nodiscard]] Status put(Table table, ByteView key, ByteView value) override;
  [[nodiscard]] Status erase(Table table, ByteView key) override;

  // The log so far; the recorder is empty afterwards.
  UndoLog takeLog();

private:
  [[nodiscard]] Status recordBefore(Table table, ByteView key);

  KvStore& target_;
  std::set<std::pair<Table, Bytes>> seen_;
  UndoLog log_;
};

}  // namespace wb::state
