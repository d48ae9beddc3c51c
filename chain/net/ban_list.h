// Banned addresses with expiry times, persisted to a file the caller names (for
// example DATADIR/<network>/banlist.dat). The file is a journal: each ban or
// unban appends one checksummed record, and the file is rewritten whole
// (atomically, QSaveFile) only when it has grown well past the live list or
// was damaged. Reading replays the records up to the first damaged one: what
// came before it is kept and the damage reported, and the file is left alone
// until the next ban, so nothing is lost by merely starting up next to it. The
// list holds at most kMaxBanEntries; past that the ban expiring first gives way.
#pragma once

#include <QHostAddress>
#include <QString>
#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "chain/core/error.h"
#include "interfaces/node_types.h"

namespace wb::net {

inline constexpr std::uint32_t kMaxBanEntries = 100'000;

// The current unix time in seconds; injectable so tests can move time.
using UnixClock = std::function<std::int64_t()>;
// The system clock.
std::int64_t systemUnixTime();

// BanEntry: interfaces/node_types.h.

class BanList {
public:
  // `path` empty: bans live in memory only.
  explicit BanList(QString path, UnixClock clock = systemUnixTime);

  // Reads the file. A missing file is an empty list. Fails with NetErrc::BanListIo, or
  // NetErrc::BanListCorrupt with the records before the damage kept (none for a file
  // of the old whole-file format); the file is not rewritten until the next
  // ban(). Expired entries are dropped.
  [[nodiscard]] Status load();

  // Bans `address` for `seconds` (> 0) from now, extending an existing ban, and
  // records it. Fails with EndpointErrc::BadAddress or NetErrc::BanListIo (the ban still holds in memory).
  [[nodiscard]] Status ban(const QHostAddress& address, std::int64_t seconds = kDefaultBanSeconds);

  // Lifts the ban on `address` (no-op if none) and records it. Fails with NetErrc::BanListIo.
  [[nodiscard]] Status unban(const QHostAddress& address);

  // True while `address` is banned.
  bool isBanned(const QHostAddress& address) const;

  // The bans in force, by address.
  std::vector<BanEntry> entries() const;

private:
  // Appends one record, or rewrites the file when that is due.
  [[nodiscard]] Status record(bool banned, const QString& address, std::int64_t until);
  [[nodiscard]] Status rewrite();
  void insertBounded(const QString& address, std::int64_t until);
  void dropExpired();

  QString path_;
  UnixClock clock_;
  std::map<QString, std::int64_t> bans_;
  std::size_t records_ = 0;  // records in the file
  bool rewriteDue_ = true;   // the file is missing, damaged or of the old format
};

// The file encoding of `entries`, one ban record each (exposed for tests that
// damage files on purpose).
QByteArray encodeBanFile(const std::vector<BanEntry>& entries);

}  // namespace wb::net
