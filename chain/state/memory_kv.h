// An in-memory KvStore. With a base, it is an overlay: reads fall through to the
// base for keys it has not changed, writes stay here until applyTo() copies them
// into another store. Used for mempool and block-template checks on top of the
// tip, and on its own for tests and tools.
#pragma once

#include <array>
#include <map>

#include "chain/state/kv_store.h"

namespace wb::state {

class MemoryKv final : public KvStore {
public:
  // `base` (may be null) must outlive this overlay and not change while it is used.
  explicit MemoryKv(const KvReader* base = nullptr) : base_(base) {}

  [[nodiscard]] Result<std::optional<Bytes>> get(Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<KeyValue>> lowerBound(Table table, ByteView key) const override;
  [[nodiscard]] Result<std::optional<KeyValue>> before(Table table, ByteView key) const override;
  [[nodiscard]] Status put(Table table, ByteView key, ByteView value) override;
  [[nodiscard]] Status erase(Table table, ByteView key) override;

  // Writes every change of this overlay into `target` (puts and erases).
  [[nodiscard]] Status applyTo(KvStore& target) const;

  // Forgets every change.
  void clear();

  // Number of changed keys (puts and erases) across all tables.
  std::size_t changeCount() const;

private:
  // nullopt value = erased here (hides the base's entry).
  using Changes = std::map<Bytes, std::optional<Bytes>>;

  const KvReader* base_;
  std::array<Changes, kTableCount> tables_;
};

}  // namespace wb::state
