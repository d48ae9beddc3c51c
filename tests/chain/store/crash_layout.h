// What the crash writer writes and the crash test checks (shared by both).
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "chain/core/keys.h"
#include "chain/store/schema.h"

namespace wb::crash {

inline constexpr std::uint64_t kRecordsPerTxn = 16;
inline constexpr std::string_view kCounterKey = "test.counter";
inline constexpr std::string_view kNetwork = "crash";

// A tiny initial map, so the writer also gets killed while growing it.
inline Result<ChainStore> openStore(const std::filesystem::path& dataDir) {
  Hash32 genesis;
  genesis.fill(0x5c);
  EnvOptions options;
  options.initialMapSize = 64 * 1024;
  return ChainStore::open(dataDir, kNetwork, genesis, options);
}

// 100–1099 bytes derived from the key: a torn or misplaced record shows.
inline Bytes valueFor(std::uint64_t key) {
  Bytes out(100 + (key * 37) % 1000);
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = static_cast<Byte>(key * 131 + i * 7);
  return out;
}

// The last committed transaction number, or nullopt before the first.
inline Result<std::optional<std::uint64_t>> readCounter(const Txn& txn, const Db& meta) {
  WB_TRY_ASSIGN(raw, txn.find(meta, asBytes(kCounterKey)));
  if (!raw->has_value()) return std::optional<std::uint64_t>{};
  WB_TRY_ASSIGN(counter, decodeKeyU64(**raw));
  return std::optional<std::uint64_t>{*counter};
}

}  // namespace wb::crash
