// What every Waybill LMDB store keeps in its "meta" table and checks on every
// open: its schema version and the network it belongs to. The chain store
// (schema.h) and the light header store (chain/light/header_chain.h) share the
// rules, each with its own version.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "chain/core/bytes.h"
#include "chain/core/error.h"
#include "chain/store/txn.h"

namespace wb {

// What a caller expects of an existing store.
struct StoreIdentity {
  std::uint32_t schemaVersion = 0;
  Hash32 network{};              // the network's genesis hash
  std::string_view olderRemedy;  // added to the error about a store older than schemaVersion
};

// Checks an existing store's `meta` table against `expected`. Fails with
// StoreErrc::Corrupt (an entry missing or unreadable), StoreErrc::SchemaVersion or
// StoreErrc::WrongNetwork; each message starts with `where`.
[[nodiscard]] Status checkStoreIdentity(const Txn& txn, const Db& meta, const StoreIdentity& expected,
                                        const std::string& where);

// The meta table of the store being opened in `txn`, or nullopt for a new
// (empty) environment. Fails with StoreErrc::Corrupt when the folder holds other
// LMDB data, or the store's error.
[[nodiscard]] Result<std::optional<Db>> openStoreMeta(WriteTxn& txn, const std::string& where);

}  // namespace wb
