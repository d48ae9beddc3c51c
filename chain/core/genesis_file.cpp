#include "chain/core/genesis_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "chain/core/core_errc.h"

namespace wb {

namespace {

Error ioError(const std::filesystem::path& path, std::string_view what, int error) {
  return fail(CoreErrc::GenesisFileIo, std::string(what) + " " + path.string() + ": " + std::strerror(error));
}

// Writes all of `text` to `fd` and flushes it to disk.
bool writeAll(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return ::fsync(fd) == 0;
}

}  // namespace

Result<GenesisFile> readGenesisFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ioError(path, "cannot open", errno);
  std::string text;
  // Read one byte past the limit so an oversized file is detected without reading it all.
  text.resize(kMaxGenesisJsonBytes + 1);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.bad()) return ioError(path, "cannot read", errno);
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxGenesisJsonBytes) {
    return fail(CoreErrc::GenesisFileIo, path.string() + " is larger than " + std::to_string(kMaxGenesisJsonBytes) +
                                             " bytes; it is not a genesis file");
  }
  auto file = parseGenesisJson(text);
  if (!file) return fail(file.error().code, path.string() + ": " + file.error().message);
  return file;
}

Status writeGenesisFile(const std::filesystem::path& path, const GenesisFile& file) {
  std::error_code ec;
  if (std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found) {
    return fail(CoreErrc::GenesisFileExists, path.string() + " already exists; not overwriting it");
  }
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  std::string temp = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) return ioError(folder, "cannot create a file in", errno);
  const bool written = writeAll(fd, writeGenesisJson(file));
  const int writeError = errno;
  ::fchmod(fd, 0644);  // mkstemp makes 0600; a genesis file is meant to be shared
  ::close(fd);
  if (!written) {
    ::unlink(temp.c_str());
    return ioError(path, "cannot write", writeError);
  }
  // link() fails with EEXIST rather than replacing: no race with another writer.
  const int linked = ::link(temp.c_str(), path.c_str());
  const int linkError = errno;
  ::unlink(temp.c_str());
  if (linked != 0) {
    if (linkError == EEXIST)
      return fail(CoreErrc::GenesisFileExists, path.string() + " already exists; not overwriting it");
    return ioError(path, "cannot create", linkError);
  }
  return {};
}

}  // namespace wb
