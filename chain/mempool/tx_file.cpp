#include "chain/mempool/tx_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "chain/core/core_errc.h"
#include "chain/core/tx_codec.h"
#include "chain/store/store_errc.h"

namespace wb {
namespace {

constexpr std::uint32_t kTxFileVersion = 1;

Status ioError(const std::string& what, const std::filesystem::path& path) {
  return fail(CoreErrc::IoError, what + " " + path.string() + ": " + std::strerror(errno));
}

}  // namespace

Bytes txFileHeader(std::uint32_t magic) {
  Writer out;
  out.u32(magic).u32(kTxFileVersion);
  return std::move(out).take();
}

void writeTxRecord(Writer& out, const Tx& tx) { out.var(encodeTx(tx)); }

Result<TxFileContents> parseTxFile(ByteView bytes, std::uint32_t magic) {
  Reader in(bytes);
  auto fileMagic = in.u32("magic");
  auto version = fileMagic ? in.u32("version") : Result<std::uint32_t>(fileMagic.error());
  if (!fileMagic || !version || *fileMagic != magic || *version != kTxFileVersion) {
    return fail(StoreErrc::Corrupt, "not a transaction file of this kind (or of another version)");
  }
  TxFileContents out;
  std::size_t index = 0;
  while (in.remaining() > 0) {
    auto record = in.var("transaction", static_cast<std::uint32_t>(kMaxTxBytes));
    if (!record) {
      out.problems.push_back("record " + std::to_string(index) + " is cut short or too long: the rest is ignored");
      break;
    }
    auto tx = decodeTx(*record);
    if (tx) {
      out.txs.push_back(std::move(*tx));
    } else {
      out.problems.push_back("record " + std::to_string(index) + " is not a transaction: " + tx.error().message);
    }
    ++index;
  }
  return out;
}

Result<TxFileContents> readTxFile(const std::filesystem::path& path, std::uint32_t magic) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return TxFileContents{};
  std::ifstream file(path, std::ios::binary);
  if (!file) return ioError("cannot open", path).error();
  Bytes bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (file.bad()) return ioError("cannot read", path).error();
  return parseTxFile(bytes, magic);
}

Status writeTxFile(const std::filesystem::path& path, std::uint32_t magic, std::span<const Tx> txs) {
  Writer out;
  out.fixed(txFileHeader(magic));
  for (const Tx& tx : txs) writeTxRecord(out, tx);
  return writeFileDurably(path, out.bytes());
}

Status writeFileDurably(const std::filesystem::path& path, ByteView bytes) {
  const std::filesystem::path temporary = path.string() + ".new";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return ioError("cannot create", temporary);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Status failed = ioError("cannot write", temporary);
      ::close(fd);
      return failed;
    }
    written += static_cast<std::size_t>(n);
  }
  // Durable before it replaces the old file: a power loss leaves one or the other.
  if (::fsync(fd) != 0) {
    const Status failed = ioError("cannot sync", temporary);
    ::close(fd);
    return failed;
  }
  if (::close(fd) != 0) return ioError("cannot close", temporary);
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) return fail(CoreErrc::IoError, "cannot replace " + path.string() + ": " + ec.message());
  // The rename itself is durable once the directory is synced.
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirFd >= 0) {
    (void)::fsync(dirFd);
    ::close(dirFd);
  }
  return {};
}

}  // namespace wb
