// A file of signed transactions, for what must survive a restart (DESIGN §7):
// the node's mempool.dat and the wallet's journal of transactions it signed.
//   magic u32 | version u32 (1) | records: length u32 + encoded tx
// A record that does not decode is reported and skipped; a truncated last
// record (a crash in the middle of an append) ends the file.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "chain/core/encoding.h"
#include "chain/core/tx.h"

namespace wb {

inline constexpr std::uint32_t kMempoolFileMagic = 0x504d4257;  // "WBMP"
inline constexpr std::uint32_t kTxJournalMagic = 0x4a504257;    // "WBPJ"

struct TxFileContents {
  std::vector<Tx> txs;
  std::vector<std::string> problems;  // one line per record skipped or tail cut
};

// The header a new file starts with.
Bytes txFileHeader(std::uint32_t magic);
// Appends one record.
void writeTxRecord(Writer& out, const Tx& tx);

// Fails with StoreErrc::Corrupt when the header is not `magic`, version 1.
[[nodiscard]] Result<TxFileContents> parseTxFile(ByteView bytes, std::uint32_t magic);
// A missing file is empty. Fails with IoError when it cannot be read.
[[nodiscard]] Result<TxFileContents> readTxFile(const std::filesystem::path& path, std::uint32_t magic);
// Replaces `path` with `txs` atomically (temporary file, fsync, rename). Fails with IoError.
[[nodiscard]] Status writeTxFile(const std::filesystem::path& path, std::uint32_t magic, std::span<const Tx> txs);

// Replaces `path` with `bytes` atomically and durably: a temporary file, fsync,
// rename; a power loss leaves the old content or the new. Fails with IoError.
[[nodiscard]] Status writeFileDurably(const std::filesystem::path& path, ByteView bytes);

}  // namespace wb
