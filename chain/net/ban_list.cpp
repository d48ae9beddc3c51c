#include "chain/net/ban_list.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include "chain/address/endpoint_errc.h"
#include "chain/address/net_address.h"
#include "chain/core/encoding.h"
#include "chain/net/frame.h"
#include "chain/net/net_errc.h"

namespace wb::net {
namespace {

// The old format, "wbbans" + version 1: count u32, entries (address text ≤ 64,
// until u64) and the P2P checksum of everything before it. Read, never written.
constexpr std::string_view kOldFileMagic{"wbbans\0\1", 8};
// The journal, "wbbans" + version 2: records of op u8 (1 ban, 2 unban),
// address text ≤ 64, until u64, then the P2P checksum of those bytes.
constexpr std::string_view kFileMagic{"wbbans\0\2", 8};
constexpr std::uint32_t kMaxAddressText = 64;
constexpr std::uint8_t kOpBan = 1, kOpUnban = 2;
// A file larger than this is read only this far (the list holds far less).
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

bool startsWith(ByteView data, std::string_view magic) {
  return data.size() >= magic.size() &&
         std::equal(magic.begin(), magic.end(), data.begin(), [](char a, Byte b) { return static_cast<Byte>(a) == b; });
}

Result<QString> parseAddress(const std::string& text) {
  QHostAddress parsed;
  if (!parsed.setAddress(QString::fromStdString(text))) {
    return fail(NetErrc::BanListCorrupt, "the ban list holds an invalid address");
  }
  return addressKey(parsed);
}

Result<std::vector<BanEntry>> decodeOldBanFile(ByteView data) {
  if (data.size() < kOldFileMagic.size() + 8) return fail(NetErrc::BanListCorrupt, "the ban list is truncated");
  const ByteView body = data.first(data.size() - 4);
  Reader tail(data.last(4));
  if (tail.u32("checksum").value() != payloadChecksum(body)) {
    return fail(NetErrc::BanListCorrupt, "the ban list checksum does not match: the file is damaged");
  }
  Reader in(body.subspan(kOldFileMagic.size()));
  WB_TRY_ASSIGN(count, in.u32("count"));
  std::vector<BanEntry> out;
  for (std::uint32_t i = 0; i < *count; ++i) {
    WB_TRY_ASSIGN(address, in.text("address", kMaxAddressText));
    WB_TRY_ASSIGN(until, in.u64("until"));
    WB_TRY_ASSIGN(key, parseAddress(*address));
    out.push_back({*key, static_cast<std::int64_t>(*until)});
  }
  WB_TRY(in.finish());
  return out;
}

Bytes encodeRecord(bool banned, const QString& address, std::int64_t until) {
  Writer out;
  out.u8(banned ? kOpBan : kOpUnban).var(address.toStdString()).u64(static_cast<std::uint64_t>(until));
  Bytes record = out.bytes();
  Writer check;
  check.u32(payloadChecksum(record));
  record.insert(record.end(), check.bytes().begin(), check.bytes().end());
  return record;
}

struct JournalRecord {
  bool banned = false;
  QString address;
  std::int64_t until = 0;
};

// The record at the reader's position, checked against its checksum.
Result<JournalRecord> readRecord(Reader& in, ByteView data) {
  const std::size_t start = in.position() + kFileMagic.size();
  WB_TRY_ASSIGN(op, in.u8("op"));
  if (*op != kOpBan && *op != kOpUnban) return fail(NetErrc::BanListCorrupt, "unknown ban list record");
  WB_TRY_ASSIGN(address, in.text("address", kMaxAddressText));
  WB_TRY_ASSIGN(until, in.u64("until"));
  const std::size_t end = in.position() + kFileMagic.size();
  WB_TRY_ASSIGN(check, in.u32("checksum"));
  if (*check != payloadChecksum(data.subspan(start, end - start))) {
    return fail(NetErrc::BanListCorrupt, "a ban list record does not match its checksum");
  }
  WB_TRY_ASSIGN(key, parseAddress(*address));
  return JournalRecord{*op == kOpBan, *key, static_cast<std::int64_t>(*until)};
}

QByteArray toQByteArray(const Bytes& bytes) {
  return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

}  // namespace

std::int64_t systemUnixTime() { return QDateTime::currentSecsSinceEpoch(); }

QByteArray encodeBanFile(const std::vector<BanEntry>& entries) {
  Bytes out(kFileMagic.begin(), kFileMagic.end());
  for (const BanEntry& e : entries) {
    const Bytes record = encodeRecord(true, e.address, e.until);
    out.insert(out.end(), record.begin(), record.end());
  }
  return toQByteArray(out);
}

BanList::BanList(QString path, UnixClock clock) : path_(std::move(path)), clock_(std::move(clock)) {}

Status BanList::load() {
  bans_.clear();
  records_ = 0;
  rewriteDue_ = true;
  if (path_.isEmpty() || !QFile::exists(path_)) return {};
  QFile file(path_);
  if (!file.open(QIODevice::ReadOnly)) {
    return fail(NetErrc::BanListIo,
                "cannot read the ban list " + path_.toStdString() + ": " + file.errorString().toStdString());
  }
  const QByteArray bytes = file.read(kMaxFileBytes);
  const ByteView data(reinterpret_cast<const Byte*>(bytes.constData()), std::size_t(bytes.size()));
  const auto damaged = [&](const std::string& why) {
    return fail(NetErrc::BanListCorrupt, "the ban list " + path_.toStdString() + " is damaged (" + why + "); kept " +
                                             std::to_string(bans_.size()) + " bans read before the damage");
  };
  if (startsWith(data, kOldFileMagic)) {
    auto decoded = decodeOldBanFile(data);
    if (!decoded) return damaged(decoded.error().message);
    for (const BanEntry& e : *decoded) insertBounded(e.address, e.until);
    dropExpired();
    return {};
  }
  if (!startsWith(data, kFileMagic)) return damaged("not a Waybill ban list, or an unknown version");
  Reader in(data.subspan(kFileMagic.size()));
  Status status;
  while (in.remaining() > 0) {
    auto next = readRecord(in, data);
    if (!next) {
      status = damaged(next.error().message);
      break;
    }
    ++records_;
    if (next->banned) {
      insertBounded(next->address, next->until);
    } else {
      bans_.erase(next->address);
    }
  }
  if (status.ok() && file.size() > kMaxFileBytes) status = damaged("the file is larger than a ban list can be");
  rewriteDue_ = !status.ok();
  dropExpired();
  return status;
}

void BanList::insertBounded(const QString& address, std::int64_t until) {
  if (auto it = bans_.find(address); it != bans_.end()) {
    it->second = std::max(it->second, until);
    return;
  }
  if (bans_.size() >= kMaxBanEntries) dropExpired();
  if (bans_.size() >= kMaxBanEntries) {
    const auto first =
        std::min_element(bans_.begin(), bans_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (first->second >= until) return;  // every ban held lasts longer than this one
    bans_.erase(first);
  }
  bans_.emplace(address, until);
}

Status BanList::ban(const QHostAddress& address, std::int64_t seconds) {
  if (address.isNull()) return fail(EndpointErrc::BadAddress, "cannot ban an empty address");
  if (seconds <= 0) return fail(EndpointErrc::BadAddress, "a ban must last at least one second");
  const QString key = addressKey(address);
  insertBounded(key, clock_() + seconds);
  const auto it = bans_.find(key);
  if (it == bans_.end()) return {};  // the list is full of longer bans
  return record(true, key, it->second);
}

Status BanList::unban(const QHostAddress& address) {
  const QString key = addressKey(address);
  if (bans_.erase(key) == 0) return {};
  return record(false, key, 0);
}

bool BanList::isBanned(const QHostAddress& address) const {
  const auto it = bans_.find(addressKey(address));
  return it != bans_.end() && clock_() < it->second;
}

std::vector<BanEntry> BanList::entries() const {
  std::vector<BanEntry> out;
  const std::int64_t now = clock_();
  for (const auto& [address, until] : bans_) {
    if (now < until) out.push_back({address, until});
  }
  return out;
}

void BanList::dropExpired() {
  const std::int64_t now = clock_();
  std::erase_if(bans_, [now](const auto& entry) { return entry.second <= now; });
}

Status BanList::record(bool banned, const QString& address, std::int64_t until) {
  if (path_.isEmpty()) return {};
  // Rewritten whole when damaged or when old records outnumber the live ones.
  if (rewriteDue_ || records_ >= 2 * bans_.size() + 64) return rewrite();
  QFile file(path_);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
      file.write(toQByteArray(encodeRecord(banned, address, until))) < 0 || !file.flush()) {
    rewriteDue_ = true;  // a partly written record: the next change rewrites the file
    return fail(NetErrc::BanListIo,
                "cannot write the ban list " + path_.toStdString() + ": " + file.errorString().toStdString());
  }
  ++records_;
  return {};
}

Status BanList::rewrite() {
  dropExpired();
  QSaveFile file(path_);
  const std::vector<BanEntry> live = entries();
  if (!file.open(QIODevice::WriteOnly) || file.write(encodeBanFile(live)) < 0 || !file.commit()) {
    return fail(NetErrc::BanListIo,
                "cannot write the ban list " + path_.toStdString() + ": " + file.errorString().toStdString());
  }
  records_ = live.size();
  rewriteDue_ = false;
  return {};
}

}  // namespace wb::net
