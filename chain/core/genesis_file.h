// genesis.json on disk: reading with a size limit, and writing that never
// replaces an existing file and never leaves a half-written one.
#pragma once

#include <filesystem>

#include "chain/core/genesis.h"

namespace wb {

// Reads and parses the genesis file at `path` (see parseGenesisJson). Fails with
// GenesisFileIo when it cannot be read or exceeds kMaxGenesisJsonBytes, else like
// parseGenesisJson.
[[nodiscard]] Result<GenesisFile> readGenesisFile(const std::filesystem::path& path);

// Writes writeGenesisJson(file) to `path`, which must not exist yet. The text is
// written to a temporary file in the same folder, flushed to disk, then linked to
// `path` atomically, so `path` either does not exist or holds the whole file.
// Fails with GenesisFileExists when `path` exists (it is left untouched) and
// GenesisFileIo on any other failure.
[[nodiscard]] Status writeGenesisFile(const std::filesystem::path& path, const GenesisFile& file);

}  // namespace wb
