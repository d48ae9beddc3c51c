#include "chain/state/undo_log.h"

#include "chain/core/core_errc.h"
#include "chain/core/encoding.h"

namespace wb::state {
namespace {
// Keys and values of state records are small; these bounds only stop hostile input.
constexpr std::uint32_t kMaxKeyBytes = 511;
constexpr std::uint32_t kMaxValueBytes = 1 << 20;
}  // namespace

Bytes encodeUndoLog(const UndoLog& log) {
  Writer w;
  w.u32(static_cast<std::uint32_t>(log.entries.size()));
  for (const UndoEntry& e : log.entries) {
    w.u8(static_cast<std::uint8_t>(e.table)).var(e.key).u8(e.before ? 1 : 0);
    if (e.before) w.var(*e.before);
  }
  return std::move(w).take();
}

Result<UndoLog> decodeUndoLog(ByteView encoded) {
  Reader r(encoded);
  WB_TRY_ASSIGN(count, r.u32("undo entry count"));
  UndoLog log;
  for (std::uint32_t i = 0; i < *count; ++i) {
    UndoEntry e;
    WB_TRY_ASSIGN(table, r.u8("undo table"));
    if (*table >= kTableCount) return fail(CoreErrc::DecodeBadValue, "undo log names an unknown table");
    e.table = static_cast<Table>(*table);
    WB_TRY_ASSIGN(key, r.var("undo key", kMaxKeyBytes));
    e.key = std::move(*key);
    WB_TRY_ASSIGN(has, r.u8("undo presence flag"));
    if (*has > 1) return fail(CoreErrc::DecodeBadValue, "undo presence flag must be 0 or 1");
    if (*has == 1) {
      WB_TRY_ASSIGN(value, r.var("undo value", kMaxValueBytes));
      e.before = std::move(*value);
    }
    log.entries.push_back(std::move(e));
  }
  WB_TRY(r.finish());
  return log;
}

Status applyUndo(const UndoLog& log, KvStore& store) {
  for (auto it = log.entries.rbegin(); it != log.entries.rend(); ++it) {
    WB_TRY(it->before ? store.put(it->table, it->key, *it->before) : store.erase(it->table, it->key));
  }
  return {};
}

Status UndoRecorder::recordBefore(Table table, ByteView key) {
  auto inserted = seen_.emplace(table, Bytes(key.begin(), key.end()));
  if (!inserted.second) return {};
  auto old = target_.get(table, key);
  if (!old) {
    seen_.erase(inserted.first);
    return old.error();
  }
  log_.entries.push_back(UndoEntry{table, Bytes(key.begin(), key.end()), std::move(*old)});
  return {};
}

Status UndoRecorder::put(Table table, ByteView key, ByteView value) {
  WB_TRY(recordBefore(table, key));
  return target_.put(table, key, value);
}

Status UndoRecorder::erase(Table table, ByteView key) {
  WB_TRY(recordBefore(table, key));
  return target_.erase(table, key);
}

UndoLog UndoRecorder::takeLog() {
  seen_.clear();
  return std::exchange(log_, {});
}

}  // namespace wb::state
